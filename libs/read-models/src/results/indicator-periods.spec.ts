import { latestIn, percentOfTarget, periodsOf, targetIn } from './indicator-periods.js';

const reported = (periodStart: string, periodEnd: string, value: number) => ({ periodStart, periodEnd, value, categories: [] });

describe('tracking table periods', () => {
  it('uses the milestones’ years, and the year of a value reported outside them', () => {
    const periods = periodsOf([{ year: 2017, value: 5 }, { year: 2016, value: 2 }], [reported('2018-01-01', '2018-06-30', 7)]);
    expect(periods.map((p) => p.period)).toEqual(['2016', '2017', '2018']);
    expect(targetIn([{ year: 2017, value: 5 }], periods[1])).toBe(5);
    expect(targetIn([{ year: 2017, value: 5 }], periods[2])).toBeNull();
  });

  it('uses milestone periods, and a report outside them as its own period; without milestones, each report', () => {
    const half = { periodStart: '2016-01-01', periodEnd: '2016-06-30', value: 3 };
    expect(periodsOf([half], [reported('2016-01-01', '2016-03-31', 1), reported('2016-07-01', '2016-09-30', 2)]).map((p) => p.period)).toEqual([
      '2016-01-01..2016-06-30',
      '2016-07-01..2016-09-30',
    ]);
    expect(periodsOf([], [reported('2016-04-01', '2016-06-30', 2), reported('2016-01-01', '2016-03-31', 1)]).map((p) => p.period)).toEqual([
      '2016-01-01..2016-03-31',
      '2016-04-01..2016-06-30',
    ]);
  });

  it('takes the value of the latest report ending in the period (the later recorded on a tie)', () => {
    const values = [reported('2016-07-01', '2016-12-31', 250), reported('2016-01-01', '2016-06-30', 120), reported('2016-07-01', '2016-12-31', 260)];
    expect(latestIn(values, { periodStart: '2016-01-01', periodEnd: '2016-12-31' })?.value).toBe(260);
    expect(latestIn(values, { periodStart: '2016-01-01', periodEnd: '2016-06-30' })?.value).toBe(120);
    expect(latestIn(values, { periodStart: '2017-01-01', periodEnd: '2017-12-31' })).toBeUndefined();
  });

  it('measures progress by the direction of good change', () => {
    expect(percentOfTarget(310, 300, 0, 'increase')).toBe(103.3);
    // From 40 toward 10, now 25: half the way.
    expect(percentOfTarget(25, 10, 40, 'decrease')).toBe(50);
    expect(percentOfTarget(45, 10, 40, 'decrease')).toBe(-16.7);
    expect(percentOfTarget(null, 10, 40, 'decrease')).toBeNull();
    expect(percentOfTarget(5, 0, 0, 'increase')).toBeNull();
    expect(percentOfTarget(5, 10, 10, 'decrease')).toBeNull();
  });
});
