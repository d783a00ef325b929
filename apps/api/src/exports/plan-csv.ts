import { stringify } from 'csv-stringify/sync';
import type { PlanExport } from '#read-models';

/**
 * Spreadsheets read a cell starting with = + - @ (or a tab or carriage return before one) as a formula:
 * such text cells get a leading single quote, as OWASP advises against CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const neutralise = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/** One row per activity, for spreadsheets: status, progress, dates, places, budget and funding. */
export function planCsv({ plan, activities, organizations }: PlanExport): string {
  const name = (id: string) => organizations.get(id)?.acronym ?? id;
  const objective = (id: string) => plan.objectives.find((o) => o.objectiveId === id)?.code ?? '';
  const funding = (a: PlanExport['activities'][number], field: 'committed' | 'disbursed') =>
    a.funding.map((f) => `${name(f.donorId)} ${f.currency} ${f[field]}`).join('; ');
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
      locations: a.locations.map((l) => (l.district ? `${l.province}/${l.district}` : l.province)).join('; '),
      sdg_targets: a.tags.sdg.join('; '),
      gcm_objectives: a.tags.gcm.join('; '),
      budget_amount: a.budget?.amount ?? '',
      budget_currency: a.budget?.currency ?? '',
      committed: funding(a, 'committed'),
      disbursed: funding(a, 'disbursed'),
      id: a.id,
    })),
    { header: true, cast: { boolean: (value) => String(value), string: neutralise }, columns: ['plan', 'objective', 'code', 'title', 'status', 'percent_complete', 'overdue', 'lead_agency', 'partner_agencies', 'planned_start', 'planned_end', 'started_on', 'completed_on', 'locations', 'sdg_targets', 'gcm_objectives', 'budget_amount', 'budget_currency', 'committed', 'disbursed', 'id'] },
  );
}
