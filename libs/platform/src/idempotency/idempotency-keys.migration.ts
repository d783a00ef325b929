import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1764000007000 implements MigrationInterface {
  name = 'IdempotencyKeys1764000007000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE idempotency_keys (
        key_digest char(64) PRIMARY KEY,
        request_digest char(64) NOT NULL,
        first_used_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE idempotency_keys');
  }
}
