import type { ActivityView } from '../activities/activity-view.js';

/**
 * What the time-travel dashboard reads of an activity taken from its row, built from the row's columns
 * so that the view itself, mostly its reports, is not read for thousands of activities. Where an
 * indicator rolls up to an objective's, the whole view: its reports count (objective-progress.ts).
 * The rebuild test holds the dashboard from these equal to the live one and to the one folded from events.
 */
export const DASHBOARD_ACTIVITY_SQL = `CASE WHEN rolls_up THEN view ELSE jsonb_build_object(
  'id', id, 'planId', plan_id, 'objectiveId', objective_id, 'code', code, 'status', status,
  'percentComplete', percent_complete, 'plannedEnd', planned_end,
  'budget', CASE WHEN budget_amount IS NULL THEN NULL ELSE jsonb_build_object('amount', budget_amount::text, 'currency', budget_currency) END,
  'funding', funding, 'leadAgencyId', lead_agency_id, 'partnerAgencyIds', to_jsonb(agency_ids[2:]),
  'locations', locations, 'indicators', '[]'::jsonb) END`;

/** DASHBOARD_ACTIVITY_SQL's answer from a view: the shape of the activity's versions by business date. */
export function dashboardActivity(view: ActivityView): Partial<ActivityView> {
  if (view.indicators.some((i) => i.rollsUpTo)) return view;
  const { id, planId, objectiveId, code, status, percentComplete, plannedEnd, budget, funding, leadAgencyId, partnerAgencyIds, locations } = view;
  return { id, planId, objectiveId, code, status, percentComplete, plannedEnd, budget: budget && { amount: budget.amount, currency: budget.currency }, funding, leadAgencyId, partnerAgencyIds, locations, indicators: [] };
}
