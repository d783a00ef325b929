import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only event log of the Postgres event store. */
export class CreateEvents1764000000000 implements MigrationInterface {
  name = 'CreateEvents1764000000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE events (
        seq bigint GENERATED ALWAYS AS IDENTITY,
        transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
        event_id uuid NOT NULL,
        stream text NOT NULL,
        revision bigint NOT NULL,
        type text NOT NULL,
        data jsonb NOT NULL,
        metadata jsonb NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CONSTRAINT events_stream_revision PRIMARY KEY (stream, revision),
        CONSTRAINT events_event_id UNIQUE (event_id)
      )`);
    await runner.query('CREATE INDEX events_global_order ON events (transaction_id, seq)');
    // Events are facts: the table refuses updates and deletes (a tamper test must go around this on purpose).
    await runner.query(`
      CREATE FUNCTION events_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'events are append-only'; END $$`);
    await runner.query(`
      CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events
      FOR EACH ROW EXECUTE FUNCTION events_are_immutable()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE events');
    await runner.query('DROP FUNCTION events_are_immutable()');
  }
}
