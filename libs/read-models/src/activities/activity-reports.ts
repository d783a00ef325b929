import type { DataSource } from 'typeorm';
import { listSelect, withList, type ListInRowsSpec } from '../projector/list-in-rows.js';
import type { ProgressReportView } from './activity-progress-view.js';
import type { ActivityView } from './activity-view.js';

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

/** A row of activityViewColumns. */
export interface StoredActivity {
  view: ActivityView;
  progress_reports: ProgressReportView[] | null;
}

/**
 * The columns of an activity's view and of its reports, for a query on `activity_view` aliased `alias`;
 * activityViewOf puts them together. Two columns, joined in Node: building one JSON value of both took
 * Postgres three times as long as reading the view.
 */
export function activityViewColumns(alias: string): string {
  return `${alias}.view, ${listSelect(PROGRESS_REPORTS_IN_ROWS, alias)} AS progress_reports`;
}

export function activityViewOf(row: StoredActivity): ActivityView {
  return withList(PROGRESS_REPORTS_IN_ROWS, row.view, row.progress_reports);
}

/**
 * The views of the activities `where` (clauses on `source`, aliased `a`) selects, as readers know them.
 * `source`: `activity_view`, or a subquery of its rows.
 */
export async function readActivityViews(db: Pick<DataSource, 'query'>, where: string, params: unknown[], source = 'activity_view'): Promise<ActivityView[]> {
  const rows = (await db.query(`SELECT ${activityViewColumns('a')} FROM ${source} a ${where}`, params)) as StoredActivity[];
  return rows.map(activityViewOf);
}
