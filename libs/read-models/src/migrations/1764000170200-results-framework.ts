import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The views whose shape grows with the results framework (event schema version 6), with their projections. */
const REFOLDED = [
  ['plan_view', 'plans'],
  ['activity_view', 'activities'],
  ['indicator_values', 'indicator_series'],
] as const;

/**
 * Results framework (issue 12): plan views gain the disaggregation catalogue and objective indicators,
 * activity views indicators' type, milestones, direction, disaggregations and roll-up, and reported
 * indicator values their category values (a `categories` column). None can be derived in SQL from
 * what is stored, so the tables are emptied and their checkpoints removed: the projector folds them
 * again from the log (old events upcast) when it starts.
 */
export class ResultsFramework1764000170200 implements MigrationInterface {
  name = 'ResultsFramework1764000170200';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE indicator_values ADD COLUMN categories jsonb');
    await this.refold(runner);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE indicator_values DROP COLUMN categories');
    await this.refold(runner);
  }

  private async refold(runner: QueryRunner): Promise<void> {
    for (const [table, projection] of REFOLDED) {
      await runner.query(`DELETE FROM ${table}`);
      await runner.query('DELETE FROM projection_checkpoints WHERE name = $1', [projection]);
    }
  }
}
