import { listChanges, listRows, storedView, withList, type ListInRowsSpec } from './list-in-rows.js';

interface Report {
  from: string;
  to: string;
  percent: number;
}

const spec: ListInRowsSpec<Report> = {
  property: 'reports',
  table: 'record_report',
  parent: 'record_id',
  key: [
    { name: 'period_start', type: 'text', value: (r) => r.from },
    { name: 'period_end', type: 'text', value: (r) => r.to },
  ],
  item: 'report',
};

const report = (to: string, percent: number): Report => ({ from: '2016-01-01', to, percent });
const row = (item: Report, position: number) => ({ record_id: 'r1', period_start: item.from, period_end: item.to, position, report: item });
const key = (item: Report) => ({ record_id: 'r1', period_start: item.from, period_end: item.to });

describe('a list of a view kept in rows of its own', () => {
  const march = report('2016-03-31', 10);
  const june = report('2016-06-30', 20);
  const september = report('2016-09-30', 30);

  it('writes nothing when the fold kept the same items', () => {
    expect(listChanges(spec, 'r1', [march, june], [march, june], 7)).toEqual({ added: [], removed: [] });
  });

  it('adds the items appended, the last at the revision and each before it just under', () => {
    expect(listChanges(spec, 'r1', [march], [march, june, september], 9)).toEqual({ added: [row(june, 8), row(september, 9)], removed: [] });
    expect(listChanges(spec, 'r1', [], [march], 0)).toEqual({ added: [row(march, 0)], removed: [] });
  });

  it('deletes an item taken out, and only that one, wherever it was', () => {
    expect(listChanges(spec, 'r1', [march, june, september], [june, september], 12)).toEqual({ added: [], removed: [key(march)] });
    expect(listChanges(spec, 'r1', [march, june, september], [march, september], 12)).toEqual({ added: [], removed: [key(june)] });
  });

  it('writes a replaced item over its row instead of deleting it, at its new place', () => {
    const corrected = report('2016-03-31', 15);
    // A correction takes the period's report out and appends the new one: one row written, none deleted.
    expect(listChanges(spec, 'r1', [march, june], [june, corrected], 4)).toEqual({ added: [row(corrected, 4)], removed: [] });
  });

  it('stores the view without its list and puts the rows read back in', () => {
    const view = { id: 'r1', title: 'Campaign', reports: [march] };
    const stored = storedView(spec, view);
    expect(stored).toEqual({ id: 'r1', title: 'Campaign' });
    expect(view.reports).toEqual([march]);
    expect(withList(spec, stored, [march])).toEqual(view);
    expect(withList(spec, stored, null)).toEqual({ ...view, reports: [] });
  });

  it('gives a rebuild each item a row, its index its position', () => {
    expect(listRows(spec, 'r1', [march, june])).toEqual([
      ['r1', '2016-01-01', '2016-03-31', 0, march],
      ['r1', '2016-01-01', '2016-06-30', 1, june],
    ]);
  });
});
