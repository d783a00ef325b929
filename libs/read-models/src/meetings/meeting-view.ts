import { titleIn, type Evidence, type MeetingEvent, type MeetingKind, type RecommendationSubmitted, type Titles } from '#domain';
import { searchText } from '../shared/search.js';

export interface MeetingView {
  id: string;
  kind: MeetingKind;
  heldOn: string;
  /** The title in the first language stored (en, ru, tg); reads answer it in the language asked for. */
  title: string;
  titles: Titles;
  organizerIds: string[];
  participantIds: string[];
  place: string | null;
  documents: Evidence[];
  planId: string | null;
  /**
   * False for a meeting known only from the source typed on recommendations submitted before meetings
   * were records: no stream of its own, no organisers known, no history.
   */
  recorded: boolean;
  /** The stream revision (the ETag); null for a meeting that is not a record. */
  revision: number | null;
}

/** Pure; a meeting's record replaces what old recommendations said of it. */
export function evolveMeetingView(view: MeetingView | null, event: MeetingEvent, revision: number): MeetingView | null {
  switch (event.type) {
    case 'MeetingRecorded': {
      const d = event.data;
      return {
        id: d.meetingId,
        kind: d.kind,
        heldOn: d.heldOn,
        title: titleIn(d.titles),
        titles: d.titles,
        organizerIds: d.organizerIds,
        participantIds: d.participantIds,
        place: d.place ?? null,
        documents: d.documents,
        planId: d.planId ?? null,
        recorded: true,
        revision,
      };
    }
    case 'MeetingDocumentAdded':
      return view && { ...view, revision, documents: [...view.documents, event.data.document] };
    case 'MeetingAmended':
      return view && { ...view, revision, ...event.data.after, ...(event.data.after.titles ? { title: titleIn(event.data.after.titles) } : {}) };
    default:
      return view && { ...view, revision };
  }
}

/** The meeting an old recommendation typed inline (its upcast event names it); unchanged once known. */
export function meetingKnownFrom(view: MeetingView | null, { data }: RecommendationSubmitted): MeetingView | null {
  if (view || !data.source) return view;
  const { kind, title, heldOn } = data.source;
  return { id: data.meetingId, kind, heldOn, title, titles: { en: title }, organizerIds: [], participantIds: [], place: null, documents: [], planId: null, recorded: false, revision: null };
}

export function meetingSearchText(view: MeetingView): string {
  return searchText(...Object.values(view.titles), view.place);
}
