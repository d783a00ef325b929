import { assertNever, type Decider } from '../shared/decider.js';
import { mergeTitles } from '../shared/titles.js';
import { reject } from '../shared/domain-error.js';
import { minDate, requireDates, requirePastFact, resolveEffectiveOn } from '../shared/dates.js';
import { definedOnly, requireReason } from '../shared/text.js';
import { sessionDateOf } from '../commission-session/commission-session.state.js';
import type { DecisionKind } from '../decision/decision.events.js';
import { amendmentOf } from '../shared/amendment.js';
import type {
  AcceptRecommendation,
  AmendRecommendation,
  DeferRecommendation,
  LinkRecommendationToActivity,
  MarkRecommendationImplemented,
  RecommendationCommand,
  RejectRecommendation,
  ScheduleRecommendationForReview,
  SubmitRecommendation,
  WithdrawRecommendation,
} from './recommendation.commands.js';
import type { RecommendationEvent } from './recommendation.events.js';
import type { RecommendationState } from './recommendation.state.js';

/*
 * submitted → scheduled_for_review (a session) → accepted | rejected | deferred (by a decision of
 * that session); deferred → scheduled_for_review again, for a later session; accepted → implemented.
 * Withdrawn from submitted, scheduled_for_review or deferred; an accepted recommendation belongs to
 * the commission and can no longer be withdrawn by its proposer.
 * Terminal: rejected (proposing it again is a new recommendation), implemented and withdrawn.
 * Activities are linked only once accepted: a link claims the activity implements the
 * recommendation, which means nothing before the commission endorsed it.
 */

type ExistingRecommendation = Exclude<RecommendationState, { status: 'none' }>;
type LiveRecommendation = Exclude<ExistingRecommendation, { status: 'rejected' | 'implemented' | 'withdrawn' }>;

function live(state: RecommendationState, recommendationId: string): LiveRecommendation {
  if (state.status === 'none') reject('RECOMMENDATION_NOT_FOUND', `recommendation ${recommendationId} does not exist`);
  if (state.status === 'rejected' || state.status === 'implemented' || state.status === 'withdrawn') {
    reject('TERMINAL_STATE', `recommendation ${recommendationId} is ${state.status}`);
  }
  return state;
}

function submit({ data }: SubmitRecommendation, state: RecommendationState): RecommendationEvent[] {
  if (state.status !== 'none') reject('RECOMMENDATION_ALREADY_SUBMITTED', `recommendation ${data.recommendationId} is already submitted`);
  const meeting = data.context.meeting;
  if (meeting.meetingId !== data.meetingId) reject('CONTEXT_MISMATCH', `context.meeting is meeting ${meeting.meetingId}, not ${data.meetingId}`, 'meetingId');
  if (data.proposedByOrganizationIds.length === 0) reject('PROPOSER_REQUIRED', 'name at least one proposing organisation', 'proposedByOrganizationIds');
  const effectiveOn = resolveEffectiveOn(data, meeting.heldOn);
  if (effectiveOn < meeting.heldOn) {
    reject('RECOMMENDATION_BEFORE_MEETING', `effectiveOn ${effectiveOn} is before its meeting was held (${meeting.heldOn})`, 'effectiveOn');
  }
  const { recommendationId, meetingId, texts, proposedByOrganizationIds, targetAgencyIds, planId } = data;
  return [
    {
      type: 'RecommendationSubmitted',
      data: definedOnly({ recommendationId, meetingId, texts: mergeTitles({}, texts), proposedByOrganizationIds, targetAgencyIds, planId, effectiveOn }),
    },
  ];
}

/** Each session reviews a recommendation at most once; after a deferral, only a later session. */
function schedule({ data }: ScheduleRecommendationForReview, state: RecommendationState): RecommendationEvent[] {
  const recommendation = live(state, data.recommendationId);
  const session = data.context.session;
  if (session.sessionId !== data.sessionId) reject('CONTEXT_MISMATCH', `context.session is session ${session.sessionId}, not ${data.sessionId}`, 'sessionId');
  if (recommendation.status === 'scheduled_for_review') {
    reject('RECOMMENDATION_ALREADY_SCHEDULED', `recommendation ${data.recommendationId} is already scheduled for session ${recommendation.scheduledSessionId}`);
  }
  if (recommendation.status === 'accepted') reject('RECOMMENDATION_ALREADY_ACCEPTED', `recommendation ${data.recommendationId} was already accepted`);
  if (recommendation.reviewedSessionIds.includes(data.sessionId)) {
    reject('ALREADY_REVIEWED_AT_SESSION', `session ${data.sessionId} already decided on recommendation ${data.recommendationId}`, 'sessionId');
  }
  requireDates({ today: data.today });
  const sessionDate = sessionDateOf(session);
  if (recommendation.lastReviewedOn !== undefined && sessionDate <= recommendation.lastReviewedOn) {
    reject('SESSION_NOT_LATER', `session ${data.sessionId} (${sessionDate}) is not later than the last review (${recommendation.lastReviewedOn})`, 'sessionId');
  }
  const madeOn = data.context.meeting?.heldOn ?? recommendation.madeOn;
  if (sessionDate < madeOn) {
    reject('SESSION_NOT_LATER', `session ${data.sessionId} (${sessionDate}) is before the recommendation was made (${madeOn})`, 'sessionId');
  }
  const effectiveOn = resolveEffectiveOn(data, minDate(data.today, sessionDate));
  return [{ type: 'RecommendationScheduledForReview', data: { sessionId: data.sessionId, effectiveOn } }];
}

const OUTCOMES = {
  AcceptRecommendation: { event: 'RecommendationAccepted', kind: 'accept_recommendation' },
  RejectRecommendation: { event: 'RecommendationRejected', kind: 'reject_recommendation' },
  DeferRecommendation: { event: 'RecommendationDeferred', kind: 'defer_recommendation' },
} as const satisfies Record<string, { event: RecommendationEvent['type']; kind: DecisionKind }>;

const RECOMMENDATION_DECISION_KINDS: readonly DecisionKind[] = Object.values(OUTCOMES).map((o) => o.kind);

/**
 * Accepted, rejected or deferred only by a decision of the session it is scheduled for, once per
 * session. The decision must name the recommendation; a decision of a recommendation kind
 * (accept_/reject_/defer_recommendation) must be of the matching kind, other kinds (e.g. `other`
 * covering several items) are taken at their word.
 */
function review({ type, data }: AcceptRecommendation | RejectRecommendation | DeferRecommendation, state: RecommendationState): RecommendationEvent[] {
  const recommendation = live(state, data.recommendationId);
  const decision = data.context.decision;
  if (decision.decisionId !== data.decisionId) reject('CONTEXT_MISMATCH', `context.decision is decision ${decision.decisionId}, not ${data.decisionId}`, 'decisionId');
  if (recommendation.reviewedSessionIds.includes(decision.sessionId)) {
    reject('ALREADY_REVIEWED_AT_SESSION', `session ${decision.sessionId} already decided on recommendation ${data.recommendationId}`, 'decisionId');
  }
  if (recommendation.status === 'accepted') reject('RECOMMENDATION_ALREADY_ACCEPTED', `recommendation ${data.recommendationId} was already accepted`);
  if (recommendation.status !== 'scheduled_for_review') {
    reject('RECOMMENDATION_NOT_SCHEDULED', `recommendation ${data.recommendationId} is ${recommendation.status}, not scheduled for review`);
  }
  if (decision.sessionId !== recommendation.scheduledSessionId) {
    reject(
      'DECISION_NOT_OF_SCHEDULED_SESSION',
      `decision ${data.decisionId} was taken at session ${decision.sessionId}; the recommendation is scheduled for session ${recommendation.scheduledSessionId}`,
      'decisionId',
    );
  }
  if (decision.status === 'revoked') reject('DECISION_REVOKED', `decision ${data.decisionId} was revoked`, 'decisionId');
  if (!decision.relatedRecommendationIds.includes(data.recommendationId)) {
    reject('DECISION_NOT_ABOUT_RECOMMENDATION', `decision ${data.decisionId} does not name recommendation ${data.recommendationId}`, 'decisionId');
  }
  const outcome = OUTCOMES[type];
  if (RECOMMENDATION_DECISION_KINDS.includes(decision.kind) && decision.kind !== outcome.kind) {
    reject('DECISION_KIND_MISMATCH', `decision ${data.decisionId} is of kind ${decision.kind}`, 'decisionId');
  }
  requireDates({ today: data.today });
  return [
    {
      type: outcome.event,
      data: definedOnly({ decisionId: data.decisionId, sessionId: decision.sessionId, reason: data.reason, effectiveOn: decision.decidedOn }),
    },
  ];
}

function link({ data }: LinkRecommendationToActivity, state: RecommendationState): RecommendationEvent[] {
  const recommendation = live(state, data.recommendationId);
  if (recommendation.status !== 'accepted') {
    reject('RECOMMENDATION_NOT_ACCEPTED', `recommendation ${data.recommendationId} is ${recommendation.status}; only an accepted recommendation is linked to activities`);
  }
  if (recommendation.linkedActivityIds.includes(data.activityId)) reject('ACTIVITY_ALREADY_LINKED', `activity ${data.activityId} is already linked`, 'activityId');
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'RecommendationLinkedToActivity', data: { activityId: data.activityId, effectiveOn } }];
}

/** Implemented only once accepted, and only with something to show: a linked activity or evidence. */
function implemented({ data }: MarkRecommendationImplemented, state: RecommendationState): RecommendationEvent[] {
  const recommendation = live(state, data.recommendationId);
  if (recommendation.status !== 'accepted') {
    reject('RECOMMENDATION_NOT_ACCEPTED', `recommendation ${data.recommendationId} is ${recommendation.status}; only an accepted recommendation can be implemented`);
  }
  const implementedOn = requirePastFact(data.implementedOn, data.today, 'implementedOn');
  if (implementedOn < recommendation.acceptedOn) {
    reject('IMPLEMENTED_BEFORE_ACCEPTANCE', `implementedOn ${implementedOn} is before the acceptance (${recommendation.acceptedOn})`, 'implementedOn');
  }
  const evidence = data.evidence ?? [];
  if (evidence.length === 0 && recommendation.linkedActivityIds.length === 0) {
    reject('IMPLEMENTATION_EVIDENCE_REQUIRED', 'link an activity or give evidence of the implementation', 'evidence');
  }
  return [{ type: 'RecommendationImplemented', data: definedOnly({ implementedOn, note: data.note, evidence, effectiveOn: implementedOn }) }];
}

function withdraw({ data }: WithdrawRecommendation, state: RecommendationState): RecommendationEvent[] {
  const recommendation = live(state, data.recommendationId);
  if (recommendation.status === 'accepted') reject('RECOMMENDATION_ALREADY_ACCEPTED', `recommendation ${data.recommendationId} was accepted and can no longer be withdrawn`);
  const reason = requireReason(data.reason);
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'RecommendationWithdrawn', data: { reason, effectiveOn } }];
}

function detailsOf(state: ExistingRecommendation) {
  const { recommendationId, meetingId, madeOn, planId, reviewedSessionIds, lastReviewedOn, firstReviewedOn, linkedActivityIds, texts, targetAgencyIds, proposedByOrganizationIds } = state;
  return definedOnly({ recommendationId, meetingId, madeOn, planId, reviewedSessionIds, lastReviewedOn, firstReviewedOn, linkedActivityIds, texts, targetAgencyIds, proposedByOrganizationIds });
}

function reviewed(state: ExistingRecommendation, sessionId: string, on: string) {
  const details = detailsOf(state);
  return { ...details, reviewedSessionIds: [...details.reviewedSessionIds, sessionId], lastReviewedOn: on, firstReviewedOn: details.firstReviewedOn ?? on };
}

/** A correction of the text, the target agencies or the proposers, in any status. */
function amend({ data }: AmendRecommendation, state: RecommendationState): RecommendationEvent[] {
  if (state.status === 'none') reject('RECOMMENDATION_NOT_FOUND', `recommendation ${data.recommendationId} does not exist`);
  if (data.proposedByOrganizationIds?.length === 0) reject('PROPOSER_REQUIRED', 'name at least one proposing organisation', 'proposedByOrganizationIds');
  const { texts, targetAgencyIds, proposedByOrganizationIds } = state;
  const proposed = { texts: data.texts && mergeTitles(texts, data.texts), targetAgencyIds: data.targetAgencyIds, proposedByOrganizationIds: data.proposedByOrganizationIds };
  const amendment = amendmentOf({ texts, targetAgencyIds, proposedByOrganizationIds }, proposed, data.reason);
  return amendment ? [{ type: 'RecommendationAmended', data: amendment }] : [];
}

export const recommendationDecider: Decider<RecommendationState, RecommendationCommand, RecommendationEvent> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    switch (command.type) {
      case 'SubmitRecommendation':
        return submit(command, state);
      case 'ScheduleRecommendationForReview':
        return schedule(command, state);
      case 'AcceptRecommendation':
      case 'RejectRecommendation':
      case 'DeferRecommendation':
        return review(command, state);
      case 'LinkRecommendationToActivity':
        return link(command, state);
      case 'MarkRecommendationImplemented':
        return implemented(command, state);
      case 'WithdrawRecommendation':
        return withdraw(command, state);
      case 'AmendRecommendation':
        return amend(command, state);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    if (event.type === 'RecommendationSubmitted') {
      const { recommendationId, meetingId, source, planId, texts, targetAgencyIds, proposedByOrganizationIds, effectiveOn } = event.data;
      const madeOn = source?.heldOn ?? effectiveOn;
      return { status: 'submitted', ...definedOnly({ recommendationId, meetingId, madeOn, planId }), reviewedSessionIds: [], linkedActivityIds: [], texts, targetAgencyIds, proposedByOrganizationIds };
    }
    if (state.status === 'none') return state;
    switch (event.type) {
      case 'RecommendationScheduledForReview':
        return { ...detailsOf(state), status: 'scheduled_for_review', scheduledSessionId: event.data.sessionId };
      case 'RecommendationAccepted':
        return { ...reviewed(state, event.data.sessionId, event.data.effectiveOn), status: 'accepted', decisionId: event.data.decisionId, acceptedOn: event.data.effectiveOn };
      case 'RecommendationRejected':
        return { ...reviewed(state, event.data.sessionId, event.data.effectiveOn), status: 'rejected', decisionId: event.data.decisionId };
      case 'RecommendationDeferred':
        return { ...reviewed(state, event.data.sessionId, event.data.effectiveOn), status: 'deferred', decisionId: event.data.decisionId };
      case 'RecommendationLinkedToActivity':
        return { ...state, linkedActivityIds: [...state.linkedActivityIds, event.data.activityId] };
      case 'RecommendationAmended':
        return { ...state, ...event.data.after };
      case 'RecommendationImplemented':
        return { ...detailsOf(state), status: 'implemented', implementedOn: event.data.implementedOn };
      case 'RecommendationWithdrawn':
        return { ...detailsOf(state), status: 'withdrawn' };
      default:
        return assertNever(event);
    }
  },
};
