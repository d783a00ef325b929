import { given, stateAfter } from '../shared/decider-spec.js';
import { planDecider } from './plan.decider.js';
import {
  aClosePlan,
  aDraftPlan,
  anAddObjective,
  anAdoptPlan,
  anObjectiveAdded,
  aPlanAdopted,
  aPlanClosed,
  aPlanDrafted,
  aPlanRevised,
  aRevisePlan,
  OBJECTIVE_ID,
  PLAN_ID,
  SUB_OBJECTIVE_ID,
} from './plan.fixtures.js';
import { planContextOf } from './plan.state.js';

describe('plan decider', () => {
  describe('DraftPlan', () => {
    it('drafts a plan', () => {
      given(planDecider, []).when(aDraftPlan()).then([aPlanDrafted()]);
    });

    it('keeps the optional predecessor, coordinating body and translated titles', () => {
      const extra = {
        predecessorPlanId: '0a5e8f4e-2011-4c4e-9a31-000000000001',
        coordinatingBody: 'Inter-ministerial commission',
        title: { en: 'Engagement of the Tajik Diaspora', ru: 'Привлечение диаспоры', tg: 'Ҷалби диаспора' },
      };
      given(planDecider, []).when(aDraftPlan(extra)).then([aPlanDrafted(extra)]);
    });

    it('accepts a one-day period', () => {
      given(planDecider, [])
        .when(aDraftPlan({ periodStart: '2015-01-01', periodEnd: '2015-01-01' }))
        .then([aPlanDrafted({ periodStart: '2015-01-01', periodEnd: '2015-01-01' })]);
    });

    it('refuses a period that ends before it starts', () => {
      given(planDecider, []).when(aDraftPlan({ periodStart: '2015-01-01', periodEnd: '2014-12-31' })).thenThrows('PERIOD_END_BEFORE_START', 'periodEnd');
    });

    it('refuses a period date that is not a date', () => {
      given(planDecider, []).when(aDraftPlan({ periodStart: '2015-13-01' })).thenThrows('INVALID_DATE', 'periodStart');
    });

    it('refuses a plan that is its own predecessor', () => {
      given(planDecider, []).when(aDraftPlan({ predecessorPlanId: PLAN_ID })).thenThrows('PLAN_CANNOT_SUCCEED_ITSELF', 'predecessorPlanId');
    });

    it('refuses to draft the same plan twice', () => {
      given(planDecider, [aPlanDrafted()]).when(aDraftPlan()).thenThrows('PLAN_ALREADY_EXISTS');
    });
  });

  describe('AddObjective', () => {
    it('adds a top-level objective to a draft', () => {
      given(planDecider, [aPlanDrafted()]).when(anAddObjective()).then([anObjectiveAdded()]);
    });

    it('adds a sub-objective under an existing objective', () => {
      given(planDecider, [aPlanDrafted(), anObjectiveAdded()])
        .when(anAddObjective({ objectiveId: SUB_OBJECTIVE_ID, code: '2.1', parentObjectiveId: OBJECTIVE_ID }))
        .then([anObjectiveAdded({ objectiveId: SUB_OBJECTIVE_ID, code: '2.1', parentObjectiveId: OBJECTIVE_ID })]);
    });

    it('adds an objective to an adopted plan (an amendment)', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted()]).when(anAddObjective()).then([anObjectiveAdded()]);
    });

    it('refuses a parent objective that is not in the plan', () => {
      given(planDecider, [aPlanDrafted()])
        .when(anAddObjective({ objectiveId: SUB_OBJECTIVE_ID, code: '2.1', parentObjectiveId: OBJECTIVE_ID }))
        .thenThrows('PARENT_OBJECTIVE_NOT_FOUND', 'parentObjectiveId');
    });

    it('refuses an objective code already used in the plan', () => {
      given(planDecider, [aPlanDrafted(), anObjectiveAdded()])
        .when(anAddObjective({ objectiveId: SUB_OBJECTIVE_ID }))
        .thenThrows('OBJECTIVE_CODE_TAKEN', 'code');
    });

    it('refuses an objective id already in the plan', () => {
      given(planDecider, [aPlanDrafted(), anObjectiveAdded()]).when(anAddObjective({ code: '3' })).thenThrows('OBJECTIVE_ALREADY_EXISTS', 'objectiveId');
    });

    it('refuses an objective for a plan that does not exist', () => {
      given(planDecider, []).when(anAddObjective()).thenThrows('PLAN_NOT_FOUND');
    });

    it('refuses an objective for a closed plan', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted(), aPlanClosed()]).when(anAddObjective()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('AdoptPlan', () => {
    it('adopts a draft, effective on the adoption date', () => {
      given(planDecider, [aPlanDrafted()]).when(anAdoptPlan()).then([aPlanAdopted()]);
    });

    it('adopts a plan late, inside its period', () => {
      given(planDecider, [aPlanDrafted()])
        .when(anAdoptPlan({ adoptedOn: '2015-11-30' }))
        .then([aPlanAdopted({ adoptedOn: '2015-11-30', effectiveOn: '2015-11-30' })]);
    });

    it('refuses to adopt a plan twice', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted()]).when(anAdoptPlan()).thenThrows('PLAN_ALREADY_ADOPTED');
    });

    it('refuses to adopt a closed plan', () => {
      given(planDecider, [aPlanDrafted(), aPlanClosed({ reason: 'abandoned' })]).when(anAdoptPlan()).thenThrows('TERMINAL_STATE');
    });

    it('refuses to adopt a plan that does not exist', () => {
      given(planDecider, []).when(anAdoptPlan()).thenThrows('PLAN_NOT_FOUND');
    });

    it('refuses an adoption after the plan period', () => {
      given(planDecider, [aPlanDrafted({ periodEnd: '2015-12-31' })])
        .when(anAdoptPlan({ adoptedOn: '2016-01-01' }))
        .thenThrows('ADOPTION_AFTER_PLAN_PERIOD', 'adoptedOn');
    });

    it('refuses an adoption date in the future', () => {
      given(planDecider, [aPlanDrafted()]).when(anAdoptPlan({ adoptedOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'adoptedOn');
    });

    it('refuses an adoption without an instrument', () => {
      given(planDecider, [aPlanDrafted()]).when(anAdoptPlan({ instrument: '  ' })).thenThrows('INSTRUMENT_REQUIRED', 'instrument');
    });
  });

  describe('RevisePlan', () => {
    it('revises the period of an adopted plan, with a reason', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted()]).when(aRevisePlan()).then([aPlanRevised()]);
    });

    it('records only the fields that actually change', () => {
      given(planDecider, [aPlanDrafted()])
        .when(aRevisePlan({ changes: { periodStart: '2015-01-01', periodEnd: '2021-06-30', coordinatingBody: 'Commission' } }))
        .then([aPlanRevised({ changes: { periodEnd: '2021-06-30', coordinatingBody: 'Commission' } })]);
    });

    it('refuses a revision without a reason', () => {
      given(planDecider, [aPlanDrafted()]).when(aRevisePlan({ reason: '' })).thenThrows('REASON_REQUIRED', 'reason');
    });

    it('refuses a revision that changes nothing', () => {
      given(planDecider, [aPlanDrafted()])
        .when(aRevisePlan({ changes: { periodEnd: '2020-12-31', title: { en: 'Engagement of the Tajik Diaspora as Development Partners' } } }))
        .thenThrows('PLAN_REVISION_EMPTY', 'changes');
    });

    it('refuses a revised period that ends before it starts', () => {
      given(planDecider, [aPlanDrafted()]).when(aRevisePlan({ changes: { periodEnd: '2014-06-30' } })).thenThrows('PERIOD_END_BEFORE_START');
    });

    it('refuses a revised period that ends before the plan was adopted', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted({ adoptedOn: '2015-11-30' })])
        .when(aRevisePlan({ changes: { periodEnd: '2015-06-30' } }))
        .thenThrows('PLAN_PERIOD_EXCLUDES_ADOPTION', 'changes.periodEnd');
    });

    it('refuses to revise a closed plan', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted(), aPlanClosed()]).when(aRevisePlan()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('ClosePlan', () => {
    it('closes an adopted plan, effective on the closing date', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted()]).when(aClosePlan()).then([aPlanClosed()]);
    });

    it('closes an abandoned draft when a reason is given', () => {
      given(planDecider, [aPlanDrafted()]).when(aClosePlan({ reason: 'superseded' })).then([aPlanClosed({ reason: 'superseded' })]);
    });

    it('refuses to close a draft without a reason', () => {
      given(planDecider, [aPlanDrafted()]).when(aClosePlan()).thenThrows('REASON_REQUIRED', 'reason');
    });

    it('refuses a closing date before the adoption', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted()]).when(aClosePlan({ closedOn: '2015-03-02' })).thenThrows('CLOSED_BEFORE_ADOPTION', 'closedOn');
    });

    it('refuses a closing date in the future', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted()]).when(aClosePlan({ closedOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'closedOn');
    });

    it('refuses to close a plan twice: closed is terminal', () => {
      given(planDecider, [aPlanDrafted(), aPlanAdopted(), aPlanClosed()]).when(aClosePlan()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('state and context', () => {
    it('folds the objective tree, the adoption and revisions', () => {
      const state = stateAfter(planDecider, [
        aPlanDrafted(),
        anObjectiveAdded(),
        anObjectiveAdded({ objectiveId: SUB_OBJECTIVE_ID, code: '2.1', parentObjectiveId: OBJECTIVE_ID }),
        aPlanAdopted(),
        aPlanRevised(),
      ]);
      expect(state).toMatchObject({ status: 'adopted', adoptedOn: '2015-03-03', periodEnd: '2021-06-30' });
      expect(planContextOf(state)).toEqual({
        planId: PLAN_ID,
        status: 'adopted',
        periodStart: '2015-01-01',
        periodEnd: '2021-06-30',
        objectiveIds: [OBJECTIVE_ID, SUB_OBJECTIVE_ID],
        disaggregations: [],
        objectiveIndicators: [],
        approval: false,
      });
    });

    it('keeps the adoption date when the plan closes', () => {
      const state = stateAfter(planDecider, [aPlanDrafted(), aPlanAdopted(), aPlanClosed()]);
      expect(state).toMatchObject({ status: 'closed', adoptedOn: '2015-03-03', closedOn: '2016-01-31' });
    });

    it('has no context for a plan that does not exist', () => {
      expect(planContextOf(stateAfter(planDecider, []))).toBeUndefined();
    });
  });
});
