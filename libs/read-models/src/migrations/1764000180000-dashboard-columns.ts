import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Locations, and whether any indicator rolls up to an objective's, as columns: the live dashboard groups
 * by place and picks its roll-up feeders from them without decompressing every whole view.
 */
export class DashboardColumns1764000180000 implements MigrationInterface {
  name = 'DashboardColumns1764000180000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE activity_view ADD COLUMN locations jsonb NOT NULL DEFAULT '[]', ADD COLUMN rolls_up boolean NOT NULL DEFAULT false`);
    await runner.query(`UPDATE activity_view SET locations = coalesce(view->'locations', '[]'), rolls_up = view->'indicators' @> '[{"rollsUpTo": {}}]'`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE activity_view DROP COLUMN locations, DROP COLUMN rolls_up');
  }
}
