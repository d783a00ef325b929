import type { Titles } from '../shared/titles.js';

interface RecommendationDetails {
  recommendationId: string;
  sourceHeldOn: string;
  planId?: string;
  /** Sessions that already decided on it (accepted, rejected or deferred it): each reviews it once. */
  reviewedSessionIds: string[];
  /** The day of the latest review; a deferred recommendation goes to a later session only. */
  lastReviewedOn?: string;
  linkedActivityIds: string[];
  /** Kept for an amendment's values before. */
  texts: Titles;
  targetAgencyIds: string[];
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
