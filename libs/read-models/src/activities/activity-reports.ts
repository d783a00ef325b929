import { listSelect, type ListInRowsSpec } from '../projector/list-in-rows.js';
import type { ProgressReportView } from './activity-progress-view.js';

/** An activity's reports in force, a row each: a report writes its row, not the activity's whole view. */
export const PROGRESS_REPORTS_IN_ROWS: ListInRowsSpec<ProgressReportView> = {
  property: 'progressReports',
  table: 'activity_progress_report',
  parent: 'activity_id',
  key: [
    { name: 'period_start', type: 'text', value: (r) => r.periodStart },
    { name: 'period_end', type: 'text', value: (r) => r.periodEnd },
  ],
  item: 'report',
};

/**
 * An activity's view as readers know it, its reports put back, for a query on `activity_view` aliased
 * `alias`: `SELECT ${activityViewSql('a')} AS view FROM activity_view a`.
 */
export function activityViewSql(alias: string): string {
  return `${alias}.view || jsonb_build_object('progressReports', ${listSelect(PROGRESS_REPORTS_IN_ROWS, alias)})`;
}
