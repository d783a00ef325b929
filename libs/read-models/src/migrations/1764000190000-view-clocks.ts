import type { MigrationInterface, QueryRunner } from 'typeorm';

const FOLDED_TABLES = ['organization_view', 'plan_view', 'activity_view', 'commission_session_view', 'decision_view', 'recommendation_view'];

/**
 * The clocks of what each folded row holds (last revision, first and latest recordedAt, latest effectiveOn), so that a
 * time-travel read takes a row as it stands when all of it was known and effective by then. Rows folded
 * before stay without (null): they are folded from their events as before, until a rebuild fills them.
 */
export class ViewClocks1764000190000 implements MigrationInterface {
  name = 'ViewClocks1764000190000';

  async up(runner: QueryRunner): Promise<void> {
    for (const table of FOLDED_TABLES) {
      await runner.query(`ALTER TABLE ${table} ADD COLUMN folded_revision integer, ADD COLUMN first_recorded_at timestamptz, ADD COLUMN last_recorded_at timestamptz, ADD COLUMN latest_effective_on date`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of FOLDED_TABLES) {
      await runner.query(`ALTER TABLE ${table} DROP COLUMN folded_revision, DROP COLUMN first_recorded_at, DROP COLUMN last_recorded_at, DROP COLUMN latest_effective_on`);
    }
  }
}
