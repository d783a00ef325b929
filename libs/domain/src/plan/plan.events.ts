import type { Amendment } from '../shared/amendment.js';
import type { Recoding } from '../shared/recoding.js';
import type { Titles } from '../shared/titles.js';
import type { DomainEvent } from '../shared/decider.js';
import { STREAM_PREFIX } from '../shared/streams.js';
import type { DisaggregationDimension } from '../results/disaggregation.js';
import type { IndicatorShape, RemovableShapeField } from '../results/indicator-definition.js';
import type { ReportingCalendar } from '../reporting/reporting-calendar.js';

/** English is required; Russian and Tajik titles are optional. */
export interface PlanTitle {
  en: string;
  ru?: string;
  tg?: string;
}

/** What a revision may change; omitted fields stay as they are. */
export interface PlanChanges {
  title?: PlanTitle;
  periodStart?: string;
  periodEnd?: string;
  coordinatingBody?: string;
}

export type PlanDrafted = DomainEvent<
  'PlanDrafted',
  {
    planId: string;
    code: string;
    title: PlanTitle;
    periodStart: string;
    periodEnd: string;
    predecessorPlanId?: string;
    coordinatingBody?: string;
    /** DAC 5-digit purpose code for activities that name none (IATI exports). */
    defaultSectorCode?: string;
    effectiveOn: string;
  }
>;
export type ObjectiveAdded = DomainEvent<
  'ObjectiveAdded',
  { objectiveId: string; code: string; titles: Titles; parentObjectiveId?: string; effectiveOn: string }
>;
/** `instrument`: the act that adopted the plan, e.g. a government decree with its number. */
export type PlanAdopted = DomainEvent<'PlanAdopted', { adoptedOn: string; instrument: string; effectiveOn: string }>;
export type PlanRevised = DomainEvent<'PlanRevised', { changes: PlanChanges; reason: string; effectiveOn: string }>;
export type PlanClosed = DomainEvent<'PlanClosed', { closedOn: string; reason?: string; effectiveOn: string }>;

/** The plan's reporting calendar, set or changed (the reason says why, when it replaces one). */
export type ReportingCalendarSet = DomainEvent<'ReportingCalendarSet', { reporting: ReportingCalendar; reason?: string; effectiveOn: string }>;

/** What a correction of the plan may change (a revision changes the plan itself, effective on a date). */
export interface AmendablePlan {
  title: PlanTitle;
  coordinatingBody: string;
  defaultSectorCode: string;
}
export interface AmendableObjective {
  code: string;
  titles: Titles;
}
/** What a plan's correction may remove (`after` null): a coordinating body or default sector entered by mistake. */
export type RemovablePlanField = 'coordinatingBody' | 'defaultSectorCode';
/** Corrections (no effectiveOn: seen at every asOf): only the fields that change, before and after. */
export type PlanAmended = DomainEvent<'PlanAmended', Amendment<AmendablePlan, RemovablePlanField>>;
/** A correction of the code, in any status (no effectiveOn: seen at every asOf); its reservation moves with it. */
export type PlanRecoded = DomainEvent<'PlanRecoded', Recoding>;
export type ObjectiveAmended = DomainEvent<'ObjectiveAmended', Amendment<AmendableObjective> & { objectiveId: string }>;
/** An objective entered by mistake, with no activities and no sub-objectives; `before` is what it was. */
export type ObjectiveRemoved = DomainEvent<'ObjectiveRemoved', { objectiveId: string; before: { code: string; titles: Titles; parentObjectiveId?: string }; reason: string }>;

/** A dimension of the plan's disaggregation catalogue (sex, age group, country…) with its categories. */
export type DisaggregationDefined = DomainEvent<'DisaggregationDefined', DisaggregationDimension & { effectiveOn: string }>;
/** What a correction of a dimension may change; categories are only added or renamed, never removed. */
export type AmendableDisaggregation = Pick<DisaggregationDimension, 'names' | 'exhaustive' | 'categories'>;
/** A correction (no effectiveOn: seen at every asOf) of the dimension `code`. */
export type DisaggregationAmended = DomainEvent<'DisaggregationAmended', Amendment<AmendableDisaggregation> & { code: string }>;
/** An indicator of an objective, which activities' indicators may roll up to. */
export type ObjectiveIndicatorDefined = DomainEvent<'ObjectiveIndicatorDefined', IndicatorShape & { objectiveId: string; indicatorId: string; effectiveOn: string }>;
/** A correction of an objective's indicator: only the fields that change, before and after. */
export type ObjectiveIndicatorRevised = DomainEvent<'ObjectiveIndicatorRevised', Amendment<IndicatorShape, RemovableShapeField> & { indicatorId: string }>;

export type PlanEvent =
  | PlanDrafted
  | ObjectiveAdded
  | PlanAdopted
  | PlanRevised
  | PlanClosed
  | PlanAmended
  | PlanRecoded
  | ObjectiveAmended
  | ObjectiveRemoved
  | DisaggregationDefined
  | DisaggregationAmended
  | ObjectiveIndicatorDefined
  | ObjectiveIndicatorRevised
  | ReportingCalendarSet;
export type PlanEventType = PlanEvent['type'];

const eventTypes: Record<PlanEventType, true> = {
  PlanDrafted: true,
  ObjectiveAdded: true,
  PlanAdopted: true,
  PlanRevised: true,
  PlanClosed: true,
  PlanAmended: true,
  PlanRecoded: true,
  ObjectiveAmended: true,
  ObjectiveRemoved: true,
  DisaggregationDefined: true,
  DisaggregationAmended: true,
  ObjectiveIndicatorDefined: true,
  ReportingCalendarSet: true,
  ObjectiveIndicatorRevised: true,
};
export const PLAN_EVENT_TYPES = Object.keys(eventTypes) as PlanEventType[];

export function planStream(planId: string): string {
  return STREAM_PREFIX.plan + planId;
}
