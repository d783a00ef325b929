import type { PlanTitle } from '#domain';
import type { ObjectiveView, PlanView } from './plan-view.js';

export interface PlanRef {
  id: string;
  code: string;
  title: PlanTitle;
  periodStart: string;
  periodEnd: string;
  status: string;
}

export interface ObjectiveNode extends ObjectiveView {
  /** Activities planned directly under this objective. */
  activityCount: number;
  /** Under this objective and every sub-objective of it. */
  totalActivityCount: number;
  children: ObjectiveNode[];
}

export type PlanDetails = Omit<PlanView, 'objectives' | 'predecessorPlanId'> & {
  predecessor: PlanRef | null;
  successors: PlanRef[];
  objectives: ObjectiveNode[];
};

export function planRef(view: PlanView): PlanRef {
  return { id: view.id, code: view.code, title: view.title, periodStart: view.periodStart, periodEnd: view.periodEnd, status: view.status };
}

/**
 * Pure: the flat objective list as a tree, in the order the objectives were added, each with its
 * activity counts. An objective whose parent is unknown is shown at the top rather than lost.
 */
export function objectiveTree(objectives: readonly ObjectiveView[], activityCounts: ReadonlyMap<string, number>): ObjectiveNode[] {
  const nodes = new Map<string, ObjectiveNode>(
    objectives.map((o) => [o.objectiveId, { ...o, activityCount: activityCounts.get(o.objectiveId) ?? 0, totalActivityCount: 0, children: [] }]),
  );
  const roots: ObjectiveNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentObjectiveId ? nodes.get(node.parentObjectiveId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const total = (node: ObjectiveNode): number => (node.totalActivityCount = node.activityCount + node.children.reduce((sum, child) => sum + total(child), 0));
  roots.forEach(total);
  return roots;
}
