import { given } from '../shared/decider-spec.js';
import type { RecodeActivity } from './activity.commands.js';
import type { ActivityEvent, ActivityRecoded } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import {
  ACTIVITY_ID,
  aResumeActivity,
  anActivityPlanned,
  anActivityResumed,
  cancelled,
  completed,
  inProgress,
  planned,
  suspendedFromProgress,
} from './activity.fixtures.js';

const REASON = 'typed 1.2.33 for 1.2.3';
const recode = (code: string, reason = REASON): RecodeActivity => ({ type: 'RecodeActivity', data: { activityId: ACTIVITY_ID, code, reason } });
const recoded = (before: string, after: string): ActivityRecoded => ({
  type: 'ActivityRecoded',
  data: { before: { code: before }, after: { code: after }, reason: REASON },
});

describe('activity decider: RecodeActivity (a correction of the code)', () => {
  it('corrects the code of a planned activity, before and after; the activity keeps the new one and nothing else changes', () => {
    const state = given(activityDecider, [anActivityPlanned({ code: '1.2.33' })])
      .when(recode('1.2.3'))
      .then([recoded('1.2.33', '1.2.3')]);
    expect(state).toMatchObject({ status: 'planned', code: '1.2.3', titles: anActivityPlanned().data.titles, plannedEnd: '2016-06-30', revision: 1 });
  });

  it.each([
    ['in_progress', inProgress()],
    ['suspended', suspendedFromProgress()],
    ['completed', completed()],
    ['cancelled', cancelled()],
  ] as [string, ActivityEvent[]][])('corrects the code of an activity %s too, which stays so', (status, history) => {
    const state = given(activityDecider, history)
      .when(recode('2.3.1'))
      .then([recoded('2.3', '2.3.1')]);
    expect(state).toMatchObject({ status, code: '2.3.1' });
  });

  it('keeps the new code through later changes of status', () => {
    const state = given(activityDecider, [...suspendedFromProgress(), recoded('2.3', '2.4')])
      .when(aResumeActivity())
      .then([anActivityResumed()]);
    expect(state).toMatchObject({ status: 'in_progress', code: '2.4' });
  });

  it('records another spelling of the same code (the record keeps the spelling it is given), and nothing for the code stored', () => {
    given(activityDecider, [anActivityPlanned({ code: '2.3a' })])
      .when(recode('2.3A'))
      .then([recoded('2.3a', '2.3A')]);
    given(activityDecider, planned()).when(recode('2.3')).then([]);
  });

  it('refuses an unknown activity, a blank reason, and a code an IATI identifier cannot hold', () => {
    given(activityDecider, []).when(recode('2.4')).thenThrows('ACTIVITY_NOT_FOUND');
    given(activityDecider, planned()).when(recode('2.4', ' ')).thenThrows('REASON_REQUIRED', 'reason');
    for (const code of ['  ', '2 .4', '2/4', '2.4?']) given(activityDecider, planned()).when(recode(code)).thenThrows('INVALID_CODE', 'code');
  });
});
