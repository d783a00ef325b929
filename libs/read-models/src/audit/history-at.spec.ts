import type { HistoryEntry } from './audit.queries.js';
import { historyAt } from './history-at.js';

const entry = (revision: number, recordedAt: string, effectiveOn: string | null): HistoryEntry => ({
  revision,
  type: 'X',
  recordedAt,
  effectiveOn,
  actor: { id: null, name: null },
  role: null,
  organizationId: null,
  reason: null,
  data: {},
  hash: null,
});

describe('a history at a date or moment', () => {
  const history = [
    entry(0, '2020-01-10T09:00:00.000Z', '2020-01-01'),
    entry(1, '2020-03-05T09:00:00.000Z', null),
    // Recorded late, in effect early: a correction of January.
    entry(2, '2020-06-01T09:00:00.000Z', '2020-01-15'),
  ];
  const revisions = (entries: HistoryEntry[]) => entries.map((e) => e.revision);

  it('keeps what was recorded by knownAt, what had taken effect by asOf (an event without a business date at every date), both when both are asked', () => {
    expect(revisions(historyAt(history, {}))).toEqual([0, 1, 2]);
    expect(revisions(historyAt(history, { knownAt: new Date('2020-03-05T09:00:00.000Z') }))).toEqual([0, 1]);
    expect(revisions(historyAt(history, { asOf: '2019-12-31' }))).toEqual([1]);
    expect(revisions(historyAt(history, { asOf: '2020-01-14' }))).toEqual([0, 1]);
    expect(revisions(historyAt(history, { asOf: '2020-01-15' }))).toEqual([0, 1, 2]);
    expect(revisions(historyAt(history, { asOf: '2020-01-15', knownAt: new Date('2020-05-01T00:00:00Z') }))).toEqual([0, 1]);
  });
});
