import type { ReportingCalendar } from '../reporting/reporting-calendar.js';
import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { Titles } from '../shared/titles.js';
import type { DisaggregationCategory } from '../results/disaggregation.js';
import type { IndicatorFields, IndicatorShape, RemovableShapeField } from '../results/indicator-definition.js';
import type { Changes } from '../shared/same-value.js';
import type { AmendableObjective, AmendablePlan, PlanChanges, PlanTitle, RemovablePlanField } from './plan.events.js';

export type DraftPlan = DomainCommand<
  'DraftPlan',
  CommandClock & {
    planId: string;
    code: string;
    title: PlanTitle;
    periodStart: string;
    periodEnd: string;
    predecessorPlanId?: string;
    coordinatingBody?: string;
    defaultSectorCode?: string;
  }
>;
export type AddObjective = DomainCommand<
  'AddObjective',
  CommandClock & { planId: string; objectiveId: string; code: string; titles: Titles; parentObjectiveId?: string }
>;
/** effectiveOn is adoptedOn. */
export type AdoptPlan = DomainCommand<'AdoptPlan', { planId: string; adoptedOn: string; instrument: string; today: string }>;
export type RevisePlan = DomainCommand<'RevisePlan', CommandClock & { planId: string; changes: PlanChanges; reason: string }>;
/** effectiveOn is closedOn. */
export type ClosePlan = DomainCommand<'ClosePlan', { planId: string; closedOn: string; reason?: string; today: string }>;

/** null removes the coordinating body or the default sector. */
export type AmendPlan = DomainCommand<'AmendPlan', Changes<AmendablePlan, RemovablePlanField> & { planId: string; reason: string }>;
export type AmendObjective = DomainCommand<'AmendObjective', Partial<AmendableObjective> & { planId: string; objectiveId: string; reason: string }>;
/** Corrects the code, in any status. The application moves the code's reservation. */
export type RecodePlan = DomainCommand<'RecodePlan', { planId: string; code: string; reason: string }>;
/** context.activityCount: the activities under the objective, as the application counted them. */
export type RemoveObjective = DomainCommand<'RemoveObjective', { planId: string; objectiveId: string; reason: string; context: { activityCount: number } }>;

export type DefineDisaggregation = DomainCommand<
  'DefineDisaggregation',
  CommandClock & { planId: string; code: string; names: Titles; exhaustive: boolean; categories: DisaggregationCategory[] }
>;
/** `categories`: new ones are added, those already defined get the names given; none is removed. */
export type AmendDisaggregation = DomainCommand<
  'AmendDisaggregation',
  { planId: string; code: string; names?: Titles; exhaustive?: boolean; categories?: DisaggregationCategory[]; reason: string }
>;
export type DefineObjectiveIndicator = DomainCommand<'DefineObjectiveIndicator', CommandClock & IndicatorFields & { planId: string; objectiveId: string; indicatorId: string }>;
/** null removes the baseline date. */
export type ReviseObjectiveIndicator = DomainCommand<'ReviseObjectiveIndicator', Changes<IndicatorShape, RemovableShapeField> & { planId: string; indicatorId: string; reason: string }>;

/** Sets the plan's reporting calendar; replacing one needs a reason. */
export type SetReportingCalendar = DomainCommand<'SetReportingCalendar', CommandClock & ReportingCalendar & { planId: string; reason?: string }>;

export type PlanCommand =
  | SetReportingCalendar
  | DraftPlan
  | AddObjective
  | AdoptPlan
  | RevisePlan
  | ClosePlan
  | AmendPlan
  | AmendObjective
  | RecodePlan
  | RemoveObjective
  | DefineDisaggregation
  | AmendDisaggregation
  | DefineObjectiveIndicator
  | ReviseObjectiveIndicator;
