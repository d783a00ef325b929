import { amendmentOf } from '../shared/amendment.js';
import { resolveEffectiveOnFrom } from '../shared/dates.js';
import { reject } from '../shared/domain-error.js';
import { rejectValue } from '../shared/invalid-value.js';
import { changesOf, withChanges } from '../shared/same-value.js';
import { definedOnly, requireReason } from '../shared/text.js';
import { mergeTitles } from '../shared/titles.js';
import { dimensionContextOf, type DisaggregationCategory, type DisaggregationDimension } from '../results/disaggregation.js';
import { indicatorShapeOf, requireIndicatorShape, type IndicatorShape, type RemovableShapeField } from '../results/indicator-definition.js';
import type { AmendDisaggregation, DefineDisaggregation, DefineObjectiveIndicator, ReviseObjectiveIndicator } from './plan.commands.js';
import type { PlanEvent } from './plan.events.js';
import type { ObjectiveIndicator, PlanState } from './plan.state.js';

/*
 * The plan's results framework: its disaggregation catalogue (dimensions with named categories) and
 * its objectives' indicators. A closed plan's framework stays as it was, except for corrections.
 */

type ExistingPlan = Exclude<PlanState, { status: 'none' }>;

function existing(state: PlanState, planId: string): ExistingPlan {
  if (state.status === 'none') reject('PLAN_NOT_FOUND', `plan ${planId} does not exist`);
  return state;
}

function open(state: PlanState, planId: string): ExistingPlan {
  const plan = existing(state, planId);
  if (plan.status === 'closed') reject('TERMINAL_STATE', `plan ${planId} is closed`);
  return plan;
}

function rulesContextOf(plan: ExistingPlan) {
  return { periodStart: plan.periodStart, periodEnd: plan.periodEnd, disaggregations: plan.disaggregations.map(dimensionContextOf) };
}

function requireDistinctCategories(categories: readonly DisaggregationCategory[]): void {
  categories.forEach(({ code }, j) => {
    if (categories.findIndex((c) => c.code === code) !== j) rejectValue('DUPLICATE_CATEGORY', `category ${code} is given twice`, `categories[${j}].code`);
  });
}

export function defineDisaggregation({ data }: DefineDisaggregation, state: PlanState): PlanEvent[] {
  const plan = open(state, data.planId);
  if (plan.disaggregations.some((d) => d.code === data.code)) reject('DIMENSION_ALREADY_DEFINED', `dimension ${data.code} is already in the catalogue`, 'code');
  if (data.categories.length === 0) rejectValue('CATEGORIES_REQUIRED', 'a dimension has at least one category', 'categories');
  requireDistinctCategories(data.categories);
  const effectiveOn = resolveEffectiveOnFrom(data, plan.periodStart);
  const categories = data.categories.map((c) => ({ code: c.code, names: mergeTitles({}, c.names) }));
  return [{ type: 'DisaggregationDefined', data: { code: data.code, names: mergeTitles({}, data.names), exhaustive: data.exhaustive, categories, effectiveOn } }];
}

function dimensionOf(plan: ExistingPlan, code: string): DisaggregationDimension {
  const dimension = plan.disaggregations.find((d) => d.code === code);
  if (!dimension) reject('UNKNOWN_DIMENSION', `dimension ${code} is not in the plan's catalogue`, 'code');
  return dimension;
}

/** Adds categories and renames; categories are never removed, since reported values name them. */
export function amendDisaggregation({ data }: AmendDisaggregation, state: PlanState): PlanEvent[] {
  const dimension = dimensionOf(existing(state, data.planId), data.code);
  if (data.categories) requireDistinctCategories(data.categories);
  const categories = data.categories && [
    ...dimension.categories.map((c) => {
      const renamed = data.categories!.find((given) => given.code === c.code);
      return renamed ? { code: c.code, names: mergeTitles(c.names, renamed.names) } : c;
    }),
    ...data.categories.filter((given) => !dimension.categories.some((c) => c.code === given.code)).map((c) => ({ code: c.code, names: mergeTitles({}, c.names) })),
  ];
  const { names, exhaustive } = dimension;
  const amendment = amendmentOf(
    { names, exhaustive, categories: dimension.categories },
    { names: data.names && mergeTitles(names, data.names), exhaustive: data.exhaustive, categories },
    data.reason,
  );
  return amendment ? [{ type: 'DisaggregationAmended', data: { code: data.code, ...amendment } }] : [];
}

export function defineObjectiveIndicator({ data }: DefineObjectiveIndicator, state: PlanState): PlanEvent[] {
  const plan = open(state, data.planId);
  if (!plan.objectives.some((o) => o.objectiveId === data.objectiveId)) reject('OBJECTIVE_NOT_IN_PLAN', `objective ${data.objectiveId} is not an objective of plan ${data.planId}`, 'objectiveId');
  if (plan.objectiveIndicators.some((i) => i.indicatorId === data.indicatorId)) reject('INDICATOR_ALREADY_DEFINED', `indicator ${data.indicatorId} is already defined`, 'indicatorId');
  const shape = indicatorShapeOf({ ...data, names: mergeTitles({}, data.names) }, rulesContextOf(plan));
  const effectiveOn = resolveEffectiveOnFrom(data, plan.periodStart);
  return [{ type: 'ObjectiveIndicatorDefined', data: { objectiveId: data.objectiveId, indicatorId: data.indicatorId, ...shape, effectiveOn } }];
}

/** The shape of an indicator without its identity: what a revision compares. */
export function shapeOf({ names, type, unit, baseline, baselineDate, target, targets, direction, disaggregations }: IndicatorShape): IndicatorShape {
  return definedOnly({ names, type, unit, baseline, baselineDate, target, targets, direction, disaggregations });
}

export function reviseObjectiveIndicator({ data }: ReviseObjectiveIndicator, state: PlanState): PlanEvent[] {
  const plan = existing(state, data.planId);
  const indicator = plan.objectiveIndicators.find((i) => i.indicatorId === data.indicatorId);
  if (!indicator) reject('UNKNOWN_INDICATOR', `indicator ${data.indicatorId} is not an objective indicator of plan ${data.planId}`, 'indicatorId');
  const reason = requireReason(data.reason);
  // Only the definition's fields: the application's clock is not revised.
  const { planId: _p, indicatorId: _i, reason: _r, today: _t, ...fields } = data as typeof data & { today?: string };
  const proposed = definedOnly({ ...fields, names: fields.names && mergeTitles(indicator.names, fields.names) });
  if (Object.keys(proposed).length === 0) reject('AMENDMENT_EMPTY', 'name at least one field to revise', 'reason');
  const current = shapeOf(indicator);
  // null removes the baseline date: the shape checked is the one without it.
  requireIndicatorShape(withChanges(current, proposed), rulesContextOf(plan));
  const { before, after } = changesOf<IndicatorShape, RemovableShapeField>(current, proposed);
  if (Object.keys(after).length === 0) return [];
  return [{ type: 'ObjectiveIndicatorRevised', data: { indicatorId: data.indicatorId, before, after, reason } }];
}

/** The framework after one of its events; other events leave it as it is. */
export function evolveResults(plan: Pick<ExistingPlan, 'disaggregations' | 'objectiveIndicators'>, event: PlanEvent): Pick<ExistingPlan, 'disaggregations' | 'objectiveIndicators'> {
  const { disaggregations, objectiveIndicators } = plan;
  switch (event.type) {
    case 'DisaggregationDefined': {
      const { effectiveOn: _e, ...dimension } = event.data;
      return { disaggregations: [...disaggregations, dimension], objectiveIndicators };
    }
    case 'DisaggregationAmended':
      return { disaggregations: disaggregations.map((d) => (d.code === event.data.code ? { ...d, ...event.data.after } : d)), objectiveIndicators };
    case 'ObjectiveIndicatorDefined': {
      const { effectiveOn: _e, ...indicator } = event.data;
      return { disaggregations, objectiveIndicators: [...objectiveIndicators, indicator as ObjectiveIndicator] };
    }
    case 'ObjectiveIndicatorRevised':
      return { disaggregations, objectiveIndicators: objectiveIndicators.map((i) => (i.indicatorId === event.data.indicatorId ? withChanges(i, event.data.after) : i)) };
    default:
      return { disaggregations, objectiveIndicators };
  }
}
