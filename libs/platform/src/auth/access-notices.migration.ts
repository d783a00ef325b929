import type { MigrationInterface, QueryRunner } from 'typeorm';
import { STREAM_PREFIX } from '#domain';

/** Where Postgres announces that a token's rights may have changed (see CheckedTokens). */
export const ACCESS_CHANNEL = 'apm_access';

/**
 * A token's rights change when its row does (revoked, attributed to a user, deleted) or when an event is
 * appended to its owner's stream (disabled, given another role or organisation). Either is announced on
 * ACCESS_CHANNEL when its transaction commits, whichever process wrote it (the API, another instance of
 * it, the CLI), so that a service keeping checked tokens between requests forgets them. A transaction
 * announces it once however many rows it changed (Postgres folds identical notifications).
 */
export class AccessNotices1764000230000 implements MigrationInterface {
  name = 'AccessNotices1764000230000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION apm_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('${ACCESS_CHANNEL}', '');
        RETURN NULL;
      END $$`);
    await runner.query(
      'CREATE TRIGGER access_tokens_changed AFTER UPDATE OR DELETE OR TRUNCATE ON access_tokens FOR EACH STATEMENT EXECUTE FUNCTION apm_access_changed()',
    );
    // Only the users' streams: any other append pays a comparison, not a call.
    await runner.query(
      `CREATE TRIGGER user_events_appended AFTER INSERT ON events FOR EACH ROW WHEN (starts_with(NEW.stream, '${STREAM_PREFIX.user}')) EXECUTE FUNCTION apm_access_changed()`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER user_events_appended ON events');
    await runner.query('DROP TRIGGER access_tokens_changed ON access_tokens');
    await runner.query('DROP FUNCTION apm_access_changed()');
  }
}
