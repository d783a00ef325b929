import type { AddMeetingDocument, AmendMeeting, RecordMeeting } from './meeting.commands.js';
import type { MeetingDocumentAdded, MeetingRecorded } from './meeting.events.js';
import type { MeetingContext } from './meeting.state.js';

/** The technical meeting of 18 November 2015, convened by the Ministry of Labour and IOM. */
export const MEETING_ID = '9e7a1c3d-2015-4118-9a31-000000000001';
export const MINISTRY_ID = '6f1c2a52-0b8e-4c4e-9a31-0000000000c1';
export const IOM_ID = '6f1c2a52-0b8e-4c4e-9a31-0000000000c2';
export const TODAY = '2016-03-01';
const minutes = () => ({ title: 'Minutes', url: 'https://example.org/tm-2015-11-18.pdf' });

/** What the record says, as commanded and as stored. */
const technicalMeeting = () => ({
  meetingId: MEETING_ID,
  kind: 'technical_meeting' as const,
  heldOn: '2015-11-18',
  titles: { en: 'Technical meeting of 18 November' },
  organizerIds: [MINISTRY_ID, IOM_ID],
  participantIds: [],
  place: 'Dushanbe',
  documents: [minutes()],
});

export function aRecordMeeting(overrides: Partial<RecordMeeting['data']> = {}): RecordMeeting {
  return { type: 'RecordMeeting', data: { ...technicalMeeting(), today: TODAY, ...overrides } };
}

export function aMeetingRecorded(overrides: Partial<MeetingRecorded['data']> = {}): MeetingRecorded {
  return { type: 'MeetingRecorded', data: { ...technicalMeeting(), effectiveOn: '2015-11-18', ...overrides } };
}

export function anAddMeetingDocument(overrides: Partial<AddMeetingDocument['data']> = {}): AddMeetingDocument {
  return { type: 'AddMeetingDocument', data: { meetingId: MEETING_ID, document: { title: 'Report', url: 'https://example.org/report.pdf' }, today: TODAY, ...overrides } };
}

export function aMeetingDocumentAdded(overrides: Partial<MeetingDocumentAdded['data']> = {}): MeetingDocumentAdded {
  return { type: 'MeetingDocumentAdded', data: { document: { title: 'Report', url: 'https://example.org/report.pdf' }, effectiveOn: TODAY, ...overrides } };
}

export function anAmendMeeting(overrides: Partial<AmendMeeting['data']> = {}): AmendMeeting {
  return { type: 'AmendMeeting', data: { meetingId: MEETING_ID, reason: 'as in the minutes', today: TODAY, context: { reviews: [] }, ...overrides } };
}

export function aMeetingContext(overrides: Partial<MeetingContext> = {}): MeetingContext {
  return { meetingId: MEETING_ID, heldOn: '2015-11-18', ...overrides };
}
