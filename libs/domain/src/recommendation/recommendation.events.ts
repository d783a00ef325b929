import type { Amendment } from '../shared/amendment.js';
import type { Titles } from '../shared/titles.js';
import type { DomainEvent } from '../shared/decider.js';
import { STREAM_PREFIX } from '../shared/streams.js';
import type { Evidence } from '../shared/values.js';
import type { InlineMeeting } from '../meeting/inline-meetings.js';
import { MEETING_KINDS, type MeetingKind } from '../meeting/meeting.events.js';

/** The kinds of meeting a recommendation comes from: a meeting's kinds. */
export const RECOMMENDATION_SOURCE_KINDS = MEETING_KINDS;
export type RecommendationSourceKind = MeetingKind;

/**
 * The meeting where the recommendation was made, as it was typed on each recommendation before
 * meetings were records (schema version 7); such events are upcast to name that meeting's id.
 */
export type RecommendationSource = InlineMeeting;

export type RecommendationStatus = 'submitted' | 'scheduled_for_review' | 'accepted' | 'rejected' | 'deferred' | 'implemented' | 'withdrawn';

/** effectiveOn defaults to the meeting's heldOn: that is when the recommendation was made. */
export type RecommendationSubmitted = DomainEvent<
  'RecommendationSubmitted',
  {
    recommendationId: string;
    /** The meeting it was made at (a meeting record, or one known only from `source`). */
    meetingId: string;
    /** Only on events stored before version 7, kept for reading: the meeting as typed then. */
    source?: RecommendationSource;
    /** The recommendation's text in the languages it was given in. */
    texts: Titles;
    /** One or more organisations that proposed it. */
    proposedByOrganizationIds: string[];
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
  proposedByOrganizationIds: string[];
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
