import type { Amendment } from '../shared/amendment.js';
import type { DomainEvent } from '../shared/decider.js';
import { STREAM_PREFIX } from '../shared/streams.js';
import type { Titles } from '../shared/titles.js';
import type { Evidence } from '../shared/values.js';

export const MEETING_KINDS = ['technical_meeting', 'roundtable', 'workshop', 'evaluation', 'other'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

/** What a meeting's record says; a correction may change any of it, and remove a REMOVABLE_MEETING_FIELDS one. */
export interface AmendableMeeting {
  kind: MeetingKind;
  heldOn: string;
  titles: Titles;
  /** The organisations that convened it: one or more. */
  organizerIds: string[];
  participantIds: string[];
  place: string;
  /** Minutes, reports, presentations. */
  documents: Evidence[];
  planId: string;
}

/** The optional fields a correction may remove (`after` null): a place typed for a meeting that had none, a link to the wrong plan. */
export type RemovableMeetingField = 'place' | 'planId';

/** A technical meeting, roundtable, workshop or evaluation, recorded after it was held; effectiveOn is heldOn. */
export type MeetingRecorded = DomainEvent<
  'MeetingRecorded',
  Omit<AmendableMeeting, 'place' | 'planId'> & { meetingId: string; place?: string; planId?: string; effectiveOn: string }
>;
/** A document published after the meeting (its minutes, a report); effectiveOn defaults to the day it was added. */
export type MeetingDocumentAdded = DomainEvent<'MeetingDocumentAdded', { document: Evidence; effectiveOn: string }>;
/** A correction (no effectiveOn: seen at every asOf): only the fields that change, before and after (null: removed). */
export type MeetingAmended = DomainEvent<'MeetingAmended', Amendment<AmendableMeeting, RemovableMeetingField>>;

export type MeetingEvent = MeetingRecorded | MeetingDocumentAdded | MeetingAmended;
export type MeetingEventType = MeetingEvent['type'];

const eventTypes: Record<MeetingEventType, true> = { MeetingRecorded: true, MeetingDocumentAdded: true, MeetingAmended: true };
export const MEETING_EVENT_TYPES = Object.keys(eventTypes) as MeetingEventType[];

export function meetingStream(meetingId: string): string {
  return STREAM_PREFIX.meeting + meetingId;
}
