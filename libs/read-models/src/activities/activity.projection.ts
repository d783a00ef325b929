import type { ActivityEvent } from '#domain';
import { documentProjection } from '../projector/document-projection.js';
import { dashboardActivity } from '../dashboard/dashboard-activity-row.js';
import { activitySearchText, evolveActivityView, type ActivityView } from './activity-view.js';
import { PROGRESS_REPORTS_IN_ROWS } from './activity-reports.js';

export const activityProjection = documentProjection<ActivityView, ActivityEvent>({
  name: 'activities',
  table: 'activity_view',
  aggregate: 'activity',
  evolve: evolveActivityView,
  columns: [
    { name: 'plan_id', type: 'uuid', value: (v) => v.planId },
    { name: 'objective_id', type: 'uuid', value: (v) => v.objectiveId },
    { name: 'code', type: 'text', value: (v) => v.code },
    { name: 'status', type: 'text', value: (v) => v.status },
    { name: 'percent_complete', type: 'numeric', value: (v) => v.percentComplete },
    { name: 'budget_amount', type: 'numeric', value: (v) => v.budget?.amount ?? null },
    { name: 'budget_currency', type: 'text', value: (v) => v.budget?.currency ?? null },
    { name: 'funding', type: 'jsonb', value: (v) => v.funding },
    { name: 'planned_end', type: 'date', value: (v) => v.plannedEnd },
    { name: 'lead_agency_id', type: 'uuid', value: (v) => v.leadAgencyId },
    // Lead and partners: what an agency filter and an agency's write scope look at.
    { name: 'agency_ids', type: 'uuid[]', value: (v) => [...new Set([v.leadAgencyId, ...v.partnerAgencyIds])] },
    { name: 'provinces', type: 'text[]', value: (v) => [...new Set(v.locations.map((l) => l.province))] },
    { name: 'locations', type: 'jsonb', value: (v) => v.locations },
    { name: 'rolls_up', type: 'boolean', value: (v) => v.indicators.some((i) => i.rollsUpTo) },
    { name: 'donor_ids', type: 'uuid[]', value: (v) => [...new Set(v.funding.map((f) => f.donorId))] },
    { name: 'search', type: 'text', value: activitySearchText },
  ],
  // The dashboard's `asOf` reads them: one row per activity instead of a fold of its events.
  list: PROGRESS_REPORTS_IN_ROWS,
  asOfVersions: { table: 'activity_as_of', view: dashboardActivity, group: { column: 'plan_id', type: 'uuid', value: (v) => v.planId } },
});
