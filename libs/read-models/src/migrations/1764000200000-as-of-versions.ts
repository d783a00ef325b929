import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each activity's versions by business date, in the shape the dashboard reads (as-of-versions-table.ts),
 * so that a dashboard `asOf` a date reads one row per activity instead of folding its events. Activities
 * folded before stay not kept (`as_of_kept` false): they are folded from their events as before, until
 * the projector's next event of theirs or a rebuild folds their versions.
 */
export class AsOfVersions1764000200000 implements MigrationInterface {
  name = 'AsOfVersions1764000200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE activity_view ADD COLUMN as_of_kept boolean NOT NULL DEFAULT false');
    await runner.query('CREATE TABLE activity_as_of (id uuid NOT NULL, effective_from date NOT NULL, view jsonb, PRIMARY KEY (id, effective_from))');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE activity_as_of');
    await runner.query('ALTER TABLE activity_view DROP COLUMN as_of_kept');
  }
}
