import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Meetings as records (issue 12, event schema version 7): `meeting_view`, one row per meeting (recorded,
 * or known only from the source old recommendations typed inline), and the meeting each recommendation
 * names. The recommendations' views gain `meetingId`, `madeOn` and a list of proposers, which SQL cannot
 * compute from the stored views: the table is emptied and its checkpoint removed, and the projector folds
 * it again from the log (old events upcast) when it starts.
 */
export class Meetings1764000170300 implements MigrationInterface {
  name = 'Meetings1764000170300';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE meeting_view (
        id uuid PRIMARY KEY, kind text NOT NULL, held_on date NOT NULL, plan_id uuid, organizer_ids uuid[] NOT NULL,
        recorded boolean NOT NULL, search text NOT NULL, view jsonb NOT NULL)`);
    await runner.query('CREATE INDEX meeting_view_held_on ON meeting_view (held_on, id)');
    await runner.query('CREATE INDEX meeting_view_organizers ON meeting_view USING gin (organizer_ids)');
    await runner.query('DELETE FROM recommendation_view');
    await runner.query("DELETE FROM projection_checkpoints WHERE name IN ('recommendations', 'meetings')");
    await runner.query('ALTER TABLE recommendation_view ALTER COLUMN source_kind DROP NOT NULL, ADD COLUMN meeting_id uuid NOT NULL');
    await runner.query('CREATE INDEX recommendation_view_meeting ON recommendation_view (meeting_id)');
  }

  /** The older release folds recommendations without meetings: empty its view for it to fold again. */
  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM recommendation_view');
    await runner.query("DELETE FROM projection_checkpoints WHERE name IN ('recommendations', 'meetings')");
    await runner.query('DROP INDEX recommendation_view_meeting');
    await runner.query('ALTER TABLE recommendation_view DROP COLUMN meeting_id, ALTER COLUMN source_kind SET NOT NULL');
    await runner.query('DROP TABLE meeting_view');
  }
}
