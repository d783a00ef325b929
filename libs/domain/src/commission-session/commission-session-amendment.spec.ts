import { given, stateAfter } from '../shared/decider-spec.js';
import type { AmendCommissionSession } from './commission-session.commands.js';
import { commissionSessionDecider } from './commission-session.decider.js';
import { aCommissionSessionHeld, aCommissionSessionScheduled, SESSION_ID } from './commission-session.fixtures.js';

const amend = (fields: Partial<AmendCommissionSession['data']>): AmendCommissionSession => ({ type: 'AmendCommissionSession', data: { sessionId: SESSION_ID, reason: 'moved by the chair', ...fields } });

describe('commission session decider: AmendCommissionSession (a correction before it is held)', () => {
  it('corrects the date and the agenda: only what changes, before and after', () => {
    const agenda = [{ en: 'Implementation report 2015', ru: 'Отчёт о реализации за 2015 год' }];
    given(commissionSessionDecider, [aCommissionSessionScheduled()])
      .when(amend({ scheduledOn: '2016-02-27', agenda }))
      .then([{ type: 'CommissionSessionAmended', data: { before: { scheduledOn: '2016-02-20', agenda: aCommissionSessionScheduled().data.agenda }, after: { scheduledOn: '2016-02-27', agenda }, reason: 'moved by the chair' } }]);
    const state = stateAfter(commissionSessionDecider, [aCommissionSessionScheduled(), { type: 'CommissionSessionAmended', data: { before: {}, after: { agenda }, reason: 'x' } }]);
    expect(state).toMatchObject({ status: 'scheduled', agenda });
  });

  it('refuses once the session is held, and an unknown session, a blank reason, no field, a bad date', () => {
    given(commissionSessionDecider, [aCommissionSessionScheduled(), aCommissionSessionHeld()]).when(amend({ agenda: [] })).thenThrows('SESSION_ALREADY_HELD');
    given(commissionSessionDecider, []).when(amend({ agenda: [] })).thenThrows('SESSION_NOT_FOUND');
    given(commissionSessionDecider, [aCommissionSessionScheduled()]).when(amend({ agenda: [], reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
    given(commissionSessionDecider, [aCommissionSessionScheduled()]).when(amend({})).thenThrows('AMENDMENT_EMPTY');
    given(commissionSessionDecider, [aCommissionSessionScheduled()]).when(amend({ scheduledOn: '2016-02-30' })).thenThrows('INVALID_DATE', 'scheduledOn');
  });

  it('records nothing when nothing changes', () => {
    given(commissionSessionDecider, [aCommissionSessionScheduled()]).when(amend({ scheduledOn: '2016-02-20' })).then([]);
  });
});
