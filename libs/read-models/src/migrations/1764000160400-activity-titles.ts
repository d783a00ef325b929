import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Titles in en, ru and tg (issue 16): activity views gain `titles` and their `search` column every
 * language. Neither can be computed in SQL from the stored views, so the table is emptied and its
 * checkpoint removed: the projector folds it again from the log (old events upcast) when it starts.
 */
export class ActivityTitles1764000160400 implements MigrationInterface {
  name = 'ActivityTitles1764000160400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM activity_view');
    await runner.query("DELETE FROM projection_checkpoints WHERE name = 'activities'");
  }

  /** The older release's views have no `titles`: empty the table again for it to fold. */
  async down(runner: QueryRunner): Promise<void> {
    await this.up(runner);
  }
}
