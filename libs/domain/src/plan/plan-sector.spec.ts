import { given, stateAfter } from '../shared/decider-spec.js';
import { planDecider } from './plan.decider.js';
import { aDraftPlan, aPlanDrafted, PLAN_ID } from './plan.fixtures.js';

describe('plan decider: the default sector of IATI exports', () => {
  it('keeps a DAC purpose code given when drafted, and refuses an unknown one', () => {
    given(planDecider, []).when(aDraftPlan({ defaultSectorCode: '15190' })).then([aPlanDrafted({ defaultSectorCode: '15190' })]);
    given(planDecider, []).when(aDraftPlan({ defaultSectorCode: '15X90' })).thenThrows('UNKNOWN_SECTOR_CODE', 'defaultSectorCode');
  });

  it('amends it: only what changes, before and after', () => {
    const drafted = aPlanDrafted({ defaultSectorCode: '15190' });
    given(planDecider, [drafted])
      .when({ type: 'AmendPlan', data: { planId: PLAN_ID, defaultSectorCode: '24050', reason: 'remittances' } })
      .then([{ type: 'PlanAmended', data: { before: { defaultSectorCode: '15190' }, after: { defaultSectorCode: '24050' }, reason: 'remittances' } }]);
    expect(stateAfter(planDecider, [drafted, { type: 'PlanAmended', data: { before: {}, after: { defaultSectorCode: '24050' }, reason: 'x' } }])).toMatchObject({ defaultSectorCode: '24050' });
    given(planDecider, [drafted]).when({ type: 'AmendPlan', data: { planId: PLAN_ID, defaultSectorCode: '1', reason: 'x' } }).thenThrows('UNKNOWN_SECTOR_CODE', 'defaultSectorCode');
  });
});
