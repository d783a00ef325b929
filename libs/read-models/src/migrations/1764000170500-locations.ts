import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Locations with a country and a gazetteer area (issue 12, schema version 8): the activity views hold
 * locations in the new shape only once folded again from the log, old events upcast. The table is
 * emptied and its checkpoint removed; the projector folds it again when it starts.
 */
export class Locations1764000170500 implements MigrationInterface {
  name = 'Locations1764000170500';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('DELETE FROM activity_view');
    await runner.query("DELETE FROM projection_checkpoints WHERE name = 'activities'");
  }

  async down(runner: QueryRunner): Promise<void> {
    await this.up(runner);
  }
}
