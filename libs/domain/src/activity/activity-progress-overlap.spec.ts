import { given, stateAfter } from '../shared/decider-spec.js';
import { aPlanContext } from '../plan/plan.fixtures.js';
import type { ActivityEvent, ActivityProgressWithdrawn } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import { anActivityProgressReported, aReportActivityProgress, inProgress } from './activity.fixtures.js';

const Q3 = { periodStart: '2015-07-01', periodEnd: '2015-09-30' };
const Q4 = { periodStart: '2015-10-01', periodEnd: '2015-12-31' };
const AUGUST_TO_OCTOBER = { periodStart: '2015-08-01', periodEnd: '2015-10-31' };
const HALF_YEAR = { periodStart: '2015-07-01', periodEnd: '2015-12-31' };
const content = { percentComplete: 30, indicatorValues: [], evidence: [] };
const withdrawn = (period: typeof Q3): ActivityProgressWithdrawn => ({
  type: 'ActivityProgressWithdrawn',
  data: { ...period, before: content, reason: 'the wrong period', effectiveOn: period.periodEnd },
});
const drafted: ActivityEvent = { type: 'ProgressReportDrafted', data: { ...Q3, content, by: 'user-agency', effectiveOn: Q3.periodEnd } };

describe('activity decider: report periods do not overlap', () => {
  it('refuses a period sharing days with a report in force (one that ends inside it, one that spans it, one inside it), naming that report', () => {
    const history = [...inProgress(), anActivityProgressReported({ ...Q3, percentComplete: 30 }), anActivityProgressReported({ ...Q4, percentComplete: 40 })];
    for (const period of [
      AUGUST_TO_OCTOBER,
      HALF_YEAR,
      { periodStart: '2015-11-01', periodEnd: '2015-11-30' },
      { periodStart: '2015-12-31', periodEnd: '2015-12-31' },
    ]) {
      given(activityDecider, history)
        .when(aReportActivityProgress({ ...period, percentComplete: 50 }))
        .thenThrows('REPORT_PERIOD_OVERLAPS', 'periodStart');
    }
    expect(() => activityDecider.decide(aReportActivityProgress({ ...AUGUST_TO_OCTOBER, percentComplete: 50 }), stateAfter(activityDecider, history))).toThrow(
      'the period 2015-08-01..2015-10-31 overlaps the report for 2015-07-01..2015-09-30: correct that report for its own period, or withdraw it first',
    );
  });

  it('takes the next period, from the day after the last, and a period between two reports that touches neither', () => {
    given(activityDecider, [...inProgress(), anActivityProgressReported({ ...Q3, percentComplete: 30 })])
      .when(aReportActivityProgress({ periodStart: '2015-10-01', periodEnd: '2015-10-31', percentComplete: 35 }))
      .then([anActivityProgressReported({ periodStart: '2015-10-01', periodEnd: '2015-10-31', percentComplete: 35, effectiveOn: '2015-10-31' })]);
    given(activityDecider, [
      ...inProgress(),
      anActivityProgressReported({ ...Q3, percentComplete: 30 }),
      anActivityProgressReported({ ...Q4, percentComplete: 40 }),
      withdrawn(Q3),
    ])
      .when(aReportActivityProgress({ periodStart: '2015-08-01', periodEnd: '2015-09-30', percentComplete: 35 }))
      .then([anActivityProgressReported({ periodStart: '2015-08-01', periodEnd: '2015-09-30', percentComplete: 35, effectiveOn: '2015-09-30' })]);
  });

  it('a report for the same period stays a correction, and a withdrawn period is free again', () => {
    given(activityDecider, [...inProgress(), anActivityProgressReported({ ...Q3, percentComplete: 30 }), withdrawn(Q3)])
      .when(aReportActivityProgress({ ...HALF_YEAR, percentComplete: 40 }))
      .then([anActivityProgressReported({ ...HALF_YEAR, percentComplete: 40, effectiveOn: HALF_YEAR.periodEnd })]);
  });

  it('refuses a period overlapping a report under approval', () => {
    const withApproval = { plan: aPlanContext({ approval: true }) };
    given(activityDecider, [...inProgress(), drafted])
      .when(aReportActivityProgress({ ...AUGUST_TO_OCTOBER, percentComplete: 50, by: 'user-agency', context: withApproval, draft: true }))
      .thenThrows('REPORT_PERIOD_OVERLAPS', 'periodStart');
  });
});
