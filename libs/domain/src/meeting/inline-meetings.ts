import { v5 as uuidv5 } from 'uuid';
import { requirePastFact } from '../shared/dates.js';
import { reject } from '../shared/domain-error.js';
import type { RecordMeeting } from './meeting.commands.js';
import { MEETING_KINDS, type MeetingKind } from './meeting.events.js';

// Fixed namespace: the ids of meetings named inline are stored (upcast events, recorded meetings); never change it.
const MEETING_NAMESPACE = 'b3d5e0a4-7c1f-5e2a-9f6b-2d8c4a1e0f37';

/** A meeting as recommendations used to name it inline (`source`), before meetings were records. */
export interface InlineMeeting {
  kind: MeetingKind;
  title: string;
  heldOn: string;
}

/**
 * The id of the meeting an inline source names: a UUID v5 of kind|title|heldOn, so the upcast of an
 * old recommendation, a retried request and a new request naming the same meeting all agree.
 */
export function meetingIdOf({ kind, title, heldOn }: InlineMeeting): string {
  return uuidv5(`${kind}|${title.trim()}|${heldOn}`, MEETING_NAMESPACE);
}

/**
 * The record of a meeting a recommendation names inline (the older request form): its title in
 * English, organised by the recommendation's proposers, the only organisations it names. Refusals
 * name the `source` fields the caller sent.
 */
export function recordInlineMeeting(source: InlineMeeting, proposedByOrganizationIds: string[], today: string): RecordMeeting {
  if (!(MEETING_KINDS as readonly string[]).includes(source.kind)) reject('INVALID_SOURCE_KIND', `source.kind must be one of ${MEETING_KINDS.join(', ')}`, 'source.kind');
  const heldOn = requirePastFact(source.heldOn, today, 'source.heldOn');
  return {
    type: 'RecordMeeting',
    data: { meetingId: meetingIdOf(source), kind: source.kind, heldOn, titles: { en: source.title.trim() }, organizerIds: proposedByOrganizationIds, participantIds: [], documents: [], today },
  };
}
