import { isYearTarget, type CategoryValue, type IndicatorDirection, type IndicatorTarget } from '#domain';

/** A period of the tracking table: a calendar year (`2016`) or a reporting period (`2016-01-01..2016-06-30`). */
export interface TablePeriod {
  period: string;
  periodStart: string;
  periodEnd: string;
}

/** A value as reported for one period, with its values per category. */
export interface ReportedValue {
  periodStart: string;
  periodEnd: string;
  value: number;
  categories: CategoryValue[];
}

const yearPeriod = (year: number): TablePeriod => ({ period: String(year), periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` });
const reportingPeriod = (periodStart: string, periodEnd: string): TablePeriod => ({ period: `${periodStart}..${periodEnd}`, periodStart, periodEnd });

export function periodOfTarget(target: IndicatorTarget): TablePeriod {
  return isYearTarget(target) ? yearPeriod(target.year) : reportingPeriod(target.periodStart, target.periodEnd);
}

/**
 * The periods of an indicator's rows: those of its milestones; a value reported outside them gets a
 * row of its own, its year where milestones are yearly, else its reporting period (also when there
 * are no milestones: each report is then a period, as reported).
 */
export function periodsOf(targets: readonly IndicatorTarget[], values: readonly Pick<ReportedValue, 'periodStart' | 'periodEnd'>[]): TablePeriod[] {
  const byPeriod = new Map<string, TablePeriod>(targets.map((t) => [periodOfTarget(t).period, periodOfTarget(t)]));
  const yearly = targets.length > 0 && targets.every(isYearTarget);
  for (const { periodStart, periodEnd } of values) {
    if ([...byPeriod.values()].some((p) => periodEnd >= p.periodStart && periodEnd <= p.periodEnd)) continue;
    const own = yearly ? yearPeriod(Number(periodEnd.slice(0, 4))) : reportingPeriod(periodStart, periodEnd);
    byPeriod.set(own.period, own);
  }
  return [...byPeriod.values()].sort((a, b) => a.periodStart.localeCompare(b.periodStart) || a.periodEnd.localeCompare(b.periodEnd));
}

export function targetIn(targets: readonly IndicatorTarget[], period: TablePeriod): number | null {
  return targets.find((t) => periodOfTarget(t).period === period.period)?.value ?? null;
}

/** The value of the report with the latest period end inside the period (the later recorded on a tie). */
export function latestIn(values: readonly ReportedValue[], period: Pick<TablePeriod, 'periodStart' | 'periodEnd'>): ReportedValue | undefined {
  let latest: ReportedValue | undefined;
  for (const v of values) if (v.periodEnd >= period.periodStart && v.periodEnd <= period.periodEnd && (!latest || v.periodEnd >= latest.periodEnd)) latest = v;
  return latest;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * How far the actual is toward the target, in percent: for an increase the actual over the target;
 * for a decrease the way gone from the baseline toward the target (a fall from 40 to 25 toward 10 is 50 %).
 */
export function percentOfTarget(actual: number | null, target: number | null, baseline: number, direction: IndicatorDirection): number | null {
  if (actual === null || target === null) return null;
  if (direction === 'decrease') return baseline === target ? null : round1(((baseline - actual) / (baseline - target)) * 100);
  return target === 0 ? null : round1((actual / target) * 100);
}
