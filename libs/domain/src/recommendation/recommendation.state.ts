import type { Titles } from '../shared/titles.js';

interface RecommendationDetails {
  recommendationId: string;
  meetingId: string;
  /**
   * No review before this day: its inline meeting's heldOn (events before version 7), else the day it
   * was made. The application passes a recorded meeting's current date with each scheduling.
   */
  madeOn: string;
  planId?: string;
  /** Sessions that already decided on it (accepted, rejected or deferred it): each reviews it once. */
  reviewedSessionIds: string[];
  /** The day of the latest review; a deferred recommendation goes to a later session only. */
  lastReviewedOn?: string;
  /** The day of the first review: its meeting cannot be moved after it. */
  firstReviewedOn?: string;
  linkedActivityIds: string[];
  /** Kept for an amendment's values before. */
  texts: Titles;
  targetAgencyIds: string[];
  proposedByOrganizationIds: string[];
}

export type RecommendationState =
  | { status: 'none' }
  | (RecommendationDetails & { status: 'submitted' })
  | (RecommendationDetails & { status: 'scheduled_for_review'; scheduledSessionId: string })
  | (RecommendationDetails & { status: 'accepted'; decisionId: string; acceptedOn: string })
  | (RecommendationDetails & { status: 'rejected'; decisionId: string })
  | (RecommendationDetails & { status: 'deferred'; decisionId: string })
  | (RecommendationDetails & { status: 'implemented'; implementedOn: string })
  | (RecommendationDetails & { status: 'withdrawn' });

/** The day a session first decided on the recommendation, if one has: its meeting cannot be moved after it. */
export function firstReviewOf(state: RecommendationState): string | undefined {
  return state.status === 'none' ? undefined : state.firstReviewedOn;
}
