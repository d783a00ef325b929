import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { Titles } from '../shared/titles.js';
import type { Evidence } from '../shared/values.js';
import type { SessionContext } from '../commission-session/commission-session.state.js';
import type { DecisionContext } from '../decision/decision.state.js';
import type { AmendableRecommendation, RecommendationSource } from './recommendation.events.js';

export type SubmitRecommendation = DomainCommand<
  'SubmitRecommendation',
  CommandClock & {
    recommendationId: string;
    source: RecommendationSource;
    texts: Titles;
    proposedByOrganizationId: string;
    targetAgencyIds: string[];
    planId?: string;
  }
>;
/**
 * context.session: the session named by sessionId (see sessionContextOf). effectiveOn defaults to the
 * earlier of today and the session's date.
 */
export type ScheduleRecommendationForReview = DomainCommand<
  'ScheduleRecommendationForReview',
  CommandClock & { recommendationId: string; sessionId: string; context: { session: SessionContext } }
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

/** Corrects the text or the target agencies. */
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
