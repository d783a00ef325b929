import { given, stateAfter } from '../shared/decider-spec.js';
import { aHeldSessionContext, aScheduledSessionContext, SESSION_ID } from '../commission-session/commission-session.fixtures.js';
import type { DecisionKind } from './decision.events.js';
import { decisionDecider } from './decision.decider.js';
import {
  aDecisionFollowUpAdded,
  aDecisionImplemented,
  aDecisionRecorded,
  aDecisionRevoked,
  anAddDecisionFollowUp,
  aMarkDecisionImplemented,
  aRecordDecision,
  aRevokeDecision,
  DECISION_ID,
  RECOMMENDATION_ID,
} from './decision.fixtures.js';
import { decisionContextOf } from './decision.state.js';

const evidence = [{ title: 'Report to the commission', url: 'https://example.org/report.pdf' }];

describe('decision decider', () => {
  describe('RecordDecision', () => {
    it('records a decision at a held session, effective on the day it was held', () => {
      given(decisionDecider, []).when(aRecordDecision()).then([aDecisionRecorded()]);
    });

    it('records a decision without a due date', () => {
      given(decisionDecider, []).when(aRecordDecision({ dueDate: undefined })).then([aDecisionRecorded({ dueDate: undefined })]);
    });

    it('refuses a decision at a session that was not held', () => {
      given(decisionDecider, [])
        .when(aRecordDecision({ context: { session: aScheduledSessionContext() } }))
        .thenThrows('SESSION_NOT_HELD', 'sessionId');
    });

    it('refuses a session context that is not the session named', () => {
      given(decisionDecider, [])
        .when(aRecordDecision({ context: { session: aHeldSessionContext({ sessionId: 'another-session' }) } }))
        .thenThrows('CONTEXT_MISMATCH', 'sessionId');
    });

    it('accepts a due date on the day of the session', () => {
      given(decisionDecider, []).when(aRecordDecision({ dueDate: '2016-02-20' })).then([aDecisionRecorded({ dueDate: '2016-02-20' })]);
    });

    it('refuses a due date before the session', () => {
      given(decisionDecider, []).when(aRecordDecision({ dueDate: '2016-02-19' })).thenThrows('DUE_DATE_BEFORE_DECISION', 'dueDate');
    });

    it('refuses a due date that is not a date', () => {
      given(decisionDecider, []).when(aRecordDecision({ dueDate: '30.06.2016' })).thenThrows('INVALID_DATE', 'dueDate');
    });

    it('refuses an unknown kind', () => {
      given(decisionDecider, []).when(aRecordDecision({ kind: 'veto' as DecisionKind })).thenThrows('INVALID_DECISION_KIND', 'kind');
    });

    it('records a decision on recommendations that names them', () => {
      const onRecommendation = { kind: 'accept_recommendation' as const, relatedRecommendationIds: [RECOMMENDATION_ID] };
      given(decisionDecider, []).when(aRecordDecision(onRecommendation)).then([aDecisionRecorded(onRecommendation)]);
    });

    it('refuses a decision on recommendations that names none', () => {
      given(decisionDecider, [])
        .when(aRecordDecision({ kind: 'defer_recommendation', relatedRecommendationIds: [] }))
        .thenThrows('RECOMMENDATION_REQUIRED_FOR_KIND', 'relatedRecommendationIds');
    });

    it('refuses to record the same decision twice', () => {
      given(decisionDecider, [aDecisionRecorded()]).when(aRecordDecision()).thenThrows('DECISION_ALREADY_RECORDED');
    });
  });

  describe('AddDecisionFollowUp', () => {
    it('adds a follow-up note to an open decision', () => {
      given(decisionDecider, [aDecisionRecorded()]).when(anAddDecisionFollowUp({ evidence })).then([aDecisionFollowUpAdded({ evidence })]);
    });

    it('refuses a blank note', () => {
      given(decisionDecider, [aDecisionRecorded()]).when(anAddDecisionFollowUp({ note: '' })).thenThrows('NOTE_REQUIRED', 'note');
    });

    it('refuses a follow-up on an implemented decision', () => {
      given(decisionDecider, [aDecisionRecorded(), aDecisionImplemented()]).when(anAddDecisionFollowUp()).thenThrows('TERMINAL_STATE');
    });

    it('refuses a follow-up on a decision that does not exist', () => {
      given(decisionDecider, []).when(anAddDecisionFollowUp()).thenThrows('DECISION_NOT_FOUND');
    });
  });

  describe('MarkDecisionImplemented', () => {
    it('marks an open decision implemented, effective on the implementation date', () => {
      given(decisionDecider, [aDecisionRecorded(), aDecisionFollowUpAdded()])
        .when(aMarkDecisionImplemented({ note: 'Report received', evidence }))
        .then([aDecisionImplemented({ note: 'Report received', evidence })]);
    });

    it('refuses an implementation date before the decision', () => {
      given(decisionDecider, [aDecisionRecorded()]).when(aMarkDecisionImplemented({ implementedOn: '2016-02-19' })).thenThrows('IMPLEMENTED_BEFORE_DECISION', 'implementedOn');
    });

    it('refuses an implementation date in the future', () => {
      given(decisionDecider, [aDecisionRecorded()]).when(aMarkDecisionImplemented({ implementedOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'implementedOn');
    });

    it('refuses to implement a decision twice: implemented is terminal', () => {
      given(decisionDecider, [aDecisionRecorded(), aDecisionImplemented()]).when(aMarkDecisionImplemented()).thenThrows('TERMINAL_STATE');
    });

    it('refuses to implement a revoked decision', () => {
      given(decisionDecider, [aDecisionRecorded(), aDecisionRevoked()]).when(aMarkDecisionImplemented()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('RevokeDecision', () => {
    it('revokes an open decision, with a reason and the revoking decision', () => {
      given(decisionDecider, [aDecisionRecorded()])
        .when(aRevokeDecision({ revokedByDecisionId: 'dec15100-2016-4c4e-9a31-000000000005' }))
        .then([aDecisionRevoked({ revokedByDecisionId: 'dec15100-2016-4c4e-9a31-000000000005' })]);
    });

    it('refuses a revocation without a reason', () => {
      given(decisionDecider, [aDecisionRecorded()]).when(aRevokeDecision({ reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
    });

    it('refuses to revoke a revoked decision', () => {
      given(decisionDecider, [aDecisionRecorded(), aDecisionRevoked()]).when(aRevokeDecision()).thenThrows('TERMINAL_STATE');
    });

    it('refuses to revoke an implemented decision', () => {
      given(decisionDecider, [aDecisionRecorded(), aDecisionImplemented()]).when(aRevokeDecision()).thenThrows('TERMINAL_STATE');
    });
  });

  it('gives the context recommendation rules need', () => {
    expect(decisionContextOf(stateAfter(decisionDecider, []))).toBeUndefined();
    const state = stateAfter(decisionDecider, [aDecisionRecorded({ kind: 'accept_recommendation', relatedRecommendationIds: [RECOMMENDATION_ID] }), aDecisionRevoked()]);
    expect(decisionContextOf(state)).toEqual({
      decisionId: DECISION_ID,
      sessionId: SESSION_ID,
      status: 'revoked',
      kind: 'accept_recommendation',
      decidedOn: '2016-02-20',
      relatedRecommendationIds: [RECOMMENDATION_ID],
    });
  });
});
