import type { CommissionSessionEvent, CommissionSessionStatus } from '#domain';
import { documentProjection } from '../projector/document-projection.js';

export interface SessionView {
  id: string;
  number: string;
  scheduledOn: string;
  agenda: string[];
  status: CommissionSessionStatus;
  heldOn: string | null;
  attendeeOrganizationIds: string[];
  minutesRef: string | null;
}

export function evolveSessionView(view: SessionView | null, event: CommissionSessionEvent): SessionView | null {
  switch (event.type) {
    case 'CommissionSessionScheduled': {
      const { sessionId, number, scheduledOn, agenda } = event.data;
      return { id: sessionId, number, scheduledOn, agenda, status: 'scheduled', heldOn: null, attendeeOrganizationIds: [], minutesRef: null };
    }
    case 'CommissionSessionHeld':
      return view && { ...view, status: 'held', heldOn: event.data.heldOn, attendeeOrganizationIds: event.data.attendeeOrganizationIds, minutesRef: event.data.minutesRef ?? null };
    default:
      return view;
  }
}

export const sessionProjection = documentProjection<SessionView, CommissionSessionEvent>({
  name: 'commission_sessions',
  table: 'commission_session_view',
  aggregate: 'commission_session',
  evolve: evolveSessionView,
  columns: [{ name: 'status', type: 'text', value: (v) => v.status }],
});
