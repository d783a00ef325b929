import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A key first spent on a request that changed nothing keeps that answer: its retry answers the same, writing nothing. */
export class IdempotencyAnswers1764000260000 implements MigrationInterface {
  name = 'IdempotencyAnswers1764000260000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE idempotency_keys ADD COLUMN no_op_answer jsonb');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE idempotency_keys DROP COLUMN no_op_answer');
  }
}
