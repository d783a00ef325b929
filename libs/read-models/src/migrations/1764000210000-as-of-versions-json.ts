import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The activities' versions by business date as `json`, the text the projector wrote, instead of `jsonb`:
 * they are only ever written and read whole, never looked into by Postgres. A version is then stored
 * as given and answered as stored, where `jsonb` parsed it on the way in and printed it again on the way
 * out (at 1M events: one plan's versions in force read in 5–10 ms instead of 16–21, copied by a rebuild
 * in 4.6 s instead of 7.2, and 10 % smaller).
 */
export class AsOfVersionsJson1764000210000 implements MigrationInterface {
  name = 'AsOfVersionsJson1764000210000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE activity_as_of ALTER COLUMN view TYPE json USING view::json');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE activity_as_of ALTER COLUMN view TYPE jsonb USING view::jsonb');
  }
}
