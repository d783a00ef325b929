import { titleIn, type CommissionSessionEvent, type CommissionSessionStatus, type Titles } from '#domain';
import { documentProjection } from '../projector/document-projection.js';
import { searchText } from '../shared/search.js';

export interface SessionView {
  id: string;
  number: string;
  scheduledOn: string;
  /** Each item in the first language stored (en, ru, tg); reads answer them in the language asked for. */
  agenda: string[];
  /** Each item in every language stored. */
  agendaTitles: Titles[];
  status: CommissionSessionStatus;
  heldOn: string | null;
  attendeeOrganizationIds: string[];
  minutesRef: string | null;
  /** The stream revision: the detail's ETag. */
  revision: number;
}

/** Pure; an amendment before the session is held and a renumbering get a case here. */
export function evolveSessionView(view: SessionView | null, event: CommissionSessionEvent, revision: number): SessionView | null {
  switch (event.type) {
    case 'CommissionSessionScheduled': {
      const { sessionId, number, scheduledOn, agenda } = event.data;
      return { id: sessionId, number, scheduledOn, ...agendaOf(agenda), status: 'scheduled', heldOn: null, attendeeOrganizationIds: [], minutesRef: null, revision };
    }
    case 'CommissionSessionHeld':
      return view && { ...view, revision, status: 'held', heldOn: event.data.heldOn, attendeeOrganizationIds: event.data.attendeeOrganizationIds, minutesRef: event.data.minutesRef ?? null };
    case 'CommissionSessionAmended':
      return view && { ...view, revision, ...(event.data.after.scheduledOn ? { scheduledOn: event.data.after.scheduledOn } : {}), ...(event.data.after.agenda ? agendaOf(event.data.after.agenda) : {}) };
    case 'CommissionSessionRenumbered':
      return view && { ...view, revision, number: event.data.after.number };
    default:
      return view && { ...view, revision };
  }
}

function agendaOf(items: Titles[]): Pick<SessionView, 'agenda' | 'agendaTitles'> {
  return { agenda: items.map((item) => titleIn(item)), agendaTitles: items };
}

/** The day a list's from/to look at: when it was held, else when it is scheduled. */
export function sessionDate(view: SessionView): string {
  return view.heldOn ?? view.scheduledOn;
}

export const sessionProjection = documentProjection<SessionView, CommissionSessionEvent>({
  name: 'commission_sessions',
  table: 'commission_session_view',
  aggregate: 'commission_session',
  evolve: evolveSessionView,
  columns: [
    { name: 'status', type: 'text', value: (v) => v.status },
    { name: 'session_date', type: 'date', value: sessionDate },
    { name: 'number', type: 'text', value: (v) => v.number },
    { name: 'search', type: 'text', value: (v) => searchText(v.number, ...v.agendaTitles.flatMap((item) => Object.values(item))) },
  ],
});
