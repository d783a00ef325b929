import type { Amendment } from '../shared/amendment.js';
import type { Titles } from '../shared/titles.js';
import type { DomainEvent } from '../shared/decider.js';
import { STREAM_PREFIX } from '../shared/streams.js';
import type { Evidence } from '../shared/values.js';

export const RECOMMENDATION_SOURCE_KINDS = ['technical_meeting', 'roundtable', 'workshop', 'evaluation', 'other'] as const;
export type RecommendationSourceKind = (typeof RECOMMENDATION_SOURCE_KINDS)[number];

/** The meeting where the recommendation was made (technical meeting of 18 November, Migrants Day roundtable…). */
export interface RecommendationSource {
  kind: RecommendationSourceKind;
  title: string;
  heldOn: string;
}

export type RecommendationStatus = 'submitted' | 'scheduled_for_review' | 'accepted' | 'rejected' | 'deferred' | 'implemented' | 'withdrawn';

/** effectiveOn defaults to source.heldOn: that is when the recommendation was made. */
export type RecommendationSubmitted = DomainEvent<
  'RecommendationSubmitted',
  {
    recommendationId: string;
    source: RecommendationSource;
    /** The recommendation's text in the languages it was given in. */
    texts: Titles;
    proposedByOrganizationId: string;
    targetAgencyIds: string[];
    planId?: string;
    effectiveOn: string;
  }
>;
export type RecommendationScheduledForReview = DomainEvent<'RecommendationScheduledForReview', { sessionId: string; effectiveOn: string }>;
/** The outcome of a review, by a decision of the session; effectiveOn is the day that session was held. */
type ReviewData = { decisionId: string; sessionId: string; reason?: string; effectiveOn: string };
export type RecommendationAccepted = DomainEvent<'RecommendationAccepted', ReviewData>;
export type RecommendationRejected = DomainEvent<'RecommendationRejected', ReviewData>;
export type RecommendationDeferred = DomainEvent<'RecommendationDeferred', ReviewData>;
export type RecommendationLinkedToActivity = DomainEvent<'RecommendationLinkedToActivity', { activityId: string; effectiveOn: string }>;
export type RecommendationImplemented = DomainEvent<'RecommendationImplemented', { implementedOn: string; note?: string; evidence: Evidence[]; effectiveOn: string }>;
export type RecommendationWithdrawn = DomainEvent<'RecommendationWithdrawn', { reason: string; effectiveOn: string }>;

/** What a correction may change. */
export interface AmendableRecommendation {
  texts: Titles;
  targetAgencyIds: string[];
}
/** A correction (no effectiveOn: seen at every asOf): only the fields that change, before and after. */
export type RecommendationAmended = DomainEvent<'RecommendationAmended', Amendment<AmendableRecommendation>>;

export type RecommendationEvent =
  | RecommendationSubmitted
  | RecommendationAmended
  | RecommendationScheduledForReview
  | RecommendationAccepted
  | RecommendationRejected
  | RecommendationDeferred
  | RecommendationLinkedToActivity
  | RecommendationImplemented
  | RecommendationWithdrawn;
export type RecommendationEventType = RecommendationEvent['type'];

const eventTypes: Record<RecommendationEventType, true> = {
  RecommendationSubmitted: true,
  RecommendationScheduledForReview: true,
  RecommendationAccepted: true,
  RecommendationRejected: true,
  RecommendationDeferred: true,
  RecommendationLinkedToActivity: true,
  RecommendationImplemented: true,
  RecommendationWithdrawn: true,
  RecommendationAmended: true,
};
export const RECOMMENDATION_EVENT_TYPES = Object.keys(eventTypes) as RecommendationEventType[];

export function recommendationStream(recommendationId: string): string {
  return STREAM_PREFIX.recommendation + recommendationId;
}
