import { titleIn, type DecisionEvent, type DecisionKind, type DecisionStatus, type Titles } from '#domain';
import { documentProjection } from '../projector/document-projection.js';
import { searchText } from '../shared/search.js';

export interface DecisionView {
  id: string;
  sessionId: string;
  number: string;
  /** The title in the first language stored (en, ru, tg); reads answer it in the language asked for. */
  title: string;
  titles: Titles;
  text: string;
  kind: DecisionKind;
  status: DecisionStatus;
  decidedOn: string;
  responsibleAgencyIds: string[];
  dueDate: string | null;
  relatedActivityIds: string[];
  relatedRecommendationIds: string[];
  followUps: { note: string; on: string }[];
  implementedOn: string | null;
  revokedReason: string | null;
  revision: number;
}

export function evolveDecisionView(view: DecisionView | null, event: DecisionEvent, revision: number): DecisionView | null {
  if (event.type === 'DecisionRecorded') {
    const d = event.data;
    return {
      id: d.decisionId,
      sessionId: d.sessionId,
      number: d.number,
      title: titleIn(d.titles),
      titles: d.titles,
      text: d.text,
      kind: d.kind,
      status: 'open',
      decidedOn: d.effectiveOn,
      responsibleAgencyIds: d.responsibleAgencyIds,
      dueDate: d.dueDate ?? null,
      relatedActivityIds: d.relatedActivityIds,
      relatedRecommendationIds: d.relatedRecommendationIds,
      followUps: [],
      implementedOn: null,
      revokedReason: null,
      revision,
    };
  }
  if (!view) return null;
  switch (event.type) {
    case 'DecisionFollowUpAdded':
      return { ...view, revision, followUps: [...view.followUps, { note: event.data.note, on: event.data.effectiveOn }] };
    case 'DecisionImplemented':
      return { ...view, revision, status: 'implemented', implementedOn: event.data.implementedOn };
    case 'DecisionRevoked':
      return { ...view, revision, status: 'revoked', revokedReason: event.data.reason };
    case 'DecisionAmended':
      return { ...view, revision, ...event.data.after, ...(event.data.after.titles ? { title: titleIn(event.data.after.titles) } : {}) };
    case 'DecisionRenumbered':
      return { ...view, revision, number: event.data.after.number };
    default:
      return { ...view, revision };
  }
}

/** Open and past its due date on `onDate`. */
export function isDecisionOverdue(view: Pick<DecisionView, 'status' | 'dueDate'>, onDate: string): boolean {
  return view.status === 'open' && view.dueDate !== null && view.dueDate < onDate;
}

export function decisionSearchText(view: DecisionView): string {
  return searchText(view.number, ...Object.values(view.titles), view.text);
}

export const decisionProjection = documentProjection<DecisionView, DecisionEvent>({
  name: 'decisions',
  table: 'decision_view',
  aggregate: 'decision',
  evolve: evolveDecisionView,
  columns: [
    { name: 'status', type: 'text', value: (v) => v.status },
    { name: 'due_date', type: 'date', value: (v) => v.dueDate },
    { name: 'session_id', type: 'uuid', value: (v) => v.sessionId },
    { name: 'related_activity_ids', type: 'uuid[]', value: (v) => v.relatedActivityIds },
    { name: 'related_recommendation_ids', type: 'uuid[]', value: (v) => v.relatedRecommendationIds },
    { name: 'responsible_agency_ids', type: 'uuid[]', value: (v) => v.responsibleAgencyIds },
    { name: 'number', type: 'text', value: (v) => v.number },
    { name: 'search', type: 'text', value: decisionSearchText },
  ],
});
