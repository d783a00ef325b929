import { given } from '../shared/decider-spec.js';
import type { RecodePlan } from './plan.commands.js';
import type { PlanRecoded } from './plan.events.js';
import { planDecider } from './plan.decider.js';
import { anObjectiveAdded, aPlanAdopted, aPlanClosed, aPlanDrafted, PLAN_ID } from './plan.fixtures.js';
import { planContextOf } from './plan.state.js';

const REASON = 'typed 2051 for 2015';
const recode = (code: string, reason = REASON): RecodePlan => ({ type: 'RecodePlan', data: { planId: PLAN_ID, code, reason } });
const recoded = (before: string, after: string): PlanRecoded => ({
  type: 'PlanRecoded',
  data: { before: { code: before }, after: { code: after }, reason: REASON },
});

describe('plan decider: RecodePlan (a correction of the code)', () => {
  it('corrects the code of a draft plan, before and after; the plan keeps the new one and nothing else changes', () => {
    const state = given(planDecider, [aPlanDrafted({ code: 'TJ-DIASPORA-2051-2020' }), anObjectiveAdded()])
      .when(recode('TJ-DIASPORA-2015-2020'))
      .then([recoded('TJ-DIASPORA-2051-2020', 'TJ-DIASPORA-2015-2020')]);
    expect(state).toMatchObject({ status: 'draft', code: 'TJ-DIASPORA-2015-2020', title: aPlanDrafted().data.title, periodStart: '2015-01-01' });
    expect(planContextOf(state)?.objectiveIds).toEqual([anObjectiveAdded().data.objectiveId]);
  });

  it.each([
    ['adopted', [aPlanDrafted(), aPlanAdopted()]],
    ['closed', [aPlanDrafted(), aPlanAdopted(), aPlanClosed()]],
  ])('corrects the code of an %s plan too, which stays so', (status, history) => {
    const state = given(planDecider, history)
      .when(recode('TJ-DIASPORA-2015-2020-A'))
      .then([recoded('TJ-DIASPORA-2015-2020', 'TJ-DIASPORA-2015-2020-A')]);
    expect(state).toMatchObject({ status, code: 'TJ-DIASPORA-2015-2020-A' });
  });

  it('records another spelling of the same code (the record keeps the spelling it is given), and nothing for the code stored', () => {
    given(planDecider, [aPlanDrafted({ code: 'tj-diaspora-2015-2020' })])
      .when(recode('TJ-DIASPORA-2015-2020'))
      .then([recoded('tj-diaspora-2015-2020', 'TJ-DIASPORA-2015-2020')]);
    given(planDecider, [aPlanDrafted()]).when(recode('TJ-DIASPORA-2015-2020')).then([]);
  });

  it('refuses an unknown plan, a blank reason, and a code an IATI identifier cannot hold', () => {
    given(planDecider, []).when(recode('TJ-2015')).thenThrows('PLAN_NOT_FOUND');
    given(planDecider, [aPlanDrafted()]).when(recode('TJ-2015', '\u200b')).thenThrows('REASON_REQUIRED', 'reason');
    for (const code of ['  ', 'TJ 2015', 'TJ/2015', '']) given(planDecider, [aPlanDrafted()]).when(recode(code)).thenThrows('INVALID_CODE', 'code');
  });
});
