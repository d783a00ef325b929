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
    // Dates as text in byte order ("C"): an event may carry a date Postgres' date type refuses (year 0),
    // which the read model must take all the same; 'YYYY-MM-DD' text sorts as dates, '-infinity' before
    // every date and 'infinity' after.
    await runner.query(`CREATE TABLE activity_as_of (id uuid NOT NULL, effective_from text COLLATE "C" NOT NULL, effective_until text COLLATE "C" NOT NULL,
      plan_id uuid, view jsonb, PRIMARY KEY (id, effective_from))`);
    // A plan's versions in force on a date: one range of this index (until after it, from on or before it).
    await runner.query('CREATE INDEX activity_as_of_in_force ON activity_as_of (plan_id, effective_until, effective_from)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE activity_as_of');
    await runner.query('ALTER TABLE activity_view DROP COLUMN as_of_kept');
  }
}
