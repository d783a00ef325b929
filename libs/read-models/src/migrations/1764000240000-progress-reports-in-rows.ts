import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An activity's reports in force move out of its view into rows of their own: a report rewrote the
 * whole view with every report it held (540 kB after 2,000), so a command's cost in Postgres, and the
 * projector's in Node, grew with the reports an activity had. `position` keeps the view's order, which
 * breaks ties between reports ending on the same day. Periods as text, like activity_as_of's dates: the
 * read model takes whatever date an event carries.
 */
export class ProgressReportsInRows1764000240000 implements MigrationInterface {
  name = 'ProgressReportsInRows1764000240000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE activity_progress_report (activity_id uuid NOT NULL, period_start text COLLATE "C" NOT NULL, period_end text COLLATE "C" NOT NULL,
      position integer NOT NULL, report jsonb NOT NULL, PRIMARY KEY (activity_id, period_start, period_end))`);
    await runner.query(`INSERT INTO activity_progress_report (activity_id, period_start, period_end, position, report)
      SELECT v.id, r.report->>'periodStart', r.report->>'periodEnd', (r.n - 1)::int, r.report
      FROM activity_view v, jsonb_array_elements(v.view->'progressReports') WITH ORDINALITY AS r(report, n)
      WHERE jsonb_typeof(v.view->'progressReports') = 'array'`);
    await runner.query("UPDATE activity_view SET view = view - 'progressReports' WHERE view ? 'progressReports'");
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE activity_view v SET view = v.view || jsonb_build_object('progressReports',
      COALESCE((SELECT jsonb_agg(p.report ORDER BY p.position) FROM activity_progress_report p WHERE p.activity_id = v.id), '[]'::jsonb))`);
    await runner.query('DROP TABLE activity_progress_report');
  }
}
