import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type EventStore, type RecordedEvent } from '#event-store';
import { foldStreamsById } from './folded-list.js';

/** Percent values in revision order; effective on the day given. */
const evolve = (view: number[] | null, event: RecordedEvent) => [...(view ?? []), (event.data as { percent: number }).percent];

describe('foldStreamsById', () => {
  const store = new InMemoryEventStore();
  const ids = Array.from({ length: 620 }, () => randomUUID());
  const calls = { readStream: 0, readStreams: 0 };
  const counting = (hide: boolean): EventStore =>
    new Proxy(store, {
      get: (target, key) => {
        if (key === 'readStreams' && hide) return undefined;
        if (key !== 'readStream' && key !== 'readStreams') return Reflect.get(target, key, target);
        return (arg: string & string[]) => (calls[key]++, target[key](arg));
      },
    });

  beforeAll(async () => {
    for (const [i, id] of ids.entries()) {
      if (i % 3 === 2) continue; // no events: absent from the answer
      const metadata = { recordedAt: '2024-01-01T00:00:00.000Z' };
      await store.append(`x-${id}`, [0, 1].map((n) => ({ id: randomUUID(), type: 'Step', data: { percent: i + n, effectiveOn: `2016-0${n + 1}-01` }, metadata })), 'no_stream');
    }
  });
  beforeEach(() => Object.assign(calls, { readStream: 0, readStreams: 0 }));

  it('reads the streams several hundred at a time where the store offers it, and folds each under the two clocks', async () => {
    const views = await foldStreamsById(counting(false), 'x-', ids, { asOf: '2016-01-31' }, evolve);
    expect(calls).toEqual({ readStream: 0, readStreams: 2 });
    expect(views.size).toBe(ids.filter((_, i) => i % 3 !== 2).length);
    expect(views.get(ids[3])).toEqual([3]);
    expect(views.has(ids[2])).toBe(false);
  });

  it('reads them one by one from a store that reads one stream per call, with the same answer', async () => {
    const together = await foldStreamsById(counting(false), 'x-', ids, {}, evolve);
    const oneByOne = await foldStreamsById(counting(true), 'x-', ids, {}, evolve);
    expect(calls.readStream).toBe(ids.length);
    expect(oneByOne).toEqual(together);
    expect(together.get(ids[4])).toEqual([4, 5]);
  });
});
