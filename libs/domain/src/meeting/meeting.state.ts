import type { AmendableMeeting } from './meeting.events.js';

export type MeetingState = { status: 'none' } | ({ status: 'recorded'; meetingId: string } & Omit<AmendableMeeting, 'place' | 'planId'> & Partial<Pick<AmendableMeeting, 'place' | 'planId'>>);

/** What a recommendation's rules need of the meeting it names, read from the meeting's stream. */
export interface MeetingContext {
  meetingId: string;
  heldOn: string;
}

/** The MeetingContext of a folded meeting; undefined when it does not exist (the application answers 404). */
export function meetingContextOf(state: MeetingState): MeetingContext | undefined {
  return state.status === 'none' ? undefined : { meetingId: state.meetingId, heldOn: state.heldOn };
}
