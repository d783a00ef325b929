import type { AddObjective, AdoptPlan, ClosePlan, DraftPlan, RevisePlan } from './plan.commands.js';
import type { ObjectiveAdded, PlanAdopted, PlanClosed, PlanDrafted, PlanRevised } from './plan.events.js';
import type { PlanContext } from './plan.state.js';

export const PLAN_ID = '0a5e8f4e-2015-4c4e-9a31-000000000001';
export const OBJECTIVE_ID = '0a5e8f4e-2015-4c4e-9a31-0000000000a1';
export const SUB_OBJECTIVE_ID = '0a5e8f4e-2015-4c4e-9a31-0000000000a2';
export const TODAY = '2016-03-01';

export function aDraftPlan(overrides: Partial<DraftPlan['data']> = {}): DraftPlan {
  return {
    type: 'DraftPlan',
    data: {
      planId: PLAN_ID,
      code: 'TJ-DIASPORA-2015-2020',
      title: { en: 'Engagement of the Tajik Diaspora as Development Partners' },
      periodStart: '2015-01-01',
      periodEnd: '2020-12-31',
      today: TODAY,
      ...overrides,
    },
  };
}

export function aPlanDrafted(overrides: Partial<PlanDrafted['data']> = {}): PlanDrafted {
  return {
    type: 'PlanDrafted',
    data: {
      planId: PLAN_ID,
      code: 'TJ-DIASPORA-2015-2020',
      title: { en: 'Engagement of the Tajik Diaspora as Development Partners' },
      periodStart: '2015-01-01',
      periodEnd: '2020-12-31',
      effectiveOn: '2015-01-01', // periodStart: the default date of a plan drafted without effectiveOn
      ...overrides,
    },
  };
}

export function anAddObjective(overrides: Partial<AddObjective['data']> = {}): AddObjective {
  return {
    type: 'AddObjective',
    data: { planId: PLAN_ID, objectiveId: OBJECTIVE_ID, code: '2', titles: { en: 'Diaspora investment' }, today: TODAY, ...overrides },
  };
}

export function anObjectiveAdded(overrides: Partial<ObjectiveAdded['data']> = {}): ObjectiveAdded {
  return { type: 'ObjectiveAdded', data: { objectiveId: OBJECTIVE_ID, code: '2', titles: { en: 'Diaspora investment' }, effectiveOn: '2015-01-01', ...overrides } };
}

export function anAdoptPlan(overrides: Partial<AdoptPlan['data']> = {}): AdoptPlan {
  return { type: 'AdoptPlan', data: { planId: PLAN_ID, adoptedOn: '2015-03-03', instrument: 'Government Decree No. 123', today: TODAY, ...overrides } };
}

export function aPlanAdopted(overrides: Partial<PlanAdopted['data']> = {}): PlanAdopted {
  return { type: 'PlanAdopted', data: { adoptedOn: '2015-03-03', instrument: 'Government Decree No. 123', effectiveOn: '2015-03-03', ...overrides } };
}

export function aRevisePlan(overrides: Partial<RevisePlan['data']> = {}): RevisePlan {
  return {
    type: 'RevisePlan',
    data: { planId: PLAN_ID, changes: { periodEnd: '2021-06-30' }, reason: 'extended by the commission', today: TODAY, ...overrides },
  };
}

export function aPlanRevised(overrides: Partial<PlanRevised['data']> = {}): PlanRevised {
  return { type: 'PlanRevised', data: { changes: { periodEnd: '2021-06-30' }, reason: 'extended by the commission', effectiveOn: TODAY, ...overrides } };
}

export function aClosePlan(overrides: Partial<ClosePlan['data']> = {}): ClosePlan {
  return { type: 'ClosePlan', data: { planId: PLAN_ID, closedOn: '2016-01-31', today: TODAY, ...overrides } };
}

export function aPlanClosed(overrides: Partial<PlanClosed['data']> = {}): PlanClosed {
  return { type: 'PlanClosed', data: { closedOn: '2016-01-31', effectiveOn: '2016-01-31', ...overrides } };
}

/** The context an activity command carries about this plan: adopted, 2015–2020, one objective. */
export function aPlanContext(overrides: Partial<PlanContext> = {}): PlanContext {
  return { planId: PLAN_ID, status: 'adopted', periodStart: '2015-01-01', periodEnd: '2020-12-31', objectiveIds: [OBJECTIVE_ID], disaggregations: [], objectiveIndicators: [], approval: false, ...overrides };
}
