import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessTokens1764000050000 implements MigrationInterface {
  name = 'AccessTokens1764000050000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE access_tokens (
        id uuid PRIMARY KEY,
        token_hash char(64) NOT NULL UNIQUE,
        role text NOT NULL CHECK (role IN ('admin', 'secretariat', 'agency', 'commission', 'donor')),
        organization_id uuid,
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT access_tokens_organization CHECK (role NOT IN ('agency', 'donor') OR organization_id IS NOT NULL)
      )`);
    await runner.query('CREATE INDEX access_tokens_role ON access_tokens (role)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE access_tokens');
  }
}
