import { yearlyBudgets } from './yearly-budgets.js';

const sum = (amounts: string[]) => amounts.reduce((total, a) => total + BigInt(a.replace('.', '')), 0n);

describe('yearlyBudgets', () => {
  it('keeps a period within one calendar year whole', () => {
    expect(yearlyBudgets('2016-03-01', '2016-09-30', '1000.00')).toEqual([{ periodStart: '2016-03-01', periodEnd: '2016-09-30', amount: '1000.00' }]);
  });

  it('splits over calendar years pro rata by days, part-years at the edges', () => {
    // 2016-07-01..2016-12-31 is 184 days, 2017 is 365, 2018-01-01..2018-06-30 is 181: 730 days
    expect(yearlyBudgets('2016-07-01', '2018-06-30', '730.00')).toEqual([
      { periodStart: '2016-07-01', periodEnd: '2016-12-31', amount: '184.00' },
      { periodStart: '2017-01-01', periodEnd: '2017-12-31', amount: '365.00' },
      { periodStart: '2018-01-01', periodEnd: '2018-06-30', amount: '181.00' },
    ]);
  });

  it('rounds to the cent so that the parts add up to the total exactly', () => {
    for (const [start, end, amount] of [['2015-01-01', '2020-12-31', '100000.00'], ['2016-02-29', '2019-11-03', '0.07'], ['2016-01-01', '2017-06-30', '250000.01'], ['2015-05-05', '2017-05-05', '3']]) {
      const parts = yearlyBudgets(start, end, amount);
      expect(sum(parts.map((p) => p.amount))).toBe(sum([amount.includes('.') ? amount : `${amount}.00`]));
      expect(parts.every((p) => /^\d+\.\d{2}$/.test(p.amount))).toBe(true);
    }
  });

  it('gives every part at most one calendar year: no budget longer than a year (IATI rule 7.5.3)', () => {
    const parts = yearlyBudgets('2015-01-01', '2020-12-31', '600.00');
    expect(parts).toHaveLength(6);
    expect(parts.every((p) => p.periodStart.slice(0, 4) === p.periodEnd.slice(0, 4))).toBe(true);
    expect(Number(parts[1].amount)).toBeGreaterThan(Number(parts[0].amount)); // 2016 has 366 days
  });

  it('keeps a finer scale than cents when the amount has one', () => {
    expect(yearlyBudgets('2016-01-01', '2017-12-31', '1.001').map((p) => p.amount)).toEqual(['0.501', '0.500']);
  });
});
