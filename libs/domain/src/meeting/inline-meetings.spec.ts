import { given } from '../shared/decider-spec.js';
import { meetingIdOf, recordInlineMeeting } from './inline-meetings.js';
import { meetingDecider } from './meeting.decider.js';
import type { MeetingKind } from './meeting.events.js';

const source = { kind: 'roundtable' as const, title: 'International Migrants Day roundtable', heldOn: '2015-12-18' };

describe('meetings named inline by a recommendation (the older request form)', () => {
  it('derives one id from kind, title and date: the same every time, another for another meeting', () => {
    expect(meetingIdOf(source)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(meetingIdOf({ ...source, title: ` ${source.title} ` })).toBe(meetingIdOf(source));
    expect(meetingIdOf({ ...source, heldOn: '2016-12-18' })).not.toBe(meetingIdOf(source));
    expect(meetingIdOf({ ...source, kind: 'workshop' })).not.toBe(meetingIdOf(source));
  });

  it('records it under that id, in English, organised by the proposers', () => {
    const command = recordInlineMeeting(source, ['6f1c2a52-0b8e-4c4e-9a31-0000000000c1'], '2016-03-01');
    given(meetingDecider, []).when(command).then([
      {
        type: 'MeetingRecorded',
        data: {
          meetingId: meetingIdOf(source),
          kind: 'roundtable',
          heldOn: '2015-12-18',
          titles: { en: 'International Migrants Day roundtable' },
          organizerIds: ['6f1c2a52-0b8e-4c4e-9a31-0000000000c1'],
          participantIds: [],
          documents: [],
          effectiveOn: '2015-12-18',
        },
      },
    ]);
  });

  it('names the source fields in its refusals', () => {
    expect(() => recordInlineMeeting({ ...source, kind: 'rumour' as MeetingKind }, [], '2016-03-01')).toThrow(expect.objectContaining({ code: 'INVALID_SOURCE_KIND', field: 'source.kind' }));
    expect(() => recordInlineMeeting({ ...source, heldOn: '2016-12-18' }, [], '2016-03-01')).toThrow(expect.objectContaining({ code: 'DATE_IN_FUTURE', field: 'source.heldOn' }));
  });
});
