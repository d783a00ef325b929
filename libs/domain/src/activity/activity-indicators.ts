import { reject } from '../shared/domain-error.js';
import { resolveEffectiveOnFrom } from '../shared/dates.js';
import { rejectValue } from '../shared/invalid-value.js';
import { definedOnly } from '../shared/text.js';
import { mergeTitles } from '../shared/titles.js';
import type { PlanContext } from '../plan/plan.state.js';
import { requireCategoryValues } from '../results/category-values.js';
import { indicatorShapeOf, requireValueOfType, type IndicatorType, type RollUp } from '../results/indicator-definition.js';
import type { DefineIndicator } from './activity.commands.js';
import type { ActivityEvent, IndicatorValue } from './activity.events.js';
import { live } from './activity.guards.js';
import type { ActivityIndicator, ActivityState } from './activity.state.js';

/**
 * An activity indicator rolls up to an objective indicator of its plan: a sum adds counts, so both
 * are numbers; "latest" carries one value over, so both have the same type.
 */
export function requireRollUp(rollsUpTo: RollUp | undefined, type: IndicatorType, plan: PlanContext): void {
  if (!rollsUpTo) return;
  const target = plan.objectiveIndicators.find((i) => i.indicatorId === rollsUpTo.objectiveIndicatorId);
  if (!target) rejectValue('UNKNOWN_OBJECTIVE_INDICATOR', `${rollsUpTo.objectiveIndicatorId} is not an objective indicator of the plan`, 'rollsUpTo.objectiveIndicatorId');
  const fits = rollsUpTo.method === 'sum' ? type === 'number' && target.type === 'number' : type === target.type;
  if (!fits) rejectValue('ROLL_UP_TYPE_MISMATCH', `a ${type} indicator cannot roll up by ${rollsUpTo.method} to a ${target.type} indicator`, 'rollsUpTo.method');
}

export function defineIndicator({ data }: DefineIndicator, state: ActivityState): ActivityEvent[] {
  const activity = live(state, data.activityId);
  if (activity.indicators.some((i) => i.indicatorId === data.indicatorId)) {
    reject('INDICATOR_ALREADY_DEFINED', `indicator ${data.indicatorId} is already defined`, 'indicatorId');
  }
  const plan = data.context.plan;
  if (plan.planId !== activity.planId) reject('CONTEXT_MISMATCH', `context.plan is plan ${plan.planId}, not ${activity.planId}`, 'planId');
  const shape = indicatorShapeOf({ ...data, names: mergeTitles({}, data.names) }, plan);
  requireRollUp(data.rollsUpTo, shape.type, plan);
  // Dated like an activity planned without effectiveOn, so a back-filled activity shows its indicators.
  const effectiveOn = resolveEffectiveOnFrom(data, activity.plannedStart);
  return [{ type: 'IndicatorDefined', data: definedOnly({ indicatorId: data.indicatorId, ...shape, rollsUpTo: data.rollsUpTo, effectiveOn }) }];
}

/**
 * A report's values: each of an indicator the activity has (not retired, unless a period already
 * reported is restated), once, of the indicator's type, with category values the catalogue knows.
 */
export function requireIndicatorValues(indicators: readonly ActivityIndicator[], values: readonly IndicatorValue[], plan: PlanContext, restating: boolean): void {
  const seen = new Set<string>();
  values.forEach(({ indicatorId, value, categories }, i) => {
    const indicator = indicators.find((d) => d.indicatorId === indicatorId);
    if (!indicator) reject('UNKNOWN_INDICATOR', `indicator ${indicatorId} is not defined on this activity`, `indicatorValues[${i}].indicatorId`);
    if (indicator.retired && !restating) reject('INDICATOR_RETIRED', `indicator ${indicatorId} is retired`, `indicatorValues[${i}].indicatorId`);
    if (seen.has(indicatorId)) reject('DUPLICATE_INDICATOR_VALUE', `indicator ${indicatorId} has two values in one report`, `indicatorValues[${i}].indicatorId`);
    seen.add(indicatorId);
    requireValueOfType(indicator.type, value, `indicatorValues[${i}].value`);
    if (categories) requireCategoryValues(indicator, plan.disaggregations, value, categories, `indicatorValues[${i}].categories`);
  });
}
