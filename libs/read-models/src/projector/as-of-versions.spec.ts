import type { RecordedEvent } from '#event-store';
import { foldVisible } from '../shared/time-travel.js';
import { addToVersions, BEFORE_EVERY_DATE, versionsOf, type AsOfVersion } from './as-of-versions.js';

/** The version in force on `date`, as the reads' SQL picks it (start on or before it, latest first); undefined before the first. */
function versionOn<View>(versions: readonly AsOfVersion<View>[], date: string): AsOfVersion<View> | undefined {
  let found: AsOfVersion<View> | undefined;
  for (const version of versions) {
    if (version.from > date) break;
    found = version;
  }
  return found;
}

/** A view that remembers which events were folded, in which order: any difference in a fold shows. */
const evolve = (view: string[] | null, event: { data: { n: number } }) => [...(view ?? []), `e${event.data.n}`];

const event = (n: number, effectiveOn?: string): RecordedEvent => ({
  id: `id-${n}`,
  stream: 'activity-x',
  revision: n,
  position: String(n),
  type: 'Something',
  data: effectiveOn === undefined ? { n } : { n, effectiveOn },
  metadata: { recordedAt: '2026-01-01T00:00:00.000Z' },
});

/** A small deterministic generator (no dependency): the same streams on every run. */
function* streams(count: number): Generator<RecordedEvent[]> {
  let seed = 7;
  // The high bits: a power-of-two LCG's low bits repeat with a short period.
  const next = (below: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor((seed / 2 ** 31) * below));
  for (let s = 0; s < count; s++) {
    const length = 1 + next(12);
    yield Array.from({ length }, (_, n) => (next(8) === 0 ? event(n) : event(n, `2016-0${1 + next(6)}-1${next(4)}`)));
  }
}

const datesToAsk = ['2015-12-31', '2016-01-10', '2016-01-11', '2016-02-12', '2016-03-13', '2016-04-10', '2016-05-11', '2016-06-13', '2016-07-01'];

describe('versions of a record by business date', () => {
  it('give, on every date, the fold of the events effective by then, in stream order, whatever order the dates came in', () => {
    let outOfOrder = 0;
    for (const history of streams(300)) {
      const versions = versionsOf(history, evolve);
      for (const date of datesToAsk) {
        expect(versionOn(versions, date)?.view ?? null).toEqual(foldVisible(history, { asOf: date }, evolve));
      }
      const dates = history.flatMap((e) => (e.data as { effectiveOn?: string }).effectiveOn ?? []);
      if (dates.some((date, i) => i > 0 && date < dates[i - 1])) outOfOrder++;
    }
    // The streams do exercise events dated before earlier ones.
    expect(outOfOrder).toBeGreaterThan(100);
  });

  it('have one version per distinct date, ordered, and an event without a date in force on every date', () => {
    const versions = versionsOf([event(0, '2016-03-01'), event(1, '2016-01-01'), event(2), event(3, '2016-03-01')], evolve);
    expect(versions).toEqual([
      { from: BEFORE_EVERY_DATE, view: ['e2'] },
      { from: '2016-01-01', view: ['e1', 'e2'] },
      { from: '2016-03-01', view: ['e0', 'e1', 'e2', 'e3'] },
    ]);
    expect(versionOn(versions, '2015-01-01')?.view).toEqual(['e2']);
  });

  it('change only the latest version for an event dated on or after every earlier one', () => {
    const versions = versionsOf([event(0, '2016-01-01'), event(1, '2016-02-01')], evolve);
    const before = versions.map((v) => v.view);
    expect(addToVersions(versions, event(2, '2016-02-01'), evolve)).toBe(1);
    expect(versions[0].view).toBe(before[0]);
    expect(addToVersions(versions, event(3, '2016-05-01'), evolve)).toBe(2);
    expect(versions.map((v) => v.from)).toEqual(['2016-01-01', '2016-02-01', '2016-05-01']);
    expect(versions[1].view).toEqual(['e0', 'e1', 'e2']);
    expect(versions[2].view).toEqual(['e0', 'e1', 'e2', 'e3']);
  });

  it('have none before the first date', () => {
    expect(versionOn(versionsOf([event(0, '2016-01-01')], evolve), '2015-12-31')).toBeUndefined();
  });
});
