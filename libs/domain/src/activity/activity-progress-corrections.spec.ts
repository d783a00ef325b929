import { given, stateAfter } from '../shared/decider-spec.js';
import type { ActivityProgressCorrected, ActivityProgressWithdrawn } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import { ACTIVITY_ID, anActivityCompleted, anActivityProgressReported, aReportActivityProgress, cancelled, inProgress } from './activity.fixtures.js';
import { currentPercentComplete } from './activity.state.js';

const Q1 = { periodStart: '2015-07-01', periodEnd: '2015-09-30' };
const Q2 = { periodStart: '2015-10-01', periodEnd: '2015-12-31' };
const REASON = '70 counted Kulob twice';
const report = (percentComplete: number) => ({ percentComplete, indicatorValues: [], evidence: [] });

const corrected = (before: number, after: number): ActivityProgressCorrected => ({
  type: 'ActivityProgressCorrected',
  data: { ...Q1, before: report(before), after: report(after), reason: REASON, effectiveOn: Q1.periodEnd },
});
const withdrawn = (before: number): ActivityProgressWithdrawn => ({
  type: 'ActivityProgressWithdrawn',
  data: { ...Q1, before: report(before), reason: 'reported on the wrong activity', effectiveOn: Q1.periodEnd },
});
const withdraw = (overrides: Partial<{ periodStart: string; periodEnd: string; reason: string }> = {}) => ({
  type: 'WithdrawProgressReport' as const,
  data: { activityId: ACTIVITY_ID, ...Q1, reason: 'reported on the wrong activity', ...overrides },
});

describe('activity decider: progress corrections', () => {
  it('keeps each report in force in one shape, the empty lists shared, and states a correction\'s before as it was reported', () => {
    const state = stateAfter(activityDecider, [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 70 }), anActivityProgressReported({ ...Q2, percentComplete: 80, narrative: 'Kulob' })]);
    if (state.status === 'none') throw new Error('no activity');
    const [q1, q2] = state.progress;
    expect(Object.keys(q1)).toEqual(Object.keys(q2));
    expect(q1.evidence).toBe(q2.indicatorValues);
    expect(Object.isFrozen(q1.evidence)).toBe(true);
    const [correction] = activityDecider.decide(aReportActivityProgress({ ...Q1, percentComplete: 45, reason: REASON }), state) as ActivityProgressCorrected[];
    expect(correction.data.before).toStrictEqual(report(70));
    const [again] = activityDecider.decide(aReportActivityProgress({ ...Q2, percentComplete: 75, reason: REASON }), state) as ActivityProgressCorrected[];
    expect(again.data.before).toStrictEqual({ ...report(80), narrative: 'Kulob' });
  });

  it('compares a later report with the replacing report of an earlier period, never with the replaced one (as stored before corrections had an event)', () => {
    const history = [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 70 }), anActivityProgressReported({ ...Q1, percentComplete: 45, reason: REASON })];
    given(activityDecider, history)
      .when(aReportActivityProgress({ ...Q2, percentComplete: 50 }))
      .then([anActivityProgressReported({ ...Q2, percentComplete: 50, effectiveOn: Q2.periodEnd })]);
  });

  it('a report for a period already reported is a correction: before and after, with the reason', () => {
    given(activityDecider, [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 70 })])
      .when(aReportActivityProgress({ ...Q1, percentComplete: 45, reason: REASON }))
      .then([corrected(70, 45)]);
  });

  it('after a correction from 70 % to 45 %, a later report of 50 % needs no reason', () => {
    given(activityDecider, [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 70 }), corrected(70, 45)])
      .when(aReportActivityProgress({ ...Q2, percentComplete: 50 }))
      .then([anActivityProgressReported({ ...Q2, percentComplete: 50, effectiveOn: Q2.periodEnd })]);
  });

  it('refuses a correction without a reason, even when the figure goes up', () => {
    given(activityDecider, [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 40 })])
      .when(aReportActivityProgress({ ...Q1, percentComplete: 45, reason: ' ' }))
      .thenThrows('REASON_REQUIRED', 'reason');
  });

  it('corrects a report of a completed activity (a figure found wrong later), not of a cancelled one', () => {
    given(activityDecider, [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 70 }), anActivityCompleted()])
      .when(aReportActivityProgress({ ...Q1, percentComplete: 45, reason: REASON }))
      .then([corrected(70, 45)]);
    given(activityDecider, [...cancelled()]).when(aReportActivityProgress({ ...Q1, percentComplete: 45, reason: REASON })).thenThrows('TERMINAL_STATE');
  });

  it('takes a late report of a period the completed activity ran in, and refuses one after its completion', () => {
    const history = [...inProgress(), anActivityProgressReported({ ...Q1 }), anActivityCompleted()];
    given(activityDecider, history)
      .when(aReportActivityProgress({ ...Q2, percentComplete: 50 }))
      .then([anActivityProgressReported({ ...Q2, percentComplete: 50, effectiveOn: Q2.periodEnd })]);
    given(activityDecider, history)
      .when(aReportActivityProgress({ periodStart: '2016-02-16', periodEnd: '2016-02-29', percentComplete: 50 }))
      .thenThrows('TERMINAL_STATE', 'periodStart');
  });

  it('withdraws a report with a reason; the rule then forgets it', () => {
    const history = [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 70 })];
    given(activityDecider, history).when(withdraw()).then([withdrawn(70)]);
    given(activityDecider, [...history, withdrawn(70)])
      .when(aReportActivityProgress({ ...Q2, percentComplete: 10 }))
      .then([anActivityProgressReported({ ...Q2, percentComplete: 10, effectiveOn: Q2.periodEnd })]);
  });

  it('refuses a withdrawal without a reason, or of a period with no report in force', () => {
    const history = [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 70 })];
    given(activityDecider, history).when(withdraw({ reason: '' })).thenThrows('REASON_REQUIRED', 'reason');
    given(activityDecider, history).when(withdraw(Q2)).thenThrows('PROGRESS_REPORT_NOT_FOUND', 'periodEnd');
    given(activityDecider, [...history, withdrawn(70)]).when(withdraw()).thenThrows('PROGRESS_REPORT_NOT_FOUND', 'periodEnd');
    given(activityDecider, []).when(withdraw()).thenThrows('ACTIVITY_NOT_FOUND');
  });

  it('keeps one report in force per period', () => {
    const state = stateAfter(activityDecider, [...inProgress(), anActivityProgressReported({ ...Q1, percentComplete: 70 }), anActivityProgressReported({ ...Q2, percentComplete: 80 }), corrected(70, 45), withdrawn(45)]);
    expect(state.status === 'in_progress' && state.progress.map((p) => [p.periodEnd, p.percentComplete])).toEqual([[Q2.periodEnd, 80]]);
    expect(state.status === 'in_progress' && currentPercentComplete(state.progress)).toBe(80);
  });
});
