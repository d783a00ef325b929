import type { PlanEvent, PlanStatus, PlanTitle } from '#domain';
import { documentProjection } from '../projector/document-projection.js';

export interface ObjectiveView {
  objectiveId: string;
  code: string;
  title: string;
  parentObjectiveId: string | null;
}

export interface PlanView {
  id: string;
  code: string;
  title: PlanTitle;
  periodStart: string;
  periodEnd: string;
  predecessorPlanId: string | null;
  coordinatingBody: string | null;
  status: PlanStatus;
  adoptedOn: string | null;
  instrument: string | null;
  objectives: ObjectiveView[];
  revision: number;
}

export function evolvePlanView(view: PlanView | null, event: PlanEvent, revision: number): PlanView | null {
  if (event.type === 'PlanDrafted') {
    const d = event.data;
    return {
      id: d.planId,
      code: d.code,
      title: d.title,
      periodStart: d.periodStart,
      periodEnd: d.periodEnd,
      predecessorPlanId: d.predecessorPlanId ?? null,
      coordinatingBody: d.coordinatingBody ?? null,
      status: 'draft',
      adoptedOn: null,
      instrument: null,
      objectives: [],
      revision,
    };
  }
  if (!view) return null;
  switch (event.type) {
    case 'ObjectiveAdded': {
      const { objectiveId, code, title, parentObjectiveId } = event.data;
      return { ...view, revision, objectives: [...view.objectives, { objectiveId, code, title, parentObjectiveId: parentObjectiveId ?? null }] };
    }
    case 'PlanAdopted':
      return { ...view, revision, status: 'adopted', adoptedOn: event.data.adoptedOn, instrument: event.data.instrument };
    case 'PlanRevised':
      return { ...view, revision, ...event.data.changes };
    case 'PlanClosed':
      return { ...view, revision, status: 'closed' };
    default:
      return { ...view, revision };
  }
}

export const planProjection = documentProjection<PlanView, PlanEvent>({
  name: 'plans',
  table: 'plan_view',
  aggregate: 'plan',
  evolve: evolvePlanView,
  columns: [
    { name: 'code', type: 'text', value: (v) => v.code },
    { name: 'status', type: 'text', value: (v) => v.status },
  ],
});
