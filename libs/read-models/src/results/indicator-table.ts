import type { CategoryValue, RollUp, RollUpMethod } from '#domain';
import type { ActivityView, IndicatorView } from '../activities/activity-view.js';
import type { PlanView } from '../plans/plan-view.js';
import { latestIn, percentOfTarget, periodsOf, targetIn, type ReportedValue, type TablePeriod } from './indicator-periods.js';
import type { DimensionView, IndicatorDefinitionView } from './results-view.js';

export type IndicatorLevel = 'objective' | 'activity';

export interface CategoryActual {
  dimension: string;
  category: string;
  actual: number;
}

export interface TrackingPeriod extends TablePeriod {
  target: number | null;
  actual: number | null;
  percentOfTarget: number | null;
  disaggregations: CategoryActual[];
}

export interface TrackingRow extends IndicatorDefinitionView {
  level: IndicatorLevel;
  objectiveId: string;
  objectiveCode: string | null;
  activityId: string | null;
  activityCode: string | null;
  /** An activity indicator's objective indicator. */
  rollsUpTo: RollUp | null;
  /** An objective indicator's feeders: the activity indicators rolling up to it. */
  rolledUpFrom: { activityId: string; indicatorId: string; method: RollUpMethod }[];
  retired: boolean;
  periods: TrackingPeriod[];
  /** The latest actual over all periods, against the final target. */
  latest: { periodEnd: string | null; actual: number | null; percentOfTarget: number | null };
}

export interface IndicatorTable {
  planId: string;
  asOf: string;
  /** The catalogue, to name dimensions and categories. */
  dimensions: DimensionView[];
  indicators: TrackingRow[];
}

export interface IndicatorTableFilters {
  level?: IndicatorLevel;
  objectiveId?: string;
  activityId?: string;
}

function reportedValues(activity: ActivityView, indicatorId: string): ReportedValue[] {
  return (activity.progressReports ?? []).flatMap((r) => {
    const v = r.indicatorValues.find((x) => x.indicatorId === indicatorId);
    return v ? [{ periodStart: r.periodStart, periodEnd: r.periodEnd, value: v.value, categories: v.categories ?? [] }] : [];
  });
}

function ownCategories(categories: readonly CategoryValue[], dimensions: readonly string[]): CategoryActual[] {
  return categories.filter((c) => dimensions.includes(c.dimension)).map((c) => ({ dimension: c.dimension, category: c.category, actual: c.value }));
}

function row(definition: IndicatorDefinitionView, periods: { period: TablePeriod; actual: ReportedValue | undefined }[], base: Omit<TrackingRow, keyof IndicatorDefinitionView | 'periods' | 'latest'>): TrackingRow {
  const { baseline, direction, target, targets, disaggregations } = definition;
  const rows = periods.map(({ period, actual }) => {
    const periodTarget = targetIn(targets, period);
    const value = actual?.value ?? null;
    return { ...period, target: periodTarget, actual: value, percentOfTarget: percentOfTarget(value, periodTarget, baseline, direction), disaggregations: ownCategories(actual?.categories ?? [], disaggregations) };
  });
  // The latest period with a value, dated by the report that gave it.
  const last = [...periods].reverse().find((p) => p.actual !== undefined)?.actual;
  const latest = { periodEnd: last?.periodEnd ?? null, actual: last?.value ?? null, percentOfTarget: percentOfTarget(last?.value ?? null, target, baseline, direction) };
  return { ...definition, ...base, periods: rows, latest };
}

function activityRow(activity: ActivityView, indicator: IndicatorView, objectiveCode: string | null): TrackingRow {
  const values = reportedValues(activity, indicator.indicatorId);
  const periods = periodsOf(indicator.targets, values).map((period) => ({ period, actual: latestIn(values, period) }));
  const { rollsUpTo, retired, latestValue: _v, latestPeriodEnd: _p, ...definition } = indicator;
  return row(definition, periods, {
    level: 'activity',
    objectiveId: activity.objectiveId,
    objectiveCode,
    activityId: activity.id,
    activityCode: activity.code,
    rollsUpTo: rollsUpTo ?? null,
    rolledUpFrom: [],
    retired: retired === true,
  });
}

/** Adds up values per category over the feeders that gave them. */
function sumCategories(values: readonly ReportedValue[]): CategoryValue[] {
  const sums = new Map<string, CategoryValue>();
  for (const c of values.flatMap((v) => v.categories)) {
    const key = `${c.dimension}/${c.category}`;
    sums.set(key, { ...c, value: (sums.get(key)?.value ?? 0) + c.value });
  }
  return [...sums.values()];
}

/**
 * An objective indicator's actual per period, from its feeders: the feeders that roll up by sum add
 * their latest values in the period; those that roll up by "latest" give the latest value of any of them.
 */
function rolledUp(feeders: { method: RollUpMethod; values: ReportedValue[] }[], period: TablePeriod): ReportedValue | undefined {
  const summed = feeders.filter((f) => f.method === 'sum').flatMap((f) => latestIn(f.values, period) ?? []);
  const latest = latestIn(feeders.filter((f) => f.method === 'latest').flatMap((f) => f.values), period);
  const parts = latest ? [...summed, latest] : summed;
  if (parts.length === 0) return undefined;
  return {
    periodStart: period.periodStart,
    periodEnd: parts.map((p) => p.periodEnd).sort().at(-1)!,
    value: parts.reduce((sum, p) => sum + p.value, 0),
    categories: sumCategories(parts),
  };
}

function objectiveRows(plan: PlanView, activities: readonly ActivityView[], objectiveCode: (id: string) => string | null): TrackingRow[] {
  return (plan.objectiveIndicators ?? []).map((indicator) => {
    const feeders = activities.flatMap((a) =>
      a.indicators
        .filter((i) => i.rollsUpTo?.objectiveIndicatorId === indicator.indicatorId)
        .map((i) => ({ activityId: a.id, indicatorId: i.indicatorId, method: i.rollsUpTo!.method, values: reportedValues(a, i.indicatorId) })),
    );
    const periods = periodsOf(indicator.targets, feeders.flatMap((f) => f.values)).map((period) => ({ period, actual: rolledUp(feeders, period) }));
    const { objectiveId, ...definition } = indicator;
    return row(definition, periods, {
      level: 'objective',
      objectiveId,
      objectiveCode: objectiveCode(objectiveId),
      activityId: null,
      activityCode: null,
      rollsUpTo: null,
      rolledUpFrom: feeders.map(({ activityId, indicatorId, method }) => ({ activityId, indicatorId, method })),
      retired: false,
    });
  });
}

/** The objective and every objective under it. */
function objectiveAndDescendants(plan: PlanView, objectiveId: string): Set<string> {
  const ids = new Set([objectiveId]);
  let size = 0;
  while (ids.size !== size) {
    size = ids.size;
    for (const o of plan.objectives) if (o.parentObjectiveId && ids.has(o.parentObjectiveId)) ids.add(o.objectiveId);
  }
  return ids;
}

/**
 * Pure: the indicator tracking table of a plan from its view and its activities' views (folded at one
 * time), so the live answer and an asOf/knownAt answer are computed alike. Per objective, in the
 * plan's order: its own indicators, then its activities' by code.
 */
export function computeIndicatorTable(plan: PlanView, activities: readonly ActivityView[], onDate: string, filters: IndicatorTableFilters = {}): IndicatorTable {
  // By code, so that feeders and their rows come in a stable order whatever order the views were read in.
  const own = activities.filter((a) => a.planId === plan.id).sort((a, b) => a.code.localeCompare(b.code) || a.id.localeCompare(b.id));
  const code = (objectiveId: string) => plan.objectives.find((o) => o.objectiveId === objectiveId)?.code ?? null;
  const order = new Map(plan.objectives.map((o, i) => [o.objectiveId, i]));
  const rank = (r: TrackingRow) => [order.get(r.objectiveId) ?? order.size, r.level === 'objective' ? 0 : 1, r.activityCode ?? ''] as const;
  const rows = [...objectiveRows(plan, own, code), ...own.flatMap((a) => a.indicators.map((i) => activityRow(a, i, code(a.objectiveId))))];
  const scope = filters.objectiveId ? objectiveAndDescendants(plan, filters.objectiveId) : undefined;
  const kept = rows.filter(
    (r) =>
      (!filters.level || r.level === filters.level) &&
      (!scope || scope.has(r.objectiveId)) &&
      (!filters.activityId || r.activityId === filters.activityId),
  );
  kept.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
  });
  return { planId: plan.id, asOf: onDate, dimensions: plan.disaggregations ?? [], indicators: kept };
}
