import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What people's access needs besides the event log, none of it in events: e-mail reservations (unique,
 * case-insensitive), password hashes, one-time links (hashes only), server-side sessions (hashed ids),
 * login throttling; and each bearer token's owner and expiry. Existing tokens keep working: their owner
 * stays null until the API's start attributes them to the bootstrap admin user.
 */
export class Users1764000100000 implements MigrationInterface {
  name = 'Users1764000100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE user_accounts (
        user_id uuid PRIMARY KEY,
        email text UNIQUE CHECK (email = lower(email))
      )`);
    await runner.query(`
      CREATE TABLE user_credentials (
        user_id uuid PRIMARY KEY REFERENCES user_accounts (user_id),
        password_hash text NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await runner.query(`
      CREATE TABLE user_links (
        token_hash char(64) PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES user_accounts (user_id),
        purpose text NOT NULL CHECK (purpose IN ('invitation', 'reset')),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await runner.query(`
      CREATE TABLE user_sessions (
        id_hash char(64) PRIMARY KEY,
        user_id uuid NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      )`);
    await runner.query('CREATE INDEX user_sessions_user ON user_sessions (user_id)');
    await runner.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures int NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await runner.query('ALTER TABLE access_tokens ADD COLUMN user_id uuid, ADD COLUMN expires_at timestamptz');
    await runner.query('CREATE INDEX access_tokens_user ON access_tokens (user_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE access_tokens DROP COLUMN user_id, DROP COLUMN expires_at');
    await runner.query('DROP TABLE login_throttle, user_sessions, user_links, user_credentials, user_accounts');
  }
}
