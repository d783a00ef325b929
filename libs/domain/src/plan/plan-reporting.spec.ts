import { given, stateAfter } from '../shared/decider-spec.js';
import { planDecider } from './plan.decider.js';
import { aPlanAdopted, aPlanClosed, aPlanDrafted, PLAN_ID, TODAY } from './plan.fixtures.js';
import { planContextOf } from './plan.state.js';

const setCalendar = (data: Record<string, unknown> = {}) => ({ type: 'SetReportingCalendar' as const, data: { planId: PLAN_ID, frequency: 'quarterly' as const, dueDays: 30, approval: true, today: TODAY, ...data } });

describe('plan decider: the reporting calendar', () => {
  it('sets it, dated from the plan’s start unless a date is given', () => {
    given(planDecider, [aPlanDrafted()])
      .when(setCalendar())
      .then([{ type: 'ReportingCalendarSet', data: { reporting: { frequency: 'quarterly', dueDays: 30, approval: true }, effectiveOn: aPlanDrafted().data.periodStart } }]);
    expect(stateAfter(planDecider, [aPlanDrafted(), { type: 'ReportingCalendarSet', data: { reporting: { frequency: 'yearly', dueDays: 60, approval: false }, effectiveOn: '2015-01-01' } }])).toMatchObject({ reporting: { frequency: 'yearly', dueDays: 60 } });
  });

  it('tells the plan’s activities whether their reports wait for approval', () => {
    const calendar = (approval: boolean) => ({ type: 'ReportingCalendarSet' as const, data: { reporting: { frequency: 'yearly' as const, dueDays: 60, approval }, effectiveOn: '2015-01-01' } });
    expect(planContextOf(stateAfter(planDecider, [aPlanDrafted(), calendar(true)]))?.approval).toBe(true);
    expect(planContextOf(stateAfter(planDecider, [aPlanDrafted(), calendar(false)]))?.approval).toBe(false);
    expect(planContextOf(stateAfter(planDecider, [aPlanDrafted()]))?.approval).toBe(false);
  });

  it('keeps the calendar and the default sector once the plan is closed: a late report still waits for approval', () => {
    const calendar = { type: 'ReportingCalendarSet' as const, data: { reporting: { frequency: 'yearly' as const, dueDays: 60, approval: true }, effectiveOn: '2015-01-01' } };
    const closed = stateAfter(planDecider, [aPlanDrafted({ defaultSectorCode: '15110' }), calendar, aPlanAdopted(), aPlanClosed()]);
    expect(closed).toMatchObject({ status: 'closed', defaultSectorCode: '15110', reporting: { approval: true } });
    expect(planContextOf(closed)?.approval).toBe(true);
  });

  it('replacing one needs a reason; setting the same again appends nothing', () => {
    const set = { type: 'ReportingCalendarSet' as const, data: { reporting: { frequency: 'quarterly' as const, dueDays: 30, approval: true }, effectiveOn: '2015-01-01' } };
    given(planDecider, [aPlanDrafted(), set]).when(setCalendar()).then([]);
    given(planDecider, [aPlanDrafted(), set]).when(setCalendar({ frequency: 'yearly' })).thenThrows('REASON_REQUIRED', 'reason');
    given(planDecider, [aPlanDrafted(), set])
      .when(setCalendar({ frequency: 'yearly', reason: 'the commission meets once a year' }))
      .then([{ type: 'ReportingCalendarSet', data: { reporting: { frequency: 'yearly', dueDays: 30, approval: true }, reason: 'the commission meets once a year', effectiveOn: aPlanDrafted().data.periodStart } }]);
  });

  it('refuses a report due before its period ends, or an unknown frequency, naming the field', () => {
    given(planDecider, [aPlanDrafted()]).when(setCalendar({ dueDays: -1 })).thenThrows('DUE_BEFORE_PERIOD_ENDS', 'dueDays');
    given(planDecider, [aPlanDrafted()]).when(setCalendar({ frequency: 'monthly' })).thenThrows('INVALID_FREQUENCY', 'frequency');
    given(planDecider, []).when(setCalendar()).thenThrows('PLAN_NOT_FOUND');
  });
});
