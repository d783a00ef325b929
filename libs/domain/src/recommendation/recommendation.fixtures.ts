import { aHeldSessionContext, SESSION_ID } from '../commission-session/commission-session.fixtures.js';
import { aDecisionContext, DECISION_ID, RECOMMENDATION_ID } from '../decision/decision.fixtures.js';
import { aMeetingContext, MEETING_ID } from '../meeting/meeting.fixtures.js';
import type {
  AcceptRecommendation,
  DeferRecommendation,
  LinkRecommendationToActivity,
  MarkRecommendationImplemented,
  RejectRecommendation,
  ScheduleRecommendationForReview,
  SubmitRecommendation,
  WithdrawRecommendation,
} from './recommendation.commands.js';
import type {
  RecommendationAccepted,
  RecommendationDeferred,
  RecommendationImplemented,
  RecommendationLinkedToActivity,
  RecommendationRejected,
  RecommendationScheduledForReview,
  RecommendationSubmitted,
  RecommendationWithdrawn,
} from './recommendation.events.js';

export { RECOMMENDATION_ID };
export const PROPOSER_ID = '6f1c2a52-0b8e-4c4e-9a31-0000000000c1';
export const TARGET_AGENCY_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000001';
export const LINKED_ACTIVITY_ID = '3c0d6a7e-0203-4c4e-9a31-000000000001';
export const TODAY = '2016-03-01';

export { MEETING_ID };

export function aSubmitRecommendation(overrides: Partial<SubmitRecommendation['data']> = {}): SubmitRecommendation {
  return {
    type: 'SubmitRecommendation',
    data: {
      recommendationId: RECOMMENDATION_ID,
      meetingId: MEETING_ID,
      texts: { en: 'Open a one-stop information desk for returning migrants in Kulob' },
      proposedByOrganizationIds: [PROPOSER_ID],
      targetAgencyIds: [TARGET_AGENCY_ID],
      today: TODAY,
      context: { meeting: aMeetingContext() },
      ...overrides,
    },
  };
}

export function aRecommendationSubmitted(overrides: Partial<RecommendationSubmitted['data']> = {}): RecommendationSubmitted {
  return {
    type: 'RecommendationSubmitted',
    data: {
      recommendationId: RECOMMENDATION_ID,
      meetingId: MEETING_ID,
      texts: { en: 'Open a one-stop information desk for returning migrants in Kulob' },
      proposedByOrganizationIds: [PROPOSER_ID],
      targetAgencyIds: [TARGET_AGENCY_ID],
      effectiveOn: '2015-11-18',
      ...overrides,
    },
  };
}

export function aScheduleRecommendationForReview(overrides: Partial<ScheduleRecommendationForReview['data']> = {}): ScheduleRecommendationForReview {
  return {
    type: 'ScheduleRecommendationForReview',
    data: { recommendationId: RECOMMENDATION_ID, sessionId: SESSION_ID, today: TODAY, context: { session: aHeldSessionContext() }, ...overrides },
  };
}

export function aRecommendationScheduledForReview(overrides: Partial<RecommendationScheduledForReview['data']> = {}): RecommendationScheduledForReview {
  return { type: 'RecommendationScheduledForReview', data: { sessionId: SESSION_ID, effectiveOn: '2016-02-20', ...overrides } };
}

type ReviewOverrides = Partial<AcceptRecommendation['data']>;
const reviewData = (overrides: ReviewOverrides) => ({
  recommendationId: RECOMMENDATION_ID,
  decisionId: DECISION_ID,
  today: TODAY,
  context: { decision: aDecisionContext() },
  ...overrides,
});

export function anAcceptRecommendation(overrides: ReviewOverrides = {}): AcceptRecommendation {
  return { type: 'AcceptRecommendation', data: reviewData(overrides) };
}

export function aRejectRecommendation(overrides: ReviewOverrides = {}): RejectRecommendation {
  return { type: 'RejectRecommendation', data: reviewData({ context: { decision: aDecisionContext({ kind: 'reject_recommendation' }) }, ...overrides }) };
}

export function aDeferRecommendation(overrides: ReviewOverrides = {}): DeferRecommendation {
  return { type: 'DeferRecommendation', data: reviewData({ context: { decision: aDecisionContext({ kind: 'defer_recommendation' }) }, ...overrides }) };
}

type ReviewEventOverrides = Partial<RecommendationAccepted['data']>;
const reviewEventData = (overrides: ReviewEventOverrides) => ({ decisionId: DECISION_ID, sessionId: SESSION_ID, effectiveOn: '2016-02-20', ...overrides });

export function aRecommendationAccepted(overrides: ReviewEventOverrides = {}): RecommendationAccepted {
  return { type: 'RecommendationAccepted', data: reviewEventData(overrides) };
}

export function aRecommendationRejected(overrides: ReviewEventOverrides = {}): RecommendationRejected {
  return { type: 'RecommendationRejected', data: reviewEventData(overrides) };
}

export function aRecommendationDeferred(overrides: ReviewEventOverrides = {}): RecommendationDeferred {
  return { type: 'RecommendationDeferred', data: reviewEventData(overrides) };
}

export function aLinkRecommendationToActivity(overrides: Partial<LinkRecommendationToActivity['data']> = {}): LinkRecommendationToActivity {
  return { type: 'LinkRecommendationToActivity', data: { recommendationId: RECOMMENDATION_ID, activityId: LINKED_ACTIVITY_ID, today: TODAY, ...overrides } };
}

export function aRecommendationLinkedToActivity(overrides: Partial<RecommendationLinkedToActivity['data']> = {}): RecommendationLinkedToActivity {
  return { type: 'RecommendationLinkedToActivity', data: { activityId: LINKED_ACTIVITY_ID, effectiveOn: TODAY, ...overrides } };
}

export function aMarkRecommendationImplemented(overrides: Partial<MarkRecommendationImplemented['data']> = {}): MarkRecommendationImplemented {
  return { type: 'MarkRecommendationImplemented', data: { recommendationId: RECOMMENDATION_ID, implementedOn: '2016-02-29', today: TODAY, ...overrides } };
}

export function aRecommendationImplemented(overrides: Partial<RecommendationImplemented['data']> = {}): RecommendationImplemented {
  return { type: 'RecommendationImplemented', data: { implementedOn: '2016-02-29', evidence: [], effectiveOn: '2016-02-29', ...overrides } };
}

export function aWithdrawRecommendation(overrides: Partial<WithdrawRecommendation['data']> = {}): WithdrawRecommendation {
  return { type: 'WithdrawRecommendation', data: { recommendationId: RECOMMENDATION_ID, reason: 'covered by activity 2.3', today: TODAY, ...overrides } };
}

export function aRecommendationWithdrawn(overrides: Partial<RecommendationWithdrawn['data']> = {}): RecommendationWithdrawn {
  return { type: 'RecommendationWithdrawn', data: { reason: 'covered by activity 2.3', effectiveOn: TODAY, ...overrides } };
}

/** Histories, as fresh arrays each call. */
export const submitted = () => [aRecommendationSubmitted()];
export const scheduled = () => [aRecommendationSubmitted(), aRecommendationScheduledForReview()];
export const accepted = () => [...scheduled(), aRecommendationAccepted()];
export const deferred = () => [...scheduled(), aRecommendationDeferred()];
