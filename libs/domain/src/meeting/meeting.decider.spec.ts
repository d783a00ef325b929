import { given, stateAfter } from '../shared/decider-spec.js';
import type { MeetingKind } from './meeting.events.js';
import { meetingDecider } from './meeting.decider.js';
import { aMeetingDocumentAdded, aMeetingRecorded, anAddMeetingDocument, anAmendMeeting, aRecordMeeting, IOM_ID, MINISTRY_ID } from './meeting.fixtures.js';
import { meetingContextOf } from './meeting.state.js';

const recorded = () => [aMeetingRecorded()];
const REVIEWED = { recommendationId: 'a1b2c3d4-2015-4c4e-9a31-000000000001', reviewedOn: '2015-12-15' };

describe('meeting decider', () => {
  describe('RecordMeeting', () => {
    it('records a meeting held, effective on the day it was held', () => {
      given(meetingDecider, []).when(aRecordMeeting()).then([aMeetingRecorded()]);
    });

    it('keeps a plan, participants and omits an absent place', () => {
      const planId = '0a5e8f4e-2015-4c4e-9a31-000000000001';
      given(meetingDecider, [])
        .when(aRecordMeeting({ planId, participantIds: [IOM_ID], place: undefined }))
        .then([aMeetingRecorded({ planId, participantIds: [IOM_ID], place: undefined })].map((e) => ({ ...e, data: JSON.parse(JSON.stringify(e.data)) })));
    });

    it('refuses a meeting not yet held, an unknown kind, no organiser, and recording it twice', () => {
      given(meetingDecider, []).when(aRecordMeeting({ heldOn: '2016-12-18' })).thenThrows('DATE_IN_FUTURE', 'heldOn');
      given(meetingDecider, []).when(aRecordMeeting({ kind: 'rumour' as MeetingKind })).thenThrows('INVALID_MEETING_KIND', 'kind');
      given(meetingDecider, []).when(aRecordMeeting({ organizerIds: [] })).thenThrows('ORGANIZER_REQUIRED', 'organizerIds');
      given(meetingDecider, recorded()).when(aRecordMeeting()).thenThrows('MEETING_ALREADY_RECORDED');
    });

    it('gives the context recommendations need', () => {
      expect(meetingContextOf(stateAfter(meetingDecider, []))).toBeUndefined();
      expect(meetingContextOf(stateAfter(meetingDecider, recorded()))).toEqual({ meetingId: aMeetingRecorded().data.meetingId, heldOn: '2015-11-18' });
    });
  });

  describe('AddMeetingDocument', () => {
    it('adds a document published after the meeting', () => {
      const state = given(meetingDecider, recorded()).when(anAddMeetingDocument()).then([aMeetingDocumentAdded()]);
      expect(state).toMatchObject({ documents: [...aMeetingRecorded().data.documents, aMeetingDocumentAdded().data.document] });
    });

    it('refuses a document already there, and a meeting not recorded', () => {
      given(meetingDecider, recorded()).when(anAddMeetingDocument({ document: aMeetingRecorded().data.documents[0] })).thenThrows('DOCUMENT_ALREADY_ADDED', 'url');
      given(meetingDecider, []).when(anAddMeetingDocument()).thenThrows('MEETING_NOT_FOUND');
    });
  });

  describe('AmendMeeting (a correction)', () => {
    it('records only what changes, before and after, with the reason', () => {
      const state = given(meetingDecider, recorded())
        .when(anAmendMeeting({ titles: { ru: 'Техническое совещание 18 ноября' }, organizerIds: [MINISTRY_ID], place: 'Dushanbe' }))
        .then([
          {
            type: 'MeetingAmended',
            data: {
              before: { titles: { en: 'Technical meeting of 18 November' }, organizerIds: [MINISTRY_ID, IOM_ID] },
              after: { titles: { en: 'Technical meeting of 18 November', ru: 'Техническое совещание 18 ноября' }, organizerIds: [MINISTRY_ID] },
              reason: 'as in the minutes',
            },
          },
        ]);
      expect(meetingContextOf(state)).toEqual({ meetingId: aMeetingRecorded().data.meetingId, heldOn: '2015-11-18' });
    });

    it('moves the date up to the first review of its recommendations, not past it', () => {
      given(meetingDecider, recorded())
        .when(anAmendMeeting({ heldOn: '2015-12-15', context: { reviews: [REVIEWED] } }))
        .then([{ type: 'MeetingAmended', data: { before: { heldOn: '2015-11-18' }, after: { heldOn: '2015-12-15' }, reason: 'as in the minutes' } }]);
      given(meetingDecider, recorded()).when(anAmendMeeting({ heldOn: '2015-12-16', context: { reviews: [REVIEWED] } })).thenThrows('MEETING_AFTER_REVIEW', 'heldOn');
    });

    it('refuses a future date, no organiser, a blank reason, no field; records nothing when nothing changes', () => {
      given(meetingDecider, recorded()).when(anAmendMeeting({ heldOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'heldOn');
      given(meetingDecider, recorded()).when(anAmendMeeting({ organizerIds: [] })).thenThrows('ORGANIZER_REQUIRED', 'organizerIds');
      given(meetingDecider, recorded()).when(anAmendMeeting({ place: 'Khujand', reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
      given(meetingDecider, recorded()).when(anAmendMeeting({})).thenThrows('AMENDMENT_EMPTY');
      given(meetingDecider, recorded()).when(anAmendMeeting({ place: 'Dushanbe' })).then([]);
      given(meetingDecider, []).when(anAmendMeeting({ place: 'Khujand' })).thenThrows('MEETING_NOT_FOUND');
    });

    it('removes the place and the plan link with null: before holds what they were, the state no longer has them', () => {
      const planId = '0a5e8f4e-2015-4c4e-9a31-000000000001';
      const state = given(meetingDecider, [aMeetingRecorded({ planId })])
        .when(anAmendMeeting({ place: null, planId: null, reason: 'no place; another plan' }))
        .then([{ type: 'MeetingAmended', data: { before: { place: 'Dushanbe', planId }, after: { place: null, planId: null }, reason: 'no place; another plan' } }]);
      expect(state).not.toHaveProperty('place');
      expect(state).not.toHaveProperty('planId');
      // Set again later: a value replaces the absence.
      given(meetingDecider, [aMeetingRecorded({ planId }), { type: 'MeetingAmended', data: { before: { planId }, after: { planId: null }, reason: 'x' } }])
        .when(anAmendMeeting({ planId }))
        .then([{ type: 'MeetingAmended', data: { before: {}, after: { planId }, reason: 'as in the minutes' } }]);
    });

    it('records nothing when removing what the meeting does not have', () => {
      given(meetingDecider, [aMeetingRecorded({ place: undefined })]).when(anAmendMeeting({ place: null, planId: null })).then([]);
    });
  });
});
