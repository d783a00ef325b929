import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { PlanChanges, PlanTitle } from './plan.events.js';

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
  }
>;
export type AddObjective = DomainCommand<
  'AddObjective',
  CommandClock & { planId: string; objectiveId: string; code: string; title: string; parentObjectiveId?: string }
>;
/** effectiveOn is adoptedOn. */
export type AdoptPlan = DomainCommand<'AdoptPlan', { planId: string; adoptedOn: string; instrument: string; today: string }>;
export type RevisePlan = DomainCommand<'RevisePlan', CommandClock & { planId: string; changes: PlanChanges; reason: string }>;
/** effectiveOn is closedOn. */
export type ClosePlan = DomainCommand<'ClosePlan', { planId: string; closedOn: string; reason?: string; today: string }>;

export type PlanCommand = DraftPlan | AddObjective | AdoptPlan | RevisePlan | ClosePlan;
