import type { DomainEvent } from '../shared/decider.js';
import { STREAM_PREFIX } from '../shared/streams.js';

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
    effectiveOn: string;
  }
>;
export type ObjectiveAdded = DomainEvent<
  'ObjectiveAdded',
  { objectiveId: string; code: string; title: string; parentObjectiveId?: string; effectiveOn: string }
>;
/** `instrument`: the act that adopted the plan, e.g. a government decree with its number. */
export type PlanAdopted = DomainEvent<'PlanAdopted', { adoptedOn: string; instrument: string; effectiveOn: string }>;
export type PlanRevised = DomainEvent<'PlanRevised', { changes: PlanChanges; reason: string; effectiveOn: string }>;
export type PlanClosed = DomainEvent<'PlanClosed', { closedOn: string; reason?: string; effectiveOn: string }>;

export type PlanEvent = PlanDrafted | ObjectiveAdded | PlanAdopted | PlanRevised | PlanClosed;
export type PlanEventType = PlanEvent['type'];

const eventTypes: Record<PlanEventType, true> = { PlanDrafted: true, ObjectiveAdded: true, PlanAdopted: true, PlanRevised: true, PlanClosed: true };
export const PLAN_EVENT_TYPES = Object.keys(eventTypes) as PlanEventType[];

export function planStream(planId: string): string {
  return STREAM_PREFIX.plan + planId;
}
