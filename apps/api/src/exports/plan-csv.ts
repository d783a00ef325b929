import { stringify } from 'csv-stringify/sync';
import type { PlanExport } from '#read-models';
import { labelsOf } from './export-labels.js';

/**
 * Spreadsheets read a cell starting with = + - @ (or a tab or carriage return before one) as a formula:
 * such text cells get a leading single quote, as OWASP advises against CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
export const neutralise = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * One row per activity, for spreadsheets: status, progress, dates, places, budget, funding and the
 * indicators, all of an activity's in one cell (the workbook's Indicators sheet has one row each).
 */
export function planCsv(data: PlanExport): string {
  const { plan, activities } = data;
  const { agency: name, objective, locations, funding, indicators } = labelsOf(data);
  return stringify(
    activities.map((a) => ({
      plan: plan.code,
      objective: objective(a.objectiveId),
      code: a.code,
      title: a.title,
      status: a.status,
      percent_complete: a.percentComplete,
      overdue: a.overdue,
      lead_agency: name(a.leadAgencyId),
      partner_agencies: a.partnerAgencyIds.map(name).join('; '),
      planned_start: a.plannedStart,
      planned_end: a.plannedEnd,
      started_on: a.startedOn ?? '',
      completed_on: a.completedOn ?? '',
      locations: locations(a),
      sdg_targets: a.tags.sdg.join('; '),
      gcm_objectives: a.tags.gcm.join('; '),
      budget_amount: a.budget?.amount ?? '',
      budget_currency: a.budget?.currency ?? '',
      committed: funding(a, 'committed'),
      disbursed: funding(a, 'disbursed'),
      indicators: indicators(a),
      id: a.id,
    })),
    { header: true, cast: { boolean: (value) => String(value), string: neutralise }, columns: ['plan', 'objective', 'code', 'title', 'status', 'percent_complete', 'overdue', 'lead_agency', 'partner_agencies', 'planned_start', 'planned_end', 'started_on', 'completed_on', 'locations', 'sdg_targets', 'gcm_objectives', 'budget_amount', 'budget_currency', 'committed', 'disbursed', 'indicators', 'id'] },
  );
}
