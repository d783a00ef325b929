import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Percent complete as a column, so dashboards aggregate in SQL instead of reading every view. */
export class ActivityPercentColumn1764000003000 implements MigrationInterface {
  name = 'ActivityPercentColumn1764000003000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE activity_view ADD COLUMN percent_complete numeric NOT NULL DEFAULT 0');
    await runner.query("UPDATE activity_view SET percent_complete = (view->>'percentComplete')::numeric");
    await runner.query('CREATE INDEX activity_view_objective ON activity_view (plan_id, objective_id)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX activity_view_objective');
    await runner.query('ALTER TABLE activity_view DROP COLUMN percent_complete');
  }
}
