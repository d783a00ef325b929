import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { Evidence } from '../shared/values.js';
import type { Changes } from '../shared/same-value.js';
import type { AmendableMeeting, MeetingKind, RemovableMeetingField } from './meeting.events.js';
import type { Titles } from '../shared/titles.js';

/** Organisers and participants are checked to exist by the application; effectiveOn is heldOn. */
export type RecordMeeting = DomainCommand<
  'RecordMeeting',
  { meetingId: string; kind: MeetingKind; heldOn: string; titles: Titles; organizerIds: string[]; participantIds: string[]; place?: string; documents: Evidence[]; planId?: string; today: string }
>;
export type AddMeetingDocument = DomainCommand<'AddMeetingDocument', CommandClock & { meetingId: string; document: Evidence }>;

/** The first review of each recommendation made at the meeting (loaded by the application). */
export interface MeetingReviews {
  reviews: { recommendationId: string; reviewedOn: string }[];
}

/** A correction of any field (null removes the place or the plan), with a reason; context.reviews guards a change of heldOn. */
export type AmendMeeting = DomainCommand<'AmendMeeting', Changes<AmendableMeeting, RemovableMeetingField> & { meetingId: string; reason: string; today: string; context: MeetingReviews }>;

export type MeetingCommand = RecordMeeting | AddMeetingDocument | AmendMeeting;
