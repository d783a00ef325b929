import { requireDates } from '../shared/dates.js';
import { reject } from '../shared/domain-error.js';
import { rejectValue } from '../shared/invalid-value.js';
import type { Titles } from '../shared/titles.js';
import type { DimensionContext } from './disaggregation.js';

export const INDICATOR_TYPES = ['number', 'percentage', 'yes_no'] as const;
export type IndicatorType = (typeof INDICATOR_TYPES)[number];
/** The direction of good change: more migrants informed (increase), fewer irregular departures (decrease). */
export const INDICATOR_DIRECTIONS = ['increase', 'decrease'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];
export const ROLL_UP_METHODS = ['sum', 'latest'] as const;
export type RollUpMethod = (typeof ROLL_UP_METHODS)[number];

/** A target for one calendar year, or for one reporting period. */
export type IndicatorTarget = { year: number; value: number } | { periodStart: string; periodEnd: string; value: number };

/** An activity indicator feeding an objective's: the activities' values added up per period, or the latest one. */
export interface RollUp {
  objectiveIndicatorId: string;
  method: RollUpMethod;
}

/**
 * What an indicator says, on an activity or an objective. `target` is the final target (the one
 * indicators always had); `targets` the milestones per year or period.
 */
export interface IndicatorShape {
  names: Titles;
  type: IndicatorType;
  unit: string;
  baseline: number;
  baselineDate?: string;
  target: number;
  targets: IndicatorTarget[];
  direction: IndicatorDirection;
  /** Dimension codes from the plan's catalogue that values may be split by. */
  disaggregations: string[];
}

/** The optional field of a definition a revision may remove (`after` null): a baseline date given by mistake. */
export type RemovableShapeField = 'baselineDate';

/** What the rules need to know of the plan: its period and its catalogue. */
export interface IndicatorRulesContext {
  periodStart: string;
  periodEnd: string;
  disaggregations: DimensionContext[];
}

export function isYearTarget(target: IndicatorTarget): target is { year: number; value: number } {
  return 'year' in target;
}

/** A value as its type allows: a finite number; a percentage within 0..100; yes/no as 0 or 1. */
export function requireValueOfType(type: IndicatorType, value: number, field: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) reject('INVALID_NUMBER', `${field} must be a finite number`, field);
  if (type === 'percentage' && (value < 0 || value > 100)) rejectValue('VALUE_OUT_OF_RANGE', `${field} is a percentage: between 0 and 100`, field);
  if (type === 'yes_no' && value !== 0 && value !== 1) rejectValue('VALUE_OUT_OF_RANGE', `${field} is yes/no: 1 (yes) or 0 (no)`, field);
}

/** The final target when none is given: the last milestone's. */
export function finalTargetOf(targets: readonly IndicatorTarget[]): number | undefined {
  const end = (t: IndicatorTarget) => (isYearTarget(t) ? `${t.year}-12-31` : t.periodEnd);
  return [...targets].sort((a, b) => end(a).localeCompare(end(b))).at(-1)?.value;
}

function requireTargets({ type, targets }: IndicatorShape, { periodStart, periodEnd }: IndicatorRulesContext): void {
  const firstYear = Number(periodStart.slice(0, 4));
  const lastYear = Number(periodEnd.slice(0, 4));
  if (targets.some(isYearTarget) && !targets.every(isYearTarget)) rejectValue('TARGETS_MIXED', 'targets are all per year or all per period', 'targets');
  const seen = new Set<string>();
  targets.forEach((target, i) => {
    const field = `targets[${i}]`;
    requireValueOfType(type, target.value, `${field}.value`);
    if (isYearTarget(target)) {
      if (!Number.isInteger(target.year) || target.year < firstYear || target.year > lastYear) {
        rejectValue('TARGET_OUTSIDE_PLAN_PERIOD', `${field}.year ${target.year} is outside the plan period ${periodStart}..${periodEnd}`, `${field}.year`);
      }
    } else {
      requireDates({ [`${field}.periodStart`]: target.periodStart, [`${field}.periodEnd`]: target.periodEnd });
      if (target.periodEnd < target.periodStart) rejectValue('PERIOD_END_BEFORE_START', `${field}.periodEnd is before its periodStart`, `${field}.periodEnd`);
      if (target.periodStart < periodStart || target.periodEnd > periodEnd) {
        rejectValue('TARGET_OUTSIDE_PLAN_PERIOD', `${field} ${target.periodStart}..${target.periodEnd} is outside the plan period ${periodStart}..${periodEnd}`, field);
      }
    }
    const key = isYearTarget(target) ? String(target.year) : `${target.periodStart}/${target.periodEnd}`;
    if (seen.has(key)) rejectValue('DUPLICATE_TARGET', `${field} repeats the target for ${key}`, field);
    seen.add(key);
  });
}

function requireDisaggregations(codes: readonly string[], catalogue: readonly DimensionContext[]): void {
  codes.forEach((code, i) => {
    const field = `disaggregations[${i}]`;
    if (!catalogue.some((d) => d.code === code)) {
      rejectValue('UNKNOWN_DIMENSION', `${code} is not a dimension of the plan's catalogue (${catalogue.map((d) => d.code).join(', ') || 'none defined'})`, field);
    }
    if (codes.indexOf(code) !== i) rejectValue('DUPLICATE_DIMENSION', `${code} is named twice`, field);
  });
}

/** Every rule of an indicator's definition, on the whole shape (a revision checks the shape it leads to). */
export function requireIndicatorShape(shape: IndicatorShape, plan: IndicatorRulesContext): void {
  requireValueOfType(shape.type, shape.baseline, 'baseline');
  requireValueOfType(shape.type, shape.target, 'target');
  requireDates({ baselineDate: shape.baselineDate });
  requireTargets(shape, plan);
  requireDisaggregations(shape.disaggregations, plan.disaggregations);
}

/** The fields a definition command carries: type and direction default, `target` may come from `targets`. */
export interface IndicatorFields {
  names: Titles;
  type?: IndicatorType;
  unit: string;
  baseline: number;
  baselineDate?: string;
  target?: number;
  targets?: IndicatorTarget[];
  direction?: IndicatorDirection;
  disaggregations?: string[];
}

/** The shape a definition gives, with its defaults, checked. */
export function indicatorShapeOf(fields: IndicatorFields, plan: IndicatorRulesContext): IndicatorShape {
  const targets = fields.targets ?? [];
  const target = fields.target ?? finalTargetOf(targets);
  if (target === undefined) rejectValue('TARGET_REQUIRED', 'give the final target, or targets per year or period', 'target');
  const shape: IndicatorShape = {
    names: fields.names,
    type: fields.type ?? 'number',
    unit: fields.unit,
    baseline: fields.baseline,
    ...(fields.baselineDate !== undefined ? { baselineDate: fields.baselineDate } : {}),
    target,
    targets,
    direction: fields.direction ?? 'increase',
    disaggregations: fields.disaggregations ?? [],
  };
  requireIndicatorShape(shape, plan);
  return shape;
}
