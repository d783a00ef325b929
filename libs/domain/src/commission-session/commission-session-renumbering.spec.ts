import { given } from '../shared/decider-spec.js';
import { InvalidValueError } from '../shared/invalid-value.js';
import type { RenumberCommissionSession } from './commission-session.commands.js';
import type { CommissionSessionRenumbered } from './commission-session.events.js';
import { commissionSessionDecider } from './commission-session.decider.js';
import { aCommissionSessionHeld, aCommissionSessionScheduled, SESSION_ID } from './commission-session.fixtures.js';

const REASON = 'the minutes number it 2016/1';
const renumber = (number: string, reason = REASON): RenumberCommissionSession => ({
  type: 'RenumberCommissionSession',
  data: { sessionId: SESSION_ID, number, reason },
});
const renumbered = (before: string, after: string): CommissionSessionRenumbered => ({
  type: 'CommissionSessionRenumbered',
  data: { before: { number: before }, after: { number: after }, reason: REASON },
});

describe('commission session decider: RenumberCommissionSession (a correction of the number)', () => {
  it('corrects the number of a scheduled session, before and after; the session keeps the new one', () => {
    const state = given(commissionSessionDecider, [aCommissionSessionScheduled()])
      .when(renumber('2016/1'))
      .then([renumbered('7', '2016/1')]);
    expect(state).toMatchObject({ status: 'scheduled', number: '2016/1', scheduledOn: '2016-02-20' });
  });

  it('corrects it once the session is held, when its date and agenda no longer are', () => {
    const held = [aCommissionSessionScheduled(), aCommissionSessionHeld()];
    given(commissionSessionDecider, held)
      .when({ type: 'AmendCommissionSession', data: { sessionId: SESSION_ID, agenda: [], reason: REASON } })
      .thenThrows('SESSION_ALREADY_HELD');
    const state = given(commissionSessionDecider, held)
      .when(renumber('2016/1'))
      .then([renumbered('7', '2016/1')]);
    expect(state).toMatchObject({ status: 'held', number: '2016/1', heldOn: '2016-02-20' });
  });

  it('follows an earlier renumbering: the value before is the number in force', () => {
    given(commissionSessionDecider, [aCommissionSessionScheduled(), renumbered('7', '2016/10')])
      .when(renumber('2016/1'))
      .then([renumbered('2016/10', '2016/1')]);
  });

  it('records nothing when the number is the one stored', () => {
    given(commissionSessionDecider, [aCommissionSessionScheduled()]).when(renumber('7')).then([]);
  });

  it('refuses an unknown session, a blank reason and a blank number (a 400 naming it)', () => {
    given(commissionSessionDecider, []).when(renumber('8')).thenThrows('SESSION_NOT_FOUND');
    given(commissionSessionDecider, [aCommissionSessionScheduled()]).when(renumber('8', ' ')).thenThrows('REASON_REQUIRED', 'reason');
    const blank = given(commissionSessionDecider, [aCommissionSessionScheduled()]).when(renumber(' \u200b')).thenThrows('NUMBER_REQUIRED', 'number');
    expect(blank).toBeInstanceOf(InvalidValueError);
  });
});
