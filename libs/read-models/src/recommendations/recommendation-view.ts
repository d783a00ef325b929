import { titleIn, type RecommendationEvent, type RecommendationSource, type RecommendationStatus, type Titles } from '#domain';
import { documentProjection } from '../projector/document-projection.js';
import { searchText } from '../shared/search.js';

export interface RecommendationView {
  id: string;
  /** The meeting it was made at (see meeting-view: a record, or one known only from `source`). */
  meetingId: string;
  /** As typed inline by recommendations submitted before meetings were records; reads fill it from the meeting otherwise. */
  source: RecommendationSource | null;
  /** The day it was made (its submission's effectiveOn): the lists' order. */
  madeOn: string;
  /** The text in the first language stored (en, ru, tg); reads answer it in the language asked for. */
  text: string;
  texts: Titles;
  proposedByOrganizationIds: string[];
  /** The first proposer: the single proposer of the older read shape. */
  proposedByOrganizationId: string;
  targetAgencyIds: string[];
  planId: string | null;
  status: RecommendationStatus;
  sessionId: string | null;
  /** Every session it was scheduled for, in order (a deferral schedules it again). */
  schedules: { sessionId: string; on: string }[];
  /** Every review it went through, in order: the pipeline's history. */
  reviews: { sessionId: string; decisionId: string; outcome: 'accepted' | 'rejected' | 'deferred'; reason: string | null; on: string }[];
  linkedActivityIds: string[];
  implementedOn: string | null;
  withdrawnReason: string | null;
  revision: number;
}

export function evolveRecommendationView(view: RecommendationView | null, event: RecommendationEvent, revision: number): RecommendationView | null {
  if (event.type === 'RecommendationSubmitted') {
    const d = event.data;
    return {
      id: d.recommendationId,
      meetingId: d.meetingId,
      source: d.source ?? null,
      madeOn: d.effectiveOn,
      text: titleIn(d.texts),
      texts: d.texts,
      proposedByOrganizationIds: d.proposedByOrganizationIds,
      proposedByOrganizationId: d.proposedByOrganizationIds[0],
      targetAgencyIds: d.targetAgencyIds,
      planId: d.planId ?? null,
      status: 'submitted',
      sessionId: null,
      schedules: [],
      reviews: [],
      linkedActivityIds: [],
      implementedOn: null,
      withdrawnReason: null,
      revision,
    };
  }
  if (!view) return null;
  switch (event.type) {
    case 'RecommendationScheduledForReview':
      return {
        ...view,
        revision,
        status: 'scheduled_for_review',
        sessionId: event.data.sessionId,
        schedules: [...view.schedules, { sessionId: event.data.sessionId, on: event.data.effectiveOn }],
      };
    case 'RecommendationAccepted':
    case 'RecommendationRejected':
    case 'RecommendationDeferred': {
      const outcome = event.type === 'RecommendationAccepted' ? 'accepted' : event.type === 'RecommendationRejected' ? 'rejected' : 'deferred';
      const review = { sessionId: event.data.sessionId, decisionId: event.data.decisionId, outcome, reason: event.data.reason ?? null, on: event.data.effectiveOn } as const;
      return { ...view, revision, status: outcome, reviews: [...view.reviews, review] };
    }
    case 'RecommendationLinkedToActivity':
      return { ...view, revision, linkedActivityIds: [...view.linkedActivityIds, event.data.activityId] };
    case 'RecommendationImplemented':
      return { ...view, revision, status: 'implemented', implementedOn: event.data.implementedOn };
    case 'RecommendationWithdrawn':
      return { ...view, revision, status: 'withdrawn', withdrawnReason: event.data.reason };
    case 'RecommendationAmended':
      return {
        ...view,
        revision,
        ...event.data.after,
        ...(event.data.after.texts ? { text: titleIn(event.data.after.texts) } : {}),
        ...(event.data.after.proposedByOrganizationIds ? { proposedByOrganizationId: event.data.after.proposedByOrganizationIds[0] } : {}),
      };
    default:
      return { ...view, revision };
  }
}

/** Its text in every language; its meeting's titles are matched through meeting_view. */
export function recommendationSearchText(view: RecommendationView): string {
  return searchText(...Object.values(view.texts), view.source?.title);
}

export const recommendationProjection = documentProjection<RecommendationView, RecommendationEvent>({
  name: 'recommendations',
  table: 'recommendation_view',
  aggregate: 'recommendation',
  evolve: evolveRecommendationView,
  columns: [
    { name: 'status', type: 'text', value: (v) => v.status },
    { name: 'source_kind', type: 'text', value: (v) => v.source?.kind ?? null },
    { name: 'meeting_id', type: 'uuid', value: (v) => v.meetingId },
    { name: 'plan_id', type: 'uuid', value: (v) => v.planId },
    { name: 'linked_activity_ids', type: 'uuid[]', value: (v) => v.linkedActivityIds },
    { name: 'session_ids', type: 'uuid[]', value: (v) => [...new Set(v.schedules.map((s) => s.sessionId))] },
    { name: 'search', type: 'text', value: recommendationSearchText },
  ],
});
