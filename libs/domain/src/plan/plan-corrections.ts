import { requireDacPurposeCode } from '../shared/dac-purpose-codes.js';
import { amendmentOf } from '../shared/amendment.js';
import { reject } from '../shared/domain-error.js';
import { mergeTitles } from '../shared/titles.js';
import { definedOnly, requireReason } from '../shared/text.js';
import type { AmendObjective, AmendPlan, RemoveObjective } from './plan.commands.js';
import type { AmendablePlan, PlanEvent, RemovablePlanField } from './plan.events.js';
import type { PlanObjective, PlanState } from './plan.state.js';

/*
 * Corrections of a plan entered by mistake, in any status (a closed plan's record may be wrong too):
 * its titles, coordinating body and default sector; an objective's code and title; an objective removed when no
 * activity and no sub-objective hangs under it.
 */

function existingPlan(state: PlanState, planId: string) {
  if (state.status === 'none') reject('PLAN_NOT_FOUND', `plan ${planId} does not exist`);
  return state;
}

function objectiveOf(state: PlanState, planId: string, objectiveId: string): PlanObjective {
  const objective = existingPlan(state, planId).objectives.find((o) => o.objectiveId === objectiveId);
  if (!objective) reject('OBJECTIVE_NOT_IN_PLAN', `objective ${objectiveId} is not an objective of plan ${planId}`, 'objectiveId');
  return objective;
}

export function amendPlan({ data }: AmendPlan, state: PlanState): PlanEvent[] {
  const plan = existingPlan(state, data.planId);
  if (data.defaultSectorCode !== undefined && data.defaultSectorCode !== null) requireDacPurposeCode(data.defaultSectorCode, 'defaultSectorCode');
  const current = definedOnly({ title: definedOnly(plan.title), coordinatingBody: plan.coordinatingBody, defaultSectorCode: plan.defaultSectorCode }) as AmendablePlan;
  // null removes the coordinating body or the default sector (exports then use the service's default).
  const amendment = amendmentOf<AmendablePlan, RemovablePlanField>(current, { title: data.title && definedOnly(data.title), coordinatingBody: data.coordinatingBody, defaultSectorCode: data.defaultSectorCode }, data.reason);
  return amendment ? [{ type: 'PlanAmended', data: amendment }] : [];
}

export function amendObjective({ data }: AmendObjective, state: PlanState): PlanEvent[] {
  const objective = objectiveOf(state, data.planId, data.objectiveId);
  if (data.code !== undefined && existingPlan(state, data.planId).objectives.some((o) => o.code === data.code && o.objectiveId !== data.objectiveId)) {
    reject('OBJECTIVE_CODE_TAKEN', `objective code ${data.code} is already used in the plan`, 'code');
  }
  const amendment = amendmentOf({ code: objective.code, titles: objective.titles }, { code: data.code, titles: data.titles && mergeTitles(objective.titles, data.titles) }, data.reason);
  return amendment ? [{ type: 'ObjectiveAmended', data: { objectiveId: data.objectiveId, ...amendment } }] : [];
}

export function removeObjective({ data }: RemoveObjective, state: PlanState): PlanEvent[] {
  const objective = objectiveOf(state, data.planId, data.objectiveId);
  const reason = requireReason(data.reason);
  if (data.context.activityCount > 0) reject('OBJECTIVE_HAS_ACTIVITIES', `objective ${data.objectiveId} has ${data.context.activityCount} activities: move or amend them first`, 'objectiveId');
  if (existingPlan(state, data.planId).objectives.some((o) => o.parentObjectiveId === data.objectiveId)) {
    reject('OBJECTIVE_HAS_CHILDREN', `objective ${data.objectiveId} has sub-objectives`, 'objectiveId');
  }
  if (existingPlan(state, data.planId).objectiveIndicators.some((i) => i.objectiveId === data.objectiveId)) {
    reject('OBJECTIVE_HAS_INDICATORS', `objective ${data.objectiveId} has indicators`, 'objectiveId');
  }
  const { code, titles, parentObjectiveId } = objective;
  return [{ type: 'ObjectiveRemoved', data: { objectiveId: data.objectiveId, before: definedOnly({ code, titles, parentObjectiveId }), reason } }];
}

/** The objectives after an objective correction. */
export function evolveObjectives(objectives: readonly PlanObjective[], event: PlanEvent): PlanObjective[] {
  switch (event.type) {
    case 'ObjectiveAmended':
      return objectives.map((o) => (o.objectiveId === event.data.objectiveId ? { ...o, ...event.data.after } : o));
    case 'ObjectiveRemoved':
      return objectives.filter((o) => o.objectiveId !== event.data.objectiveId);
    default:
      return [...objectives];
  }
}
