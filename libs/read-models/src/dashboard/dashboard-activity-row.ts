import type { ActivityView } from '../activities/activity-view.js';
import { activityViewOf, PROGRESS_REPORTS_IN_ROWS } from '../activities/activity-reports.js';
import { listSelect } from '../projector/list-in-rows.js';

import type { RowShape } from '../shared/views-as-of.js';

interface DashboardActivityRow {
  id: string;
  whole: ActivityView | null;
  whole_reports: ActivityView['progressReports'] | null;
  plan_id: string;
  objective_id: string;
  code: string;
  status: ActivityView['status'];
  percent_complete: number;
  planned_end: string;
  budget_amount: string | null;
  budget_currency: string | null;
  funding: ActivityView['funding'];
  lead_agency_id: string;
  agency_ids: string[];
  locations: ActivityView['locations'];
}

/**
 * What the time-travel dashboard reads of an activity taken from its row, from the row's columns (plain
 * columns: no JSON built by the database and parsed again for thousands of activities), so that the view
 * itself, mostly its reports, is not read. Where an indicator rolls up to an objective's, the whole view:
 * its reports count (objective-progress.ts). The rebuild test holds the dashboard from these equal to the
 * live one and to the one folded from events.
 */
export const DASHBOARD_ACTIVITY_ROW: RowShape<ActivityView> = {
  columns: {
    whole: 'CASE WHEN rolls_up THEN view END',
    whole_reports: `CASE WHEN rolls_up THEN ${listSelect(PROGRESS_REPORTS_IN_ROWS, 'a')} END`,
    plan_id: 'plan_id',
    objective_id: 'objective_id',
    code: 'code',
    status: 'status',
    percent_complete: 'percent_complete::float8',
    planned_end: 'planned_end::text',
    budget_amount: 'budget_amount::text',
    budget_currency: 'budget_currency',
    funding: 'funding',
    lead_agency_id: 'lead_agency_id',
    // As JSON: parsed faster than a Postgres array literal.
    agency_ids: 'array_to_json(agency_ids)',
    locations: 'locations',
  },
  view: (row) => {
    const r = row as unknown as DashboardActivityRow;
    if (r.whole) return activityViewOf({ view: r.whole, progress_reports: r.whole_reports });
    // Only what computeDashboard reads: it takes these where it takes whole views.
    return {
      id: r.id,
      planId: r.plan_id,
      objectiveId: r.objective_id,
      code: r.code,
      status: r.status,
      percentComplete: r.percent_complete,
      plannedEnd: r.planned_end,
      budget: r.budget_amount === null ? null : { amount: r.budget_amount, currency: r.budget_currency! },
      funding: r.funding,
      leadAgencyId: r.lead_agency_id,
      partnerAgencyIds: r.agency_ids.slice(1),
      locations: r.locations,
      indicators: [],
    } as Partial<ActivityView> as ActivityView;
  },
};

/** DASHBOARD_ACTIVITY_ROW's answer from a view: the shape of the activity's versions by business date. */
export function dashboardActivity(view: ActivityView): Partial<ActivityView> {
  if (view.indicators.some((i) => i.rollsUpTo)) return view;
  const { id, planId, objectiveId, code, status, percentComplete, plannedEnd, budget, funding, leadAgencyId, partnerAgencyIds, locations } = view;
  return {
    id,
    planId,
    objectiveId,
    code,
    status,
    percentComplete,
    plannedEnd,
    budget: budget && { amount: budget.amount, currency: budget.currency },
    funding,
    leadAgencyId,
    partnerAgencyIds,
    locations,
    indicators: [],
  };
}
