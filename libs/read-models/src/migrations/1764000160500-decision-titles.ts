import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Titles in en, ru and tg (issue 16), for decisions: decision views gain `titles` and their `search`
 * column every language. Neither can be computed in SQL from the stored views, so the table is emptied and its
 * checkpoint removed: the projector folds it again from the log (old events upcast) when it starts.
 */
export class DecisionTitles1764000160500 implements MigrationInterface {
  name = 'DecisionTitles1764000160500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM decision_view');
    await runner.query("DELETE FROM projection_checkpoints WHERE name = 'decisions'");
  }

  /** The older release's views have no `titles`: empty the table again for it to fold. */
  async down(runner: QueryRunner): Promise<void> {
    await this.up(runner);
  }
}
