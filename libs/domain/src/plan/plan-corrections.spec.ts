import { given, stateAfter } from '../shared/decider-spec.js';
import type { ObjectiveRemoved } from './plan.events.js';
import { planDecider } from './plan.decider.js';
import { anObjectiveAdded, aPlanClosed, aPlanDrafted, OBJECTIVE_ID, PLAN_ID, SUB_OBJECTIVE_ID } from './plan.fixtures.js';

const REASON = 'entered from a draft';
const withObjective = () => [aPlanDrafted(), anObjectiveAdded()];

describe('plan decider: corrections', () => {
  it('amends the titles and the coordinating body: only what changes, before and after; also on a closed plan', () => {
    const title = { ...aPlanDrafted().data.title, ru: 'Вовлечение диаспоры' };
    given(planDecider, [aPlanDrafted(), aPlanClosed({ reason: 'abandoned' })])
      .when({ type: 'AmendPlan', data: { planId: PLAN_ID, title, coordinatingBody: 'Commission', reason: REASON } })
      .then([{ type: 'PlanAmended', data: { before: { title: aPlanDrafted().data.title }, after: { title, coordinatingBody: 'Commission' }, reason: REASON } }]);
  });

  it('removes the coordinating body and the default sector with null; removing them again records nothing', () => {
    const drafted = aPlanDrafted({ coordinatingBody: 'Commission', defaultSectorCode: '15190' });
    const removed = { type: 'PlanAmended' as const, data: { before: { coordinatingBody: 'Commission', defaultSectorCode: '15190' }, after: { coordinatingBody: null, defaultSectorCode: null }, reason: REASON } };
    const state = given(planDecider, [drafted]).when({ type: 'AmendPlan', data: { planId: PLAN_ID, coordinatingBody: null, defaultSectorCode: null, reason: REASON } }).then([removed]);
    expect(state).not.toHaveProperty('coordinatingBody');
    expect(state).not.toHaveProperty('defaultSectorCode');
    given(planDecider, [drafted, removed]).when({ type: 'AmendPlan', data: { planId: PLAN_ID, coordinatingBody: null, reason: REASON } }).then([]);
  });

  it('refuses a plan amendment with no field or a blank reason', () => {
    given(planDecider, [aPlanDrafted()]).when({ type: 'AmendPlan', data: { planId: PLAN_ID, reason: REASON } }).thenThrows('AMENDMENT_EMPTY');
    given(planDecider, [aPlanDrafted()]).when({ type: 'AmendPlan', data: { planId: PLAN_ID, coordinatingBody: 'x', reason: '' } }).thenThrows('REASON_REQUIRED', 'reason');
  });

  it('amends an objective’s code and title; refuses a code another objective has, an unknown objective', () => {
    const code = anObjectiveAdded().data.code;
    given(planDecider, withObjective())
      .when({ type: 'AmendObjective', data: { planId: PLAN_ID, objectiveId: OBJECTIVE_ID, code: '3', titles: anObjectiveAdded().data.titles, reason: REASON } })
      .then([{ type: 'ObjectiveAmended', data: { objectiveId: OBJECTIVE_ID, before: { code }, after: { code: '3' }, reason: REASON } }]);
    const two = [...withObjective(), anObjectiveAdded({ objectiveId: SUB_OBJECTIVE_ID, code: '2.1', parentObjectiveId: OBJECTIVE_ID })];
    given(planDecider, two).when({ type: 'AmendObjective', data: { planId: PLAN_ID, objectiveId: SUB_OBJECTIVE_ID, code, reason: REASON } }).thenThrows('OBJECTIVE_CODE_TAKEN', 'code');
    given(planDecider, [aPlanDrafted()]).when({ type: 'AmendObjective', data: { planId: PLAN_ID, objectiveId: OBJECTIVE_ID, code: '3', reason: REASON } }).thenThrows('OBJECTIVE_NOT_IN_PLAN', 'objectiveId');
  });

  it('amends an objective’s title in one language, keeping the others as stored', () => {
    given(planDecider, withObjective())
      .when({ type: 'AmendObjective', data: { planId: PLAN_ID, objectiveId: OBJECTIVE_ID, titles: { ru: 'Инвестиции диаспоры' }, reason: REASON } })
      .then([{ type: 'ObjectiveAmended', data: { objectiveId: OBJECTIVE_ID, before: { titles: { en: 'Diaspora investment' } }, after: { titles: { en: 'Diaspora investment', ru: 'Инвестиции диаспоры' } }, reason: REASON } }]);
  });

  it('removes an objective with no activities and no sub-objectives; it is then no objective of the plan', () => {
    const removed: ObjectiveRemoved = { type: 'ObjectiveRemoved', data: { objectiveId: OBJECTIVE_ID, before: { code: anObjectiveAdded().data.code, titles: anObjectiveAdded().data.titles }, reason: REASON } };
    given(planDecider, withObjective()).when({ type: 'RemoveObjective', data: { planId: PLAN_ID, objectiveId: OBJECTIVE_ID, reason: REASON, context: { activityCount: 0 } } }).then([removed]);
    expect(stateAfter(planDecider, [...withObjective(), removed])).toMatchObject({ objectives: [] });
  });

  it('refuses to remove an objective with activities, with sub-objectives, or without a reason', () => {
    const remove = (activityCount: number, reason = REASON) => ({ type: 'RemoveObjective' as const, data: { planId: PLAN_ID, objectiveId: OBJECTIVE_ID, reason, context: { activityCount } } });
    given(planDecider, withObjective()).when(remove(2)).thenThrows('OBJECTIVE_HAS_ACTIVITIES', 'objectiveId');
    given(planDecider, [...withObjective(), anObjectiveAdded({ objectiveId: SUB_OBJECTIVE_ID, code: '2.1', parentObjectiveId: OBJECTIVE_ID })]).when(remove(0)).thenThrows('OBJECTIVE_HAS_CHILDREN', 'objectiveId');
    given(planDecider, withObjective()).when(remove(0, ' ')).thenThrows('REASON_REQUIRED', 'reason');
  });
});
