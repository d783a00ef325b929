import { given, stateAfter } from '../shared/decider-spec.js';
import { aPlanContext } from '../plan/plan.fixtures.js';
import type { RetireIndicator, ReviseIndicator } from './activity.commands.js';
import type { IndicatorRetired, IndicatorRevised } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import { ACTIVITY_ID, anActivityProgressReported, anIndicatorDefined, aReportActivityProgress, cancelled, INDICATOR_ID, inProgress, TODAY } from './activity.fixtures.js';

const revise = (fields: Partial<ReviseIndicator['data']>): ReviseIndicator => ({ type: 'ReviseIndicator', data: { activityId: ACTIVITY_ID, indicatorId: INDICATOR_ID, reason: 'target was per year', context: { plan: aPlanContext() }, ...fields } });
const retire = (fields: Partial<RetireIndicator['data']> = {}): RetireIndicator => ({ type: 'RetireIndicator', data: { activityId: ACTIVITY_ID, indicatorId: INDICATOR_ID, reason: 'no longer measured', today: TODAY, ...fields } });
const retired = (): IndicatorRetired => ({ type: 'IndicatorRetired', data: { indicatorId: INDICATOR_ID, reason: 'no longer measured', effectiveOn: TODAY } });
const withIndicator = () => [...inProgress(), anIndicatorDefined()];
const OBJECTIVE_INDICATOR_ID = '0a5e8f4e-2015-4c4e-9a31-0000000000c1';

describe('activity decider: indicator corrections', () => {
  it('revises name, unit, baseline, target: only what changes, before and after', () => {
    const revised: IndicatorRevised = { type: 'IndicatorRevised', data: { indicatorId: INDICATOR_ID, before: { target: 5000 }, after: { target: 15000 }, reason: 'target was per year' } };
    given(activityDecider, withIndicator()).when(revise({ target: 15000, unit: 'persons' })).then([revised]);
    const state = stateAfter(activityDecider, [...withIndicator(), revised]);
    expect(state.status === 'in_progress' && state.indicators[0]).toMatchObject({ target: 15000, names: { en: 'Migrants informed' } });
  });

  it('records nothing when nothing changes; refuses an empty revision, a blank reason, an unknown indicator', () => {
    given(activityDecider, withIndicator()).when(revise({ target: 5000 })).then([]);
    given(activityDecider, withIndicator()).when(revise({})).thenThrows('AMENDMENT_EMPTY');
    given(activityDecider, withIndicator()).when(revise({ target: 1, reason: '' })).thenThrows('REASON_REQUIRED', 'reason');
    given(activityDecider, inProgress()).when(revise({ target: 1 })).thenThrows('UNKNOWN_INDICATOR', 'indicatorId');
    given(activityDecider, withIndicator()).when(revise({ target: Number.NaN })).thenThrows('INVALID_NUMBER', 'target');
  });

  it('removes the baseline date and the roll-up with null: before holds them, the indicator no longer has them', () => {
    const rollsUpTo = { objectiveIndicatorId: OBJECTIVE_INDICATOR_ID, method: 'sum' as const };
    const plan = aPlanContext({ objectiveIndicators: [{ indicatorId: OBJECTIVE_INDICATOR_ID, objectiveId: 'o', type: 'number' }] });
    const events = [...inProgress(), anIndicatorDefined({ baselineDate: '2015-01-01', rollsUpTo })];
    const revised: IndicatorRevised = {
      type: 'IndicatorRevised',
      data: { indicatorId: INDICATOR_ID, before: { baselineDate: '2015-01-01', rollsUpTo }, after: { baselineDate: null, rollsUpTo: null }, reason: 'target was per year' },
    };
    const state = given(activityDecider, events).when(revise({ baselineDate: null, rollsUpTo: null, context: { plan } })).then([revised]);
    const indicator = state.status === 'in_progress' ? state.indicators[0] : undefined;
    expect(indicator).not.toHaveProperty('baselineDate');
    expect(indicator).not.toHaveProperty('rollsUpTo');
    // Nothing to remove: nothing recorded.
    given(activityDecider, [...events, revised]).when(revise({ baselineDate: null, rollsUpTo: null, context: { plan } })).then([]);
    given(activityDecider, withIndicator()).when(revise({ rollsUpTo: null })).then([]);
  });

  it('retires an indicator with a reason; new reports may not give it a value, a correction of a reported period may', () => {
    given(activityDecider, withIndicator()).when(retire()).then([retired()]);
    given(activityDecider, [...withIndicator(), retired()]).when(retire()).thenThrows('INDICATOR_RETIRED', 'indicatorId');
    given(activityDecider, [...withIndicator(), retired()])
      .when(aReportActivityProgress({ indicatorValues: [{ indicatorId: INDICATOR_ID, value: 3 }] }))
      .thenThrows('INDICATOR_RETIRED', 'indicatorValues[0].indicatorId');
    const reported = anActivityProgressReported({ indicatorValues: [{ indicatorId: INDICATOR_ID, value: 3 }] });
    given(activityDecider, [...withIndicator(), reported, retired()])
      .when(aReportActivityProgress({ indicatorValues: [{ indicatorId: INDICATOR_ID, value: 4 }], reason: 'miscounted' }))
      .then([
        {
          type: 'ActivityProgressCorrected',
          data: {
            periodStart: '2015-07-01',
            periodEnd: '2015-09-30',
            before: { percentComplete: 25, indicatorValues: [{ indicatorId: INDICATOR_ID, value: 3 }], evidence: [] },
            after: { percentComplete: 25, indicatorValues: [{ indicatorId: INDICATOR_ID, value: 4 }], evidence: [] },
            reason: 'miscounted',
            effectiveOn: '2015-09-30',
          },
        },
      ]);
  });

  it('refuses corrections of indicators on a cancelled activity, and a retirement without a reason', () => {
    given(activityDecider, [...cancelled(), anIndicatorDefined()]).when(revise({ target: 1 })).thenThrows('TERMINAL_STATE');
    given(activityDecider, withIndicator()).when(retire({ reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
  });
});
