import type { ReportingCalendar } from '../reporting/reporting-calendar.js';
import type { Titles } from '../shared/titles.js';
import { dimensionContextOf, type DimensionContext, type DisaggregationDimension } from '../results/disaggregation.js';
import type { IndicatorShape, IndicatorType } from '../results/indicator-definition.js';
import type { PlanTitle } from './plan.events.js';

export interface PlanObjective {
  objectiveId: string;
  code: string;
  titles: Titles;
  parentObjectiveId?: string;
}

export interface ObjectiveIndicator extends IndicatorShape {
  indicatorId: string;
  objectiveId: string;
}

interface PlanDetails {
  planId: string;
  code: string;
  title: PlanTitle;
  periodStart: string;
  periodEnd: string;
  predecessorPlanId?: string;
  coordinatingBody?: string;
  defaultSectorCode?: string;
  /** The objective tree, flat: each objective names its parent. */
  objectives: PlanObjective[];
  /** The disaggregation catalogue: the dimensions indicators of the plan may be split by. */
  disaggregations: DisaggregationDimension[];
  objectiveIndicators: ObjectiveIndicator[];
  /** When agencies report and whether the secretariat approves; absent until set. */
  reporting?: ReportingCalendar;
}

export type PlanStatus = 'draft' | 'adopted' | 'closed';

export type PlanState =
  | { status: 'none' }
  | (PlanDetails & { status: 'draft' })
  | (PlanDetails & { status: 'adopted'; adoptedOn: string; instrument: string })
  | (PlanDetails & { status: 'closed'; closedOn: string; adoptedOn?: string });

/**
 * What the activity rules need to know about the plan, loaded by the application from the plan's
 * stream and passed in activity commands as `context.plan`.
 */
export interface PlanContext {
  planId: string;
  status: PlanStatus;
  periodStart: string;
  periodEnd: string;
  objectiveIds: string[];
  /** The catalogue, for indicators' disaggregations and reported category values. */
  disaggregations: DimensionContext[];
  /** What an activity indicator may roll up to. */
  objectiveIndicators: { indicatorId: string; objectiveId: string; type: IndicatorType }[];
  /** Whether its progress reports wait for the secretariat's approval (its reporting calendar). */
  approval: boolean;
}

/** The PlanContext of a folded plan; undefined when the plan does not exist (the application answers 404). */
export function planContextOf(state: PlanState): PlanContext | undefined {
  if (state.status === 'none') return undefined;
  const { planId, status, periodStart, periodEnd, objectives, disaggregations, objectiveIndicators, reporting } = state;
  return {
    planId,
    status,
    periodStart,
    periodEnd,
    objectiveIds: objectives.map((o) => o.objectiveId),
    disaggregations: disaggregations.map(dimensionContextOf),
    objectiveIndicators: objectiveIndicators.map(({ indicatorId, objectiveId, type }) => ({ indicatorId, objectiveId, type })),
    approval: reporting?.approval ?? false,
  };
}
