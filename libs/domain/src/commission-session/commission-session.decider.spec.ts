import { given, stateAfter } from '../shared/decider-spec.js';
import { commissionSessionDecider } from './commission-session.decider.js';
import {
  aCommissionSessionHeld,
  aCommissionSessionScheduled,
  aRecordCommissionSessionHeld,
  aScheduleCommissionSession,
  SESSION_ID,
  TODAY,
} from './commission-session.fixtures.js';
import { sessionContextOf } from './commission-session.state.js';

describe('commission session decider', () => {
  describe('ScheduleCommissionSession', () => {
    it('schedules a session in the future, effective today', () => {
      given(commissionSessionDecider, [])
        .when(aScheduleCommissionSession({ scheduledOn: '2016-04-12' }))
        .then([aCommissionSessionScheduled({ scheduledOn: '2016-04-12', effectiveOn: TODAY })]);
    });

    it('schedules a back-filled past session, effective no later than the session date', () => {
      given(commissionSessionDecider, []).when(aScheduleCommissionSession()).then([aCommissionSessionScheduled({ effectiveOn: '2016-02-20' })]);
    });

    it('takes an explicit effectiveOn', () => {
      given(commissionSessionDecider, [])
        .when(aScheduleCommissionSession({ scheduledOn: '2015-10-20', effectiveOn: '2015-09-01' }))
        .then([aCommissionSessionScheduled({ scheduledOn: '2015-10-20', effectiveOn: '2015-09-01' })]);
    });

    it('refuses a scheduled date that is not a date', () => {
      given(commissionSessionDecider, []).when(aScheduleCommissionSession({ scheduledOn: '2016-04-31' })).thenThrows('INVALID_DATE', 'scheduledOn');
    });

    it('refuses to schedule the same session twice', () => {
      given(commissionSessionDecider, [aCommissionSessionScheduled()]).when(aScheduleCommissionSession()).thenThrows('SESSION_ALREADY_SCHEDULED');
    });
  });

  describe('RecordCommissionSessionHeld', () => {
    it('records a scheduled session as held, with attendees and minutes, effective on the day held', () => {
      given(commissionSessionDecider, [aCommissionSessionScheduled()])
        .when(aRecordCommissionSessionHeld({ minutesRef: 'IMC minutes 7/2016' }))
        .then([aCommissionSessionHeld({ minutesRef: 'IMC minutes 7/2016' })]);
    });

    it('records a session held on another day than scheduled', () => {
      given(commissionSessionDecider, [aCommissionSessionScheduled()])
        .when(aRecordCommissionSessionHeld({ heldOn: '2016-02-27' }))
        .then([aCommissionSessionHeld({ heldOn: '2016-02-27', effectiveOn: '2016-02-27' })]);
    });

    it('refuses to hold a session twice', () => {
      given(commissionSessionDecider, [aCommissionSessionScheduled(), aCommissionSessionHeld()])
        .when(aRecordCommissionSessionHeld())
        .thenThrows('SESSION_ALREADY_HELD');
    });

    it('refuses a session that was never scheduled', () => {
      given(commissionSessionDecider, []).when(aRecordCommissionSessionHeld()).thenThrows('SESSION_NOT_FOUND');
    });

    it('refuses a held date in the future', () => {
      given(commissionSessionDecider, [aCommissionSessionScheduled()])
        .when(aRecordCommissionSessionHeld({ heldOn: '2016-03-02' }))
        .thenThrows('DATE_IN_FUTURE', 'heldOn');
    });
  });

  it('gives the context decisions need', () => {
    expect(sessionContextOf(stateAfter(commissionSessionDecider, []))).toBeUndefined();
    expect(sessionContextOf(stateAfter(commissionSessionDecider, [aCommissionSessionScheduled()]))).toEqual({
      sessionId: SESSION_ID,
      status: 'scheduled',
      scheduledOn: '2016-02-20',
    });
    expect(sessionContextOf(stateAfter(commissionSessionDecider, [aCommissionSessionScheduled(), aCommissionSessionHeld()]))).toEqual({
      sessionId: SESSION_ID,
      status: 'held',
      scheduledOn: '2016-02-20',
      heldOn: '2016-02-20',
    });
  });
});
