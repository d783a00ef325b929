import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Views of organisations, plans, sessions, decisions, recommendations, and indicator series. */
export class MoreReadModels1764000002000 implements MigrationInterface {
  name = 'MoreReadModels1764000002000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE activity_view ADD COLUMN objective_id uuid, ADD COLUMN lead_agency_id uuid`);
    await runner.query(`UPDATE activity_view SET objective_id = (view->>'objectiveId')::uuid, lead_agency_id = (view->>'leadAgencyId')::uuid`);
    await runner.query('CREATE TABLE organization_view (id uuid PRIMARY KEY, kind text NOT NULL, view jsonb NOT NULL)');
    await runner.query('CREATE TABLE plan_view (id uuid PRIMARY KEY, code text NOT NULL, status text NOT NULL, view jsonb NOT NULL)');
    await runner.query('CREATE TABLE commission_session_view (id uuid PRIMARY KEY, status text NOT NULL, view jsonb NOT NULL)');
    await runner.query(`
      CREATE TABLE decision_view (
        id uuid PRIMARY KEY, status text NOT NULL, due_date date, session_id uuid NOT NULL, number text NOT NULL,
        related_activity_ids uuid[] NOT NULL, related_recommendation_ids uuid[] NOT NULL, responsible_agency_ids uuid[] NOT NULL,
        view jsonb NOT NULL)`);
    await runner.query('CREATE INDEX decision_view_status ON decision_view (status, due_date)');
    await runner.query('CREATE INDEX decision_view_activities ON decision_view USING gin (related_activity_ids)');
    await runner.query(`
      CREATE TABLE recommendation_view (
        id uuid PRIMARY KEY, status text NOT NULL, source_kind text NOT NULL, plan_id uuid,
        linked_activity_ids uuid[] NOT NULL, view jsonb NOT NULL)`);
    await runner.query('CREATE INDEX recommendation_view_status ON recommendation_view (status, source_kind)');
    await runner.query(`
      CREATE TABLE indicator_values (
        event_id uuid NOT NULL, item int NOT NULL, activity_id uuid NOT NULL, indicator_id uuid NOT NULL,
        period_start date NOT NULL, period_end date NOT NULL, value numeric NOT NULL, recorded_at timestamptz,
        PRIMARY KEY (event_id, item))`);
    await runner.query('CREATE INDEX indicator_values_series ON indicator_values (indicator_id, period_end)');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['indicator_values', 'recommendation_view', 'decision_view', 'commission_session_view', 'plan_view', 'organization_view']) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query('ALTER TABLE activity_view DROP COLUMN objective_id, DROP COLUMN lead_agency_id');
  }
}
