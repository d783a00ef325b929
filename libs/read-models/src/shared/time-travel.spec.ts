import type { RecordedEvent } from '#event-store';
import { foldVisible, isTimeTravel, isVisibleAt, judgedOn } from './time-travel.js';

const event = (revision: number, effectiveOn: string | undefined, recordedAt: string, percent = revision): RecordedEvent => ({
  id: `e${revision}`,
  stream: 'activity-x',
  revision,
  position: String(revision + 1),
  type: 'Step',
  data: { percent, ...(effectiveOn ? { effectiveOn } : {}) },
  metadata: { recordedAt },
});

describe('time travel on the two clocks', () => {
  // Recorded in 2024 about 2016, then a correction for the same date recorded later.
  const events = [
    event(0, '2016-01-01', '2024-05-01T10:00:00.000Z', 0),
    event(1, '2016-06-30', '2024-05-01T10:00:01.000Z', 60),
    event(2, '2016-09-30', '2024-05-01T10:00:02.000Z', 80),
    event(3, '2016-06-30', '2024-05-03T09:00:00.000Z', 45),
  ];
  const last = (view: number[] | null) => view?.at(-1);
  const fold = (travel: Parameters<typeof foldVisible>[1]) => foldVisible<number[], RecordedEvent>(events, travel, (v, e) => [...(v ?? []), (e.data as { percent: number }).percent]);

  it('asOf keeps events effective on or before the date; knownAt those recorded up to the moment', () => {
    expect(fold({ asOf: '2016-06-30' })).toEqual([0, 60, 45]);
    expect(fold({ knownAt: new Date('2024-05-02T00:00:00Z') })).toEqual([0, 60, 80]);
    expect(fold({ asOf: '2016-06-30', knownAt: new Date('2024-05-02T00:00:00Z') })).toEqual([0, 60]);
    expect(last(fold({ asOf: '2016-06-30', knownAt: new Date('2024-05-03T09:00:00.000Z') }))).toBe(45);
    expect(fold({ knownAt: new Date('2024-04-30T00:00:00Z') })).toBeNull();
  });

  it('a recording moment is inclusive to the millisecond', () => {
    expect(isVisibleAt(events[3], { knownAt: new Date('2024-05-03T09:00:00.000Z') })).toBe(true);
    expect(isVisibleAt(events[3], { knownAt: new Date('2024-05-03T08:59:59.999Z') })).toBe(false);
  });

  it('an event without effectiveOn is visible on any date; without recordedAt, at no moment', () => {
    expect(isVisibleAt(event(0, undefined, '2024-05-01T10:00:00.000Z'), { asOf: '2000-01-01' })).toBe(true);
    expect(isVisibleAt({ ...events[0], metadata: {} }, { knownAt: new Date() })).toBe(false);
  });

  it('overdue is judged on asOf, else on the knownAt moment’s date (what the system showed then), else today', () => {
    const now = new Date('2026-01-15T12:00:00Z');
    expect(judgedOn({ asOf: '2016-06-30', knownAt: new Date('2024-05-02T00:00:00Z') }, now)).toBe('2016-06-30');
    expect(judgedOn({ knownAt: new Date('2024-05-02T23:30:00+02:00') }, now)).toBe('2024-05-02');
    expect(judgedOn({ knownAt: new Date('2024-05-02T23:30:00-02:00') }, now)).toBe('2024-05-03');
    expect(judgedOn({}, now)).toBe('2026-01-15');
    expect(isTimeTravel({})).toBe(false);
    expect(isTimeTravel({ knownAt: now })).toBe(true);
  });
});

describe('time travel over stored event versions', () => {
  it('folds events in this release shape and refuses one from a newer release', () => {
    const newer: RecordedEvent = { id: 'n', stream: 'activity-x', revision: 0, position: '1', type: 'Step', data: {}, metadata: { schemaVersion: 99 } };
    expect(() => foldVisible([newer], {}, (view) => view)).toThrow(/schema version 99/);
  });
});
