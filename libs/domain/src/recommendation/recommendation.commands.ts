import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { Titles } from '../shared/titles.js';
import type { Evidence } from '../shared/values.js';
import type { SessionContext } from '../commission-session/commission-session.state.js';
import type { DecisionContext } from '../decision/decision.state.js';
import type { MeetingContext } from '../meeting/meeting.state.js';
import type { AmendableRecommendation } from './recommendation.events.js';

/** context.meeting: the meeting named by meetingId (see meetingContextOf). effectiveOn defaults to its heldOn. */
export type SubmitRecommendation = DomainCommand<
  'SubmitRecommendation',
  CommandClock & {
    recommendationId: string;
    meetingId: string;
    texts: Titles;
    proposedByOrganizationIds: string[];
    targetAgencyIds: string[];
    planId?: string;
    context: { meeting: MeetingContext };
  }
>;
/**
 * context.session: the session named by sessionId (see sessionContextOf); context.meeting: its meeting
 * as it stands now, when it is a record (a meeting known only from old recommendations has none).
 * effectiveOn defaults to the earlier of today and the session's date.
 */
export type ScheduleRecommendationForReview = DomainCommand<
  'ScheduleRecommendationForReview',
  CommandClock & { recommendationId: string; sessionId: string; context: { session: SessionContext; meeting?: MeetingContext } }
>;
/** context.decision: the decision named by decisionId (see decisionContextOf). effectiveOn is its decidedOn. */
type ReviewCommandData = { recommendationId: string; decisionId: string; reason?: string; today: string; context: { decision: DecisionContext } };
export type AcceptRecommendation = DomainCommand<'AcceptRecommendation', ReviewCommandData>;
export type RejectRecommendation = DomainCommand<'RejectRecommendation', ReviewCommandData>;
export type DeferRecommendation = DomainCommand<'DeferRecommendation', ReviewCommandData>;
export type LinkRecommendationToActivity = DomainCommand<'LinkRecommendationToActivity', CommandClock & { recommendationId: string; activityId: string }>;
/** effectiveOn is implementedOn. */
export type MarkRecommendationImplemented = DomainCommand<
  'MarkRecommendationImplemented',
  { recommendationId: string; implementedOn: string; note?: string; evidence?: Evidence[]; today: string }
>;
export type WithdrawRecommendation = DomainCommand<'WithdrawRecommendation', CommandClock & { recommendationId: string; reason: string }>;

/** Corrects the text, the target agencies or the proposers. */
export type AmendRecommendation = DomainCommand<'AmendRecommendation', Partial<AmendableRecommendation> & { recommendationId: string; reason: string }>;

export type RecommendationCommand =
  | SubmitRecommendation
  | AmendRecommendation
  | ScheduleRecommendationForReview
  | AcceptRecommendation
  | RejectRecommendation
  | DeferRecommendation
  | LinkRecommendationToActivity
  | MarkRecommendationImplemented
  | WithdrawRecommendation;
