import type { ActivityView } from '../activities/activity-view.js';
import type { PlanView } from '../plans/plan-view.js';
import { reportingStatus, reportsNotIn } from './reporting-status.js';

const plan = { id: 'p', code: 'P', reporting: { frequency: 'half_yearly', dueDays: 30, approval: false }, objectives: [{ objectiveId: 'o1', code: '1', title: 'One', titles: { en: 'One', ru: 'Один' }, parentObjectiveId: null }] } as unknown as PlanView;
const activity = (id: string, over: Partial<ActivityView>): ActivityView =>
  ({ id, planId: 'p', objectiveId: 'o1', code: id, title: id, titles: { en: id }, status: 'in_progress', leadAgencyId: 'ms', startedOn: '2016-02-01', completedOn: null, progressReports: [], ...over }) as unknown as ActivityView;
const report = (periodStart: string, periodEnd: string) => ({ periodStart, periodEnd, percentComplete: 10, indicatorValues: [] });

describe('the reporting status (pure)', () => {
  const activities = [
    activity('a1', { progressReports: [report('2016-01-01', '2016-06-30')] as never }),
    activity('a2', { leadAgencyId: 'mfa', status: 'completed', completedOn: '2016-05-15', progressReports: [] }),
    activity('a3', { status: 'suspended' }),
    activity('a4', { status: 'planned', startedOn: null }),
  ];

  it('owes a report per half-year from each activity’s start to its completion, due 30 days after; counts what is in', () => {
    const status = reportingStatus(plan, activities, '2017-02-15', new Map([['ms', 'MS'], ['mfa', 'MFA']]), 'ru');
    expect(status.periods).toEqual([
      { periodStart: '2016-01-01', periodEnd: '2016-06-30', dueOn: '2016-07-30', expected: 2, submitted: 1, approved: 1, awaitingApproval: 0, missing: 1 },
      { periodStart: '2016-07-01', periodEnd: '2016-12-31', dueOn: '2017-01-30', expected: 1, submitted: 0, approved: 0, awaitingApproval: 0, missing: 1 },
    ]);
    expect(status.byAgency).toEqual([
      { agencyId: 'mfa', name: 'MFA', expected: 1, submitted: 0, approved: 0, awaitingApproval: 0, missing: 1 },
      { agencyId: 'ms', name: 'MS', expected: 2, submitted: 1, approved: 1, awaitingApproval: 0, missing: 1 },
    ]);
    expect(status.byObjective).toEqual([{ objectiveId: 'o1', code: '1', title: 'Один', expected: 3, submitted: 1, approved: 1, awaitingApproval: 0, missing: 2 }]);
    expect(status.missing.map((m) => [m.code, m.periodEnd, m.dueOn])).toEqual([['a2', '2016-06-30', '2016-07-30'], ['a1', '2016-12-31', '2017-01-30']]);
  });

  it('on a plan with approval, counts approved reports and those awaiting approval apart; a draft or a returned one is missing', () => {
    const pending = (stage: string, periodEnd: string) => ({ periodStart: '2016-07-01', periodEnd, stage, percentComplete: 20, narrative: null, submittedBy: stage === 'submitted' ? 'u' : null, comment: null, reopenReason: null, since: periodEnd });
    const withApproval = { ...plan, reporting: { frequency: 'half_yearly', dueDays: 30, approval: true } } as unknown as PlanView;
    const status = reportingStatus(withApproval, [
      activity('b1', { progressReports: [report('2016-01-01', '2016-06-30')] as never, pendingReports: [pending('submitted', '2016-12-31')] as never }),
      activity('b2', { startedOn: '2016-07-01', pendingReports: [pending('returned', '2016-12-31')] as never }),
      activity('b3', { startedOn: '2016-07-01', pendingReports: [pending('draft', '2016-12-31')] as never }),
    ], '2017-02-15', new Map());
    expect(status.periods).toEqual([
      { periodStart: '2016-01-01', periodEnd: '2016-06-30', dueOn: '2016-07-30', expected: 1, submitted: 1, approved: 1, awaitingApproval: 0, missing: 0 },
      { periodStart: '2016-07-01', periodEnd: '2016-12-31', dueOn: '2017-01-30', expected: 3, submitted: 1, approved: 0, awaitingApproval: 1, missing: 2 },
    ]);
    expect(status.missing.map((m) => m.code)).toEqual(['b2', 'b3']);
  });

  it('owes nothing not yet due, and nothing without a calendar', () => {
    expect(reportingStatus(plan, activities, '2016-07-29', new Map()).periods).toEqual([]);
    expect(reportingStatus({ ...plan, reporting: undefined }, activities, '2017-02-15', new Map())).toMatchObject({ calendar: null, periods: [], missing: [] });
  });

  it('ends with the plan’s period: an activity left open after it owes the period holding the plan’s last day, none after', () => {
    const ended = { ...plan, periodStart: '2015-01-01', periodEnd: '2016-09-30' } as unknown as PlanView;
    const open = [activity('c1', { partnerAgencyIds: [], progressReports: [report('2016-01-01', '2016-06-30')] as never })];
    const status = reportingStatus(ended, open, '2019-06-01', new Map());
    expect(status.periods.map((p) => [p.periodEnd, p.expected, p.missing])).toEqual([
      ['2016-06-30', 1, 0],
      ['2016-12-31', 1, 1],
    ]);
    // Nor is anyone reminded of a report after the plan's end.
    expect(reportsNotIn(ended, open, '2019-06-01', '2019-07-01').map((r) => r.periodEnd)).toEqual(['2016-12-31']);
    // A plan extended owes the periods its new end brings.
    const extended = { ...ended, periodEnd: '2017-12-31' } as unknown as PlanView;
    expect(reportingStatus(extended, open, '2019-06-01', new Map()).periods.map((p) => p.periodEnd)).toEqual(['2016-06-30', '2016-12-31', '2017-06-30', '2017-12-31']);
  });
});
