import type { ExportActivity, PlanExport } from '#read-models';

/** How the spreadsheet exports name things: agencies and donors by acronym, objectives by code, places as province/district (country). */
export function labelsOf({ plan, organizations }: PlanExport) {
  const agency = (id: string) => organizations.get(id)?.acronym ?? id;
  return {
    agency,
    objective: (id: string) => plan.objectives.find((o) => o.objectiveId === id)?.code ?? '',
    // Khatlon/Kulob (TJ): the same area name may be another country's.
    locations: (a: ExportActivity) => a.locations.map((l) => `${l.district ? `${l.province}/${l.district}` : l.province}${l.country ? ` (${l.country})` : ''}`).join('; '),
    funding: (a: ExportActivity, field: 'committed' | 'disbursed') => a.funding.map((f) => `${agency(f.donorId)} ${f.currency} ${f[field]}`).join('; '),
    /** Each indicator as "name [unit]: baseline → latest / target"; "–" when nothing was reported yet. */
    indicators: (a: ExportActivity) => a.indicators.map((i) => `${i.name} [${i.unit}]: ${i.baseline} → ${i.latestValue ?? '–'} / ${i.target}`).join('; '),
  };
}
