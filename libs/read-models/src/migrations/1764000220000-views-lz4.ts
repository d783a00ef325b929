import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The read models whose record is one JSON view, rewritten whole by each of its events. */
const FOLDED_VIEWS = ['activity_view', 'organization_view', 'plan_view', 'commission_session_view', 'decision_view', 'recommendation_view', 'meeting_view'];

/**
 * Each event rewrites its record's whole view, and Postgres compresses a view over about 2 kB before
 * storing it (TOAST). An activity's view carries all its reports: 11 kB on average at the benchmark's
 * dataset, 540 kB after 2,000 reports, where pglz (the default) took about 4 ms a rewrite and lz4 about
 * 1.5. lz4 where the server was built with it (Debian's and most are); otherwise, as on the embedded
 * database, pglz stays. Values already stored keep their compression until rewritten.
 */
export class ViewsLz41764000220000 implements MigrationInterface {
  name = 'ViewsLz41764000220000';

  async up(runner: QueryRunner): Promise<void> {
    if (!(await hasLz4(runner))) return;
    for (const table of FOLDED_VIEWS) await runner.query(`ALTER TABLE ${table} ALTER COLUMN view SET COMPRESSION lz4`);
  }

  async down(runner: QueryRunner): Promise<void> {
    if (!(await hasLz4(runner))) return;
    for (const table of FOLDED_VIEWS) await runner.query(`ALTER TABLE ${table} ALTER COLUMN view SET COMPRESSION pglz`);
  }
}

async function hasLz4(runner: QueryRunner): Promise<boolean> {
  const [{ lz4 }] = (await runner.query("SELECT coalesce(bool_or('lz4' = ANY(enumvals)), false) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'")) as { lz4: boolean }[];
  return lz4;
}
