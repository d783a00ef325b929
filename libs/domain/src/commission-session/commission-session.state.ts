import type { Titles } from '../shared/titles.js';

interface SessionDetails {
  sessionId: string;
  number: string;
  scheduledOn: string;
  /** Kept for an amendment's value before. */
  agenda: Titles[];
}

export type CommissionSessionState =
  | { status: 'none' }
  | (SessionDetails & { status: 'scheduled' })
  | (SessionDetails & { status: 'held'; heldOn: string; attendeeOrganizationIds: string[] });

/**
 * What decision and recommendation rules need to know about a session, loaded by the application
 * from the session's stream and passed as `context.session`.
 */
export type SessionContext =
  | { sessionId: string; status: 'scheduled'; scheduledOn: string }
  | { sessionId: string; status: 'held'; scheduledOn: string; heldOn: string };

/** The SessionContext of a folded session; undefined when it does not exist (the application answers 404). */
export function sessionContextOf(state: CommissionSessionState): SessionContext | undefined {
  switch (state.status) {
    case 'none':
      return undefined;
    case 'scheduled':
      return { sessionId: state.sessionId, status: 'scheduled', scheduledOn: state.scheduledOn };
    case 'held':
      return { sessionId: state.sessionId, status: 'held', scheduledOn: state.scheduledOn, heldOn: state.heldOn };
  }
}

/** The date that orders sessions: when it was held, else when it is scheduled. */
export function sessionDateOf(session: SessionContext): string {
  return session.status === 'held' ? session.heldOn : session.scheduledOn;
}
