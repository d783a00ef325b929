import type { components } from './schema';
import type { Plan } from './views';

/**
 * What GET /plans/{id} answers: the plan alone, its objectives as a tree (`children`), each with the
 * activities planned directly under it (`activityCount`), as the activities read model counts them.
 */
export type PlanDetails = components['schemas']['PlanDetailsDto'];
export type ObjectiveNode = PlanDetails['objectives'][number];

export interface ObjectiveRow {
  objective: ObjectiveNode;
  /** 0 for an objective at the top, 1 for a sub-objective of one… */
  depth: number;
}

/** The objective tree in reading order: each objective followed by its sub-objectives. */
export function objectiveRows(nodes: readonly ObjectiveNode[], depth = 0): ObjectiveRow[] {
  return nodes.flatMap((objective) => [{ objective, depth }, ...objectiveRows(objective.children ?? [], depth + 1)]);
}

/** The plan as the forms written for a listed plan read it: every objective, sub-objectives included, flat. */
export function asListedPlan(details: PlanDetails): Plan {
  return { ...details, predecessorPlanId: details.predecessor?.id ?? null, objectives: objectiveRows(details.objectives).map((row) => row.objective) };
}
