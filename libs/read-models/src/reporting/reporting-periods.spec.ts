import { reportingPeriods } from './reporting-periods.js';

describe('reporting periods (pure)', () => {
  it('cuts quarters, halves and years aligned on 1 January, each due the given days after it ends', () => {
    expect(reportingPeriods({ frequency: 'quarterly', dueDays: 30 }, '2016-02-15', '2016-08-01')).toEqual([
      { periodStart: '2016-01-01', periodEnd: '2016-03-31', dueOn: '2016-04-30' },
      { periodStart: '2016-04-01', periodEnd: '2016-06-30', dueOn: '2016-07-30' },
      { periodStart: '2016-07-01', periodEnd: '2016-09-30', dueOn: '2016-10-30' },
    ]);
    expect(reportingPeriods({ frequency: 'half_yearly', dueDays: 0 }, '2016-07-01', '2017-01-01').map((p) => p.periodEnd)).toEqual(['2016-12-31', '2017-06-30']);
    expect(reportingPeriods({ frequency: 'yearly', dueDays: 60 }, '2015-10-01', '2016-12-31')).toEqual([
      { periodStart: '2015-01-01', periodEnd: '2015-12-31', dueOn: '2016-02-29' },
      { periodStart: '2016-01-01', periodEnd: '2016-12-31', dueOn: '2017-03-01' },
    ]);
  });

});
