import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReadModels1764000001000 implements MigrationInterface {
  name = 'ReadModels1764000001000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE projection_checkpoints (
        name text PRIMARY KEY,
        position text,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      CREATE TABLE activity_view (
        id uuid PRIMARY KEY,
        plan_id uuid NOT NULL,
        code text NOT NULL,
        status text NOT NULL,
        planned_end date NOT NULL,
        agency_ids uuid[] NOT NULL,
        provinces text[] NOT NULL,
        donor_ids uuid[] NOT NULL,
        view jsonb NOT NULL
      )`);
    await runner.query('CREATE INDEX activity_view_plan ON activity_view (plan_id, code, id)');
    await runner.query('CREATE INDEX activity_view_status ON activity_view (status)');
    await runner.query('CREATE INDEX activity_view_agencies ON activity_view USING gin (agency_ids)');
    await runner.query('CREATE INDEX activity_view_provinces ON activity_view USING gin (provinces)');
    await runner.query('CREATE INDEX activity_view_donors ON activity_view USING gin (donor_ids)');
    await runner.query(`
      CREATE TABLE audit_log (
        event_id uuid PRIMARY KEY,
        ordinal bigint GENERATED ALWAYS AS IDENTITY,
        position text NOT NULL,
        stream text NOT NULL,
        revision int NOT NULL,
        type text NOT NULL,
        actor_id text,
        actor_name text,
        role text,
        organization_id uuid,
        command_id uuid,
        correlation_id text,
        recorded_at timestamptz NOT NULL,
        effective_on date,
        prev_hash text,
        hash text,
        data jsonb NOT NULL
      )`);
    await runner.query('CREATE UNIQUE INDEX audit_log_stream_revision ON audit_log (stream, revision)');
    await runner.query('CREATE INDEX audit_log_ordinal ON audit_log (ordinal)');
    await runner.query('CREATE INDEX audit_log_actor ON audit_log (actor_id, ordinal)');
    await runner.query('CREATE INDEX audit_log_recorded_at ON audit_log (recorded_at)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE audit_log');
    await runner.query('DROP TABLE activity_view');
    await runner.query('DROP TABLE projection_checkpoints');
  }
}
