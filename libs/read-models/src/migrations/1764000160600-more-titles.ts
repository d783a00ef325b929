import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The views that gain translations in event schema version 4, with their projections' checkpoints. */
const REFOLDED = [
  ['plan_view', 'plans'],
  ['activity_view', 'activities'],
  ['commission_session_view', 'commission_sessions'],
  ['recommendation_view', 'recommendations'],
] as const;

/**
 * Titles in en, ru and tg (issue 16), for objectives, indicators' names, agenda items and
 * recommendations' texts: the views gain `titles`, `names`, `agendaTitles` and `texts`, and their
 * `search` columns every language. Neither can be computed in SQL from the stored views, so the tables
 * are emptied and their checkpoints removed: the projector folds them again from the log (old events
 * upcast) when it starts.
 */
export class MoreTitles1764000160600 implements MigrationInterface {
  name = 'MoreTitles1764000160600';

  async up(runner: QueryRunner): Promise<void> {
    for (const [table, projection] of REFOLDED) {
      await runner.query(`DELETE FROM ${table}`);
      await runner.query('DELETE FROM projection_checkpoints WHERE name = $1', [projection]);
    }
  }

  /** The older release's views have none of these fields: empty the tables again for it to fold. */
  async down(runner: QueryRunner): Promise<void> {
    await this.up(runner);
  }
}
