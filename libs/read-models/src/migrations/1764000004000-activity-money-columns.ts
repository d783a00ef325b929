import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Budget and funding lines as columns: dashboards and portfolios sum them without reading whole views. */
export class ActivityMoneyColumns1764000004000 implements MigrationInterface {
  name = 'ActivityMoneyColumns1764000004000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE activity_view ADD COLUMN budget_amount numeric, ADD COLUMN budget_currency text,
      ADD COLUMN funding jsonb NOT NULL DEFAULT '[]'`);
    await runner.query(`UPDATE activity_view SET budget_amount = (view->'budget'->>'amount')::numeric,
      budget_currency = view->'budget'->>'currency', funding = view->'funding'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE activity_view DROP COLUMN budget_amount, DROP COLUMN budget_currency, DROP COLUMN funding');
  }
}
