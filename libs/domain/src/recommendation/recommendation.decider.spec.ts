import { given, stateAfter } from '../shared/decider-spec.js';
import { aMeetingContext } from '../meeting/meeting.fixtures.js';
import { aHeldSessionContext, aScheduledSessionContext, LATER_SESSION_ID, SESSION_ID } from '../commission-session/commission-session.fixtures.js';
import { aDecisionContext } from '../decision/decision.fixtures.js';
import { recommendationDecider } from './recommendation.decider.js';
import { firstReviewOf } from './recommendation.state.js';
import {
  accepted,
  aDeferRecommendation,
  aLinkRecommendationToActivity,
  aMarkRecommendationImplemented,
  anAcceptRecommendation,
  aRecommendationAccepted,
  aRecommendationDeferred,
  aRecommendationImplemented,
  aRecommendationLinkedToActivity,
  aRecommendationRejected,
  aRecommendationScheduledForReview,
  aRecommendationSubmitted,
  aRecommendationWithdrawn,
  aRejectRecommendation,
  aScheduleRecommendationForReview,
  aSubmitRecommendation,
  aWithdrawRecommendation,
  deferred,
  PROPOSER_ID,
  scheduled,
  submitted,
} from './recommendation.fixtures.js';

const OTHER_PROPOSER_ID = '6f1c2a52-0b8e-4c4e-9a31-0000000000c2';

const LATER_DECISION_ID = 'dec15100-2016-4c4e-9a31-000000000009';
/** Session 8, scheduled for 2016-05-10. */
const laterSession = () => aScheduledSessionContext({ sessionId: LATER_SESSION_ID, scheduledOn: '2016-05-10' });
const evidence = [{ title: 'Desk opening report', url: 'https://example.org/desk.pdf' }];

describe('recommendation decider', () => {
  describe('SubmitRecommendation', () => {
    it('submits a recommendation naming its meeting, effective on the day the meeting was held', () => {
      given(recommendationDecider, []).when(aSubmitRecommendation()).then([aRecommendationSubmitted()]);
    });

    it('keeps an explicit effectiveOn and the plan it concerns', () => {
      const planId = '0a5e8f4e-2015-4c4e-9a31-000000000001';
      given(recommendationDecider, [])
        .when(aSubmitRecommendation({ planId, effectiveOn: '2015-12-01' }))
        .then([aRecommendationSubmitted({ planId, effectiveOn: '2015-12-01' })]);
    });

    it('keeps several proposers', () => {
      const proposers = [PROPOSER_ID, OTHER_PROPOSER_ID];
      given(recommendationDecider, []).when(aSubmitRecommendation({ proposedByOrganizationIds: proposers })).then([aRecommendationSubmitted({ proposedByOrganizationIds: proposers })]);
    });

    it('refuses a recommendation made before its meeting took place', () => {
      given(recommendationDecider, []).when(aSubmitRecommendation({ effectiveOn: '2015-11-17' })).thenThrows('RECOMMENDATION_BEFORE_MEETING', 'effectiveOn');
    });

    it('refuses a recommendation without a proposer', () => {
      given(recommendationDecider, []).when(aSubmitRecommendation({ proposedByOrganizationIds: [] })).thenThrows('PROPOSER_REQUIRED', 'proposedByOrganizationIds');
    });

    it('refuses a context of another meeting', () => {
      given(recommendationDecider, [])
        .when(aSubmitRecommendation({ context: { meeting: aMeetingContext({ meetingId: '9e7a1c3d-2015-4118-9a31-000000000099' }) } }))
        .thenThrows('CONTEXT_MISMATCH', 'meetingId');
    });

    it('refuses to submit the same recommendation twice', () => {
      given(recommendationDecider, submitted()).when(aSubmitRecommendation()).thenThrows('RECOMMENDATION_ALREADY_SUBMITTED');
    });
  });

  describe('ScheduleRecommendationForReview', () => {
    it('schedules a submitted recommendation for a (back-filled) session, effective no later than the session', () => {
      given(recommendationDecider, submitted()).when(aScheduleRecommendationForReview()).then([aRecommendationScheduledForReview()]);
    });

    it('schedules for a future session, effective today', () => {
      given(recommendationDecider, submitted())
        .when(aScheduleRecommendationForReview({ sessionId: LATER_SESSION_ID, context: { session: laterSession() } }))
        .then([aRecommendationScheduledForReview({ sessionId: LATER_SESSION_ID, effectiveOn: '2016-03-01' })]);
    });

    it('schedules a deferred recommendation again for a later session', () => {
      given(recommendationDecider, deferred())
        .when(aScheduleRecommendationForReview({ sessionId: LATER_SESSION_ID, context: { session: laterSession() } }))
        .then([aRecommendationScheduledForReview({ sessionId: LATER_SESSION_ID, effectiveOn: '2016-03-01' })]);
    });

    it('refuses to schedule a deferred recommendation again for the session that deferred it', () => {
      given(recommendationDecider, deferred()).when(aScheduleRecommendationForReview()).thenThrows('ALREADY_REVIEWED_AT_SESSION', 'sessionId');
    });

    it('refuses to schedule a deferred recommendation for an earlier session', () => {
      const earlier = aHeldSessionContext({ sessionId: LATER_SESSION_ID, scheduledOn: '2016-01-15', heldOn: '2016-01-15' });
      given(recommendationDecider, deferred())
        .when(aScheduleRecommendationForReview({ sessionId: LATER_SESSION_ID, context: { session: earlier } }))
        .thenThrows('SESSION_NOT_LATER', 'sessionId');
    });

    it('refuses a session held before the recommendation was made', () => {
      const before = aHeldSessionContext({ scheduledOn: '2015-10-01', heldOn: '2015-10-01' });
      given(recommendationDecider, submitted()).when(aScheduleRecommendationForReview({ context: { session: before } })).thenThrows('SESSION_NOT_LATER', 'sessionId');
    });

    it('judges the session against its meeting’s date as it stands now, when the meeting was corrected', () => {
      const session = aHeldSessionContext({ scheduledOn: '2015-12-01', heldOn: '2015-12-01' });
      const moved = aMeetingContext({ heldOn: '2015-12-10' });
      given(recommendationDecider, submitted()).when(aScheduleRecommendationForReview({ context: { session, meeting: moved } })).thenThrows('SESSION_NOT_LATER', 'sessionId');
      given(recommendationDecider, submitted())
        .when(aScheduleRecommendationForReview({ context: { session, meeting: aMeetingContext() } }))
        .then([aRecommendationScheduledForReview({ effectiveOn: '2015-12-01' })]);
    });

    it('remembers the first review, which its meeting cannot be moved after', () => {
      expect(firstReviewOf(stateAfter(recommendationDecider, submitted()))).toBeUndefined();
      const later = [aRecommendationScheduledForReview({ sessionId: LATER_SESSION_ID }), aRecommendationAccepted({ sessionId: LATER_SESSION_ID, effectiveOn: '2016-05-10' })];
      expect(firstReviewOf(stateAfter(recommendationDecider, [...deferred(), ...later]))).toBe('2016-02-20');
    });

    it('refuses to schedule a recommendation already scheduled', () => {
      given(recommendationDecider, scheduled())
        .when(aScheduleRecommendationForReview({ sessionId: LATER_SESSION_ID, context: { session: laterSession() } }))
        .thenThrows('RECOMMENDATION_ALREADY_SCHEDULED');
    });

    it('refuses to schedule an accepted recommendation', () => {
      given(recommendationDecider, accepted())
        .when(aScheduleRecommendationForReview({ sessionId: LATER_SESSION_ID, context: { session: laterSession() } }))
        .thenThrows('RECOMMENDATION_ALREADY_ACCEPTED');
    });

    it('refuses to schedule a rejected recommendation: rejected is terminal', () => {
      given(recommendationDecider, [...scheduled(), aRecommendationRejected()])
        .when(aScheduleRecommendationForReview({ sessionId: LATER_SESSION_ID, context: { session: laterSession() } }))
        .thenThrows('TERMINAL_STATE');
    });

    it('refuses a session context that is not the session named', () => {
      given(recommendationDecider, submitted())
        .when(aScheduleRecommendationForReview({ sessionId: LATER_SESSION_ID }))
        .thenThrows('CONTEXT_MISMATCH', 'sessionId');
    });

    it('refuses a recommendation that does not exist', () => {
      given(recommendationDecider, []).when(aScheduleRecommendationForReview()).thenThrows('RECOMMENDATION_NOT_FOUND');
    });
  });

  describe('AcceptRecommendation, RejectRecommendation, DeferRecommendation', () => {
    it('accepts by a decision of the scheduled session, effective on the day of the session', () => {
      given(recommendationDecider, scheduled()).when(anAcceptRecommendation()).then([aRecommendationAccepted()]);
    });

    it('rejects by a decision of the scheduled session, with the reason', () => {
      given(recommendationDecider, scheduled())
        .when(aRejectRecommendation({ reason: 'duplicates activity 2.3' }))
        .then([aRecommendationRejected({ reason: 'duplicates activity 2.3' })]);
    });

    it('defers by a decision of the scheduled session', () => {
      given(recommendationDecider, scheduled()).when(aDeferRecommendation()).then([aRecommendationDeferred()]);
    });

    it('accepts by a decision of another kind that names the recommendation', () => {
      given(recommendationDecider, scheduled())
        .when(anAcceptRecommendation({ context: { decision: aDecisionContext({ kind: 'other' }) } }))
        .then([aRecommendationAccepted()]);
    });

    it('accepts at a later session after a deferral', () => {
      const laterDecision = aDecisionContext({ decisionId: LATER_DECISION_ID, sessionId: LATER_SESSION_ID, decidedOn: '2016-05-10' });
      given(recommendationDecider, [...deferred(), aRecommendationScheduledForReview({ sessionId: LATER_SESSION_ID })])
        .when(anAcceptRecommendation({ decisionId: LATER_DECISION_ID, today: '2016-06-01', context: { decision: laterDecision } }))
        .then([aRecommendationAccepted({ decisionId: LATER_DECISION_ID, sessionId: LATER_SESSION_ID, effectiveOn: '2016-05-10' })]);
    });

    it('refuses a decision of a session other than the scheduled one', () => {
      const otherSessionDecision = aDecisionContext({ decisionId: LATER_DECISION_ID, sessionId: LATER_SESSION_ID });
      given(recommendationDecider, scheduled())
        .when(anAcceptRecommendation({ decisionId: LATER_DECISION_ID, context: { decision: otherSessionDecision } }))
        .thenThrows('DECISION_NOT_OF_SCHEDULED_SESSION', 'decisionId');
    });

    it('refuses a recommendation that was not scheduled for review', () => {
      given(recommendationDecider, submitted()).when(anAcceptRecommendation()).thenThrows('RECOMMENDATION_NOT_SCHEDULED');
    });

    it('refuses a second decision at the same session (accepting twice)', () => {
      given(recommendationDecider, accepted()).when(anAcceptRecommendation()).thenThrows('ALREADY_REVIEWED_AT_SESSION', 'decisionId');
    });

    it('refuses a second decision at the same session (accepting after deferring)', () => {
      given(recommendationDecider, deferred()).when(anAcceptRecommendation()).thenThrows('ALREADY_REVIEWED_AT_SESSION', 'decisionId');
    });

    it('refuses a revoked decision', () => {
      given(recommendationDecider, scheduled())
        .when(anAcceptRecommendation({ context: { decision: aDecisionContext({ status: 'revoked' }) } }))
        .thenThrows('DECISION_REVOKED', 'decisionId');
    });

    it('refuses a decision that does not name the recommendation', () => {
      given(recommendationDecider, scheduled())
        .when(anAcceptRecommendation({ context: { decision: aDecisionContext({ relatedRecommendationIds: [] }) } }))
        .thenThrows('DECISION_NOT_ABOUT_RECOMMENDATION', 'decisionId');
    });

    it('refuses to accept by a decision to reject', () => {
      given(recommendationDecider, scheduled())
        .when(anAcceptRecommendation({ context: { decision: aDecisionContext({ kind: 'reject_recommendation' }) } }))
        .thenThrows('DECISION_KIND_MISMATCH', 'decisionId');
    });

    it('refuses a decision context that is not the decision named', () => {
      given(recommendationDecider, scheduled()).when(anAcceptRecommendation({ decisionId: LATER_DECISION_ID })).thenThrows('CONTEXT_MISMATCH', 'decisionId');
    });

    it('refuses to review a withdrawn recommendation', () => {
      given(recommendationDecider, [...scheduled(), aRecommendationWithdrawn()]).when(aDeferRecommendation()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('LinkRecommendationToActivity', () => {
    it('links an accepted recommendation to an activity', () => {
      given(recommendationDecider, accepted()).when(aLinkRecommendationToActivity()).then([aRecommendationLinkedToActivity()]);
    });

    it('refuses to link a recommendation that was not accepted', () => {
      given(recommendationDecider, scheduled()).when(aLinkRecommendationToActivity()).thenThrows('RECOMMENDATION_NOT_ACCEPTED');
    });

    it('refuses to link the same activity twice', () => {
      given(recommendationDecider, [...accepted(), aRecommendationLinkedToActivity()]).when(aLinkRecommendationToActivity()).thenThrows('ACTIVITY_ALREADY_LINKED', 'activityId');
    });

    it('refuses to link an implemented recommendation', () => {
      given(recommendationDecider, [...accepted(), aRecommendationImplemented({ evidence })]).when(aLinkRecommendationToActivity()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('MarkRecommendationImplemented', () => {
    it('marks an accepted recommendation with a linked activity implemented', () => {
      given(recommendationDecider, [...accepted(), aRecommendationLinkedToActivity()]).when(aMarkRecommendationImplemented()).then([aRecommendationImplemented()]);
    });

    it('marks an accepted recommendation implemented on evidence alone', () => {
      given(recommendationDecider, accepted())
        .when(aMarkRecommendationImplemented({ evidence, note: 'desk opened' }))
        .then([aRecommendationImplemented({ evidence, note: 'desk opened' })]);
    });

    it('refuses an implementation with neither a linked activity nor evidence', () => {
      given(recommendationDecider, accepted()).when(aMarkRecommendationImplemented()).thenThrows('IMPLEMENTATION_EVIDENCE_REQUIRED', 'evidence');
    });

    it('refuses to implement a recommendation that was not accepted', () => {
      given(recommendationDecider, deferred()).when(aMarkRecommendationImplemented({ evidence })).thenThrows('RECOMMENDATION_NOT_ACCEPTED');
    });

    it('refuses an implementation date before the acceptance', () => {
      given(recommendationDecider, accepted())
        .when(aMarkRecommendationImplemented({ evidence, implementedOn: '2016-02-19' }))
        .thenThrows('IMPLEMENTED_BEFORE_ACCEPTANCE', 'implementedOn');
    });

    it('refuses an implementation date in the future', () => {
      given(recommendationDecider, accepted())
        .when(aMarkRecommendationImplemented({ evidence, implementedOn: '2016-03-02' }))
        .thenThrows('DATE_IN_FUTURE', 'implementedOn');
    });

    it('refuses to implement twice: implemented is terminal', () => {
      given(recommendationDecider, [...accepted(), aRecommendationImplemented({ evidence })])
        .when(aMarkRecommendationImplemented({ evidence }))
        .thenThrows('TERMINAL_STATE');
    });
  });

  describe('WithdrawRecommendation', () => {
    it('withdraws a submitted recommendation', () => {
      given(recommendationDecider, submitted()).when(aWithdrawRecommendation()).then([aRecommendationWithdrawn()]);
    });

    it('withdraws a deferred recommendation', () => {
      given(recommendationDecider, deferred()).when(aWithdrawRecommendation()).then([aRecommendationWithdrawn()]);
    });

    it('refuses to withdraw an accepted recommendation', () => {
      given(recommendationDecider, accepted()).when(aWithdrawRecommendation()).thenThrows('RECOMMENDATION_ALREADY_ACCEPTED');
    });

    it('refuses a withdrawal without a reason', () => {
      given(recommendationDecider, submitted()).when(aWithdrawRecommendation({ reason: '' })).thenThrows('REASON_REQUIRED', 'reason');
    });

    it('refuses to withdraw twice: withdrawn is terminal', () => {
      given(recommendationDecider, [...submitted(), aRecommendationWithdrawn()]).when(aWithdrawRecommendation()).thenThrows('TERMINAL_STATE');
    });
  });

  it('remembers every session that reviewed it', () => {
    const state = stateAfter(recommendationDecider, [
      ...deferred(),
      aRecommendationScheduledForReview({ sessionId: LATER_SESSION_ID }),
      aRecommendationAccepted({ sessionId: LATER_SESSION_ID, effectiveOn: '2016-05-10' }),
      aRecommendationLinkedToActivity(),
    ]);
    expect(state).toMatchObject({
      status: 'accepted',
      reviewedSessionIds: [SESSION_ID, LATER_SESSION_ID],
      lastReviewedOn: '2016-05-10',
      acceptedOn: '2016-05-10',
      linkedActivityIds: ['3c0d6a7e-0203-4c4e-9a31-000000000001'],
    });
    expect(state).not.toHaveProperty('scheduledSessionId');
  });
});
