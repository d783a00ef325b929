import { stringify } from 'csv-stringify/sync';
import type { IndicatorTable, TrackingPeriod, TrackingRow } from '#read-models';
import { neutralise } from '../exports/plan-csv.js';

const number = (value: number | null) => (value === null ? '' : String(value));

/**
 * The tracking table for spreadsheets: one row per indicator and period with its total, then one per
 * category reported in that period (dimension and category filled, target and percent empty); an
 * indicator without periods yet has one row of its definition.
 */
export function indicatorTableCsv(table: IndicatorTable): string {
  const categoryName = (dimension: string, category: string) =>
    table.dimensions.find((d) => d.code === dimension)?.categories.find((c) => c.code === category)?.name ?? category;
  const definition = (r: TrackingRow) => ({
    level: r.level,
    objective: r.objectiveCode ?? '',
    activity: r.activityCode ?? '',
    indicator: neutralise(r.name),
    type: r.type,
    unit: neutralise(r.unit),
    direction: r.direction,
    baseline: r.baseline,
    baseline_date: r.baselineDate ?? '',
    final_target: r.target,
  });
  const periodRows = (r: TrackingRow, p: TrackingPeriod) => [
    { ...definition(r), period: p.period, dimension: '', category: '', target: number(p.target), actual: number(p.actual), percent_of_target: number(p.percentOfTarget) },
    ...p.disaggregations.map((c) => ({
      ...definition(r),
      period: p.period,
      dimension: c.dimension,
      category: neutralise(categoryName(c.dimension, c.category)),
      target: '',
      actual: number(c.actual),
      percent_of_target: '',
    })),
  ];
  const rows = table.indicators.flatMap((r) =>
    r.periods.length === 0 ? [{ ...definition(r), period: '', dimension: '', category: '', target: '', actual: '', percent_of_target: '' }] : r.periods.flatMap((p) => periodRows(r, p)),
  );
  const columns = ['level', 'objective', 'activity', 'indicator', 'type', 'unit', 'direction', 'baseline', 'baseline_date', 'final_target', 'period', 'dimension', 'category', 'target', 'actual', 'percent_of_target'];
  return stringify(rows, { header: true, columns });
}
