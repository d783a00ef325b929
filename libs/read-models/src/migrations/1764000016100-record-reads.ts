import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The document read models these columns belong to, with their projection's checkpoint name. */
const REFOLDED: readonly { table: string; projection: string }[] = [
  { table: 'organization_view', projection: 'organizations' },
  { table: 'plan_view', projection: 'plans' },
  { table: 'activity_view', projection: 'activities' },
  { table: 'commission_session_view', projection: 'commission_sessions' },
  { table: 'decision_view', projection: 'decisions' },
  { table: 'recommendation_view', projection: 'recommendations' },
];

/**
 * Lists and searches of every kind of record (issue 16). Each table gets a `search` column (the
 * record's code, acronym and titles, accent- and case-folded by the projection) and the filter
 * columns its list needs; the views gain fields (revisions, schedules, reasons). Neither can be
 * computed in SQL from the stored views, so the six tables are emptied and their checkpoints removed:
 * the projector folds them again from the log when it starts, as it fills a fresh database.
 */
export class RecordReads1764000016100 implements MigrationInterface {
  name = 'RecordReads1764000016100';

  async up(runner: QueryRunner): Promise<void> {
    for (const { table, projection } of REFOLDED) {
      await runner.query(`DELETE FROM ${table}`);
      await runner.query('DELETE FROM projection_checkpoints WHERE name = $1', [projection]);
      await runner.query(`ALTER TABLE ${table} ADD COLUMN search text NOT NULL`);
    }
    await runner.query('ALTER TABLE organization_view ADD COLUMN country text NOT NULL, ADD COLUMN name text NOT NULL');
    await runner.query('CREATE INDEX organization_view_name ON organization_view (name, id)');
    await runner.query('ALTER TABLE plan_view ADD COLUMN predecessor_plan_id uuid');
    await runner.query('CREATE INDEX plan_view_code ON plan_view (code, id)');
    await runner.query('ALTER TABLE commission_session_view ADD COLUMN session_date date NOT NULL, ADD COLUMN number text NOT NULL');
    await runner.query('CREATE INDEX commission_session_view_date ON commission_session_view (session_date, number, id)');
    await runner.query('CREATE INDEX decision_view_session ON decision_view (session_id)');
    await runner.query('ALTER TABLE recommendation_view ADD COLUMN session_ids uuid[] NOT NULL');
    await runner.query('CREATE INDEX recommendation_view_sessions ON recommendation_view USING gin (session_ids)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE recommendation_view DROP COLUMN session_ids');
    await runner.query('DROP INDEX decision_view_session');
    await runner.query('ALTER TABLE commission_session_view DROP COLUMN session_date, DROP COLUMN number');
    await runner.query('DROP INDEX plan_view_code');
    await runner.query('ALTER TABLE plan_view DROP COLUMN predecessor_plan_id');
    await runner.query('ALTER TABLE organization_view DROP COLUMN country, DROP COLUMN name');
    for (const { table } of REFOLDED) await runner.query(`ALTER TABLE ${table} DROP COLUMN search`);
  }
}
