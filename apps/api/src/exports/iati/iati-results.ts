import type { IndicatorType } from '#domain';
import { computeIndicatorTable, type ExportActivity, type PlanExport, type TrackingRow } from '#read-models';
import { narrative, narratives } from './narratives.js';

// IATI 2.03 codelists: ResultType (1 output), IndicatorMeasure (1 unit, 2 percentage, 3 nominal).
const RESULT_OUTPUT = '1';
const MEASURE: Record<IndicatorType, string> = { number: '1', percentage: '2', yes_no: '3' };

const value = (n: number) => ({ '@_value': String(n) });

/**
 * An activity's indicators as IATI results, from the tracking table: the baseline with its year and
 * date; per period its target (the milestone, else the final target when the indicator has none) and
 * actual, then one actual per category with its dimension (name: the dimension code, value: the
 * category code). `ascending` follows the direction of good change.
 */
export function iatiResults(a: ExportActivity, data: PlanExport, table = computeIndicatorTable(data.plan, data.activities, data.asOf, { level: 'activity' })) {
  return table.indicators.filter((r) => r.activityId === a.id).map((r) => ({ '@_type': RESULT_OUTPUT, title: narratives(r.names), indicator: indicator(r, a) }));
}

function indicator(r: TrackingRow, a: ExportActivity) {
  const finalTarget = r.targets.length === 0 ? r.target : null;
  return {
    '@_measure': MEASURE[r.type],
    '@_ascending': r.direction === 'increase' ? '1' : '0',
    title: narratives(r.names),
    description: narrative(r.unit),
    baseline: { '@_year': (r.baselineDate ?? a.plannedStart).slice(0, 4), ...(r.baselineDate ? { '@_iso-date': r.baselineDate } : {}), ...value(r.baseline) },
    period: r.periods
      .filter((p) => p.actual !== null || p.target !== null)
      .map((p) => {
        const target = p.target ?? finalTarget;
        return {
          'period-start': { '@_iso-date': p.periodStart },
          'period-end': { '@_iso-date': p.periodEnd },
          ...(target !== null ? { target: value(target) } : {}),
          ...(p.actual !== null
            ? { actual: [value(p.actual), ...p.disaggregations.map((c) => ({ ...value(c.actual), dimension: { '@_name': c.dimension, '@_value': c.category } }))] }
            : {}),
        };
      }),
  };
}
