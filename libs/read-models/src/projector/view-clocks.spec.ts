import type { RecordedEvent } from '#event-store';
import { advanceClocks, compareMoments } from './view-clocks.js';

const event = (revision: number, recordedAt: unknown, effectiveOn?: string) =>
  ({ revision, metadata: { recordedAt }, data: { effectiveOn } }) as unknown as RecordedEvent;

describe('view clocks', () => {
  it('compares moments as moments, whether written as toISOString writes them or otherwise', () => {
    expect(Math.sign(compareMoments('2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.001Z'))).toBe(-1);
    expect(compareMoments('2026-01-01T10:00:00.000Z', '2026-01-01T10:00:00.000Z')).toBe(0);
    // The same moment spelt with an offset, and an earlier one spelt so: text would order them otherwise.
    expect(compareMoments('2026-01-01T12:00:00.000+02:00', '2026-01-01T10:00:00.000Z')).toBe(0);
    expect(Math.sign(compareMoments('2026-01-01T11:30:00.000+02:00', '2026-01-01T10:00:00.000Z'))).toBe(-1);
    expect(Math.sign(compareMoments('+010000-01-01T00:00:00.000Z', '9999-12-31T23:59:59.999Z'))).toBe(1);
    expect(compareMoments('not a moment', '2026-01-01T10:00:00.000Z')).toBeNaN();
  });

  it('keep the first and the latest recorded moment and the latest business date, whatever the order of the events', () => {
    let clocks = advanceClocks(undefined, event(0, '2026-01-02T00:00:00.000Z', '2026-03-01'));
    clocks = advanceClocks(clocks, event(1, '2026-01-01T23:00:00.000-02:00', '2026-02-01'));
    expect(clocks).toEqual({
      revision: 1,
      firstRecordedAt: '2026-01-02T00:00:00.000Z',
      recordedAt: '2026-01-01T23:00:00.000-02:00',
      effectiveOn: '2026-03-01',
    });
    clocks = advanceClocks(clocks, event(2, '2025-12-31T00:00:00.000Z'));
    expect(clocks).toEqual({
      revision: 2,
      firstRecordedAt: '2025-12-31T00:00:00.000Z',
      recordedAt: '2026-01-01T23:00:00.000-02:00',
      effectiveOn: '2026-03-01',
    });
    // An event recorded without a moment: the clocks are unknown from then on.
    expect(advanceClocks(advanceClocks(clocks, event(3, undefined)), event(4, '2026-02-01T00:00:00.000Z'))).toBeNull();
  });
});
