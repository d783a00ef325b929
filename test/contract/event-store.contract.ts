import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  comparePositions,
  ForeignPositionError,
  StreamMovedError,
  WrongExpectedRevisionError,
  type EventStore,
  type EventToAppend,
  type Position,
  type RecordedEvent,
} from '#event-store';

export interface ContractSubject {
  store: EventStore;
  teardown(): Promise<void>;
}

const anEvent = (overrides: Partial<EventToAppend> = {}): EventToAppend => ({
  id: randomUUID(),
  type: 'ActivityStarted',
  data: { startedOn: '2016-03-01', note: 'Ünïcode ✓' },
  metadata: { actor: { id: 'tok-1', name: 'Secretariat' }, recordedAt: '2026-11-23T10:00:00.000Z' },
  ...overrides,
});
const events = (n: number) => Array.from({ length: n }, () => anEvent());
const stream = () => `activity-${randomUUID()}`;

/**
 * Every event up to the head. The Postgres store shows an event once every older transaction of the
 * cluster has ended (another test's, in another database, may still be open), so read again until
 * the head is in.
 */
async function readEverything(store: EventStore, pageSize = 100): Promise<RecordedEvent[]> {
  for (let attempt = 0; ; attempt++) {
    const head = await store.headPosition();
    const out: RecordedEvent[] = [];
    let after: Position | null = null;
    for (let page = await store.readAll(after, pageSize); page.length > 0; page = await store.readAll(after, pageSize)) {
      out.push(...page);
      after = page[page.length - 1].position;
    }
    if (after === head || attempt >= 500) return out;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function collect(store: EventStore, after: Position | null, expected: number) {
  const received: RecordedEvent[] = [];
  let resolveDone!: () => void;
  const done = new Promise<void>((r) => (resolveDone = r));
  const subscription = store.subscribeAll(after, async (batch) => {
    received.push(...batch);
    if (received.length >= expected) resolveDone();
  });
  return { received, done, subscription };
}

/** The behaviour every event store adapter must have; each adapter's spec file calls this. */
/** `readsOneStreamAtATime`: the store offers neither appendIfUnchanged nor readStreams (EventStoreDB). */
export function eventStoreContract(name: string, create: () => Promise<ContractSubject>, options: { writers?: number; appendsPerWriter?: number; readsOneStreamAtATime?: boolean } = {}) {
  describe(`event store contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: EventStore;
    beforeAll(async () => {
      subject = await create();
      store = subject.store;
    });
    afterAll(async () => subject.teardown());

    describe('append and readStream', () => {
      it('writes a new stream with no_stream and reads it back in revision order, data and metadata intact', async () => {
        const s = stream();
        const written = events(3);
        const result = await store.append(s, written, 'no_stream');
        expect(result.revision).toBe(2);
        const read = await store.readStream(s);
        expect(read.map((e) => [e.id, e.revision, e.type, e.stream])).toEqual(written.map((e, i) => [e.id, i, e.type, s]));
        expect(read[1].data).toEqual(written[1].data);
        expect(read[1].metadata).toEqual(written[1].metadata);
        expect(read[2].position).toBe(result.position);
      });

      it('reads a stream that does not exist as empty', async () => {
        await expect(store.readStream(stream())).resolves.toEqual([]);
      });

      it('reads from a given revision', async () => {
        const s = stream();
        await store.append(s, events(5), 'no_stream');
        const read = await store.readStream(s, 3);
        expect(read.map((e) => e.revision)).toEqual([3, 4]);
      });

      it('appends at the exact expected revision', async () => {
        const s = stream();
        await store.append(s, events(2), 'no_stream');
        await expect(store.append(s, events(1), 1)).resolves.toMatchObject({ revision: 2 });
      });

      it('refuses a stale expected revision, reports the actual one, and writes nothing', async () => {
        const s = stream();
        await store.append(s, events(2), 'no_stream');
        const error = await store.append(s, events(1), 0).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(WrongExpectedRevisionError);
        expect((error as WrongExpectedRevisionError).actual).toBe(1);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('refuses an expected revision ahead of the stream', async () => {
        const s = stream();
        await store.append(s, events(1), 'no_stream');
        await expect(store.append(s, events(1), 5)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      });

      it('refuses no_stream on an existing stream and stream_exists on a missing one', async () => {
        const s = stream();
        await store.append(s, events(1), 'no_stream');
        await expect(store.append(s, events(1), 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        const missing = stream();
        const error = await store.append(missing, events(1), 'stream_exists').catch((e: unknown) => e);
        expect((error as WrongExpectedRevisionError).actual).toBe('no_stream');
        expect(await store.readStream(missing)).toEqual([]);
      });

      it('appends with any and stream_exists whatever the revision', async () => {
        const s = stream();
        await store.append(s, events(1), 'any');
        await store.append(s, events(1), 'stream_exists');
        await expect(store.append(s, events(1), 'any')).resolves.toMatchObject({ revision: 2 });
      });
    });

    describe('idempotency by event id', () => {
      it('answers a repeated append like the first one and stores nothing new', async () => {
        const s = stream();
        const batch = events(2);
        const first = await store.append(s, batch, 'no_stream');
        const again = await store.append(s, batch, 'no_stream');
        expect(again).toEqual(first);
        await store.append(s, events(1), 1);
        const later = await store.append(s, batch, 'no_stream');
        expect(later).toEqual(first);
        expect(await store.readStream(s)).toHaveLength(3);
      });

      it('de-duplicates an exact-revision retry after the stream moved on', async () => {
        const s = stream();
        await store.append(s, events(1), 'no_stream');
        const batch = events(1);
        const first = await store.append(s, batch, 0);
        await store.append(s, events(1), 1);
        await expect(store.append(s, batch, 0)).resolves.toEqual(first);
        expect(await store.readStream(s)).toHaveLength(3);
      });

      it('de-duplicates under any', async () => {
        const s = stream();
        const batch = events(2);
        const first = await store.append(s, batch, 'any');
        await expect(store.append(s, batch, 'any')).resolves.toEqual(first);
        expect(await store.readStream(s)).toHaveLength(2);
      });

      it('refuses a batch that only partly repeats an earlier one', async () => {
        const s = stream();
        const batch = events(2);
        await store.append(s, batch, 'no_stream');
        await expect(store.append(s, [batch[0], anEvent()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        expect(await store.readStream(s)).toHaveLength(2);
      });
    });

    describe('readAll', () => {
      it('reads every event once, across streams, in increasing position order, page by page', async () => {
        const before = await readEverything(store);
        const a = stream();
        const b = stream();
        await store.append(a, events(3), 'no_stream');
        await store.append(b, events(2), 'no_stream');
        await store.append(a, events(1), 2);
        const all = await readEverything(store, 2);
        expect(all.length).toBe(before.length + 6);
        expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
        for (let i = 1; i < all.length; i++) expect(comparePositions(all[i - 1].position, all[i].position)).toBe(-1);
        expect(all.slice(-6).map((e) => [e.stream, e.revision])).toEqual([[a, 0], [a, 1], [a, 2], [b, 0], [b, 1], [a, 3]]);
      });

      it('reads strictly after the given position', async () => {
        const s = stream();
        const { position } = await store.append(s, events(1), 'no_stream');
        const next = await store.append(s, events(2), 0);
        await readEverything(store);
        const after = await store.readAll(position, 10);
        expect(after.map((e) => e.revision)).toEqual([1, 2]);
        expect(after[1].position).toBe(next.position);
        expect(await store.headPosition()).toBe(next.position);
      });

      it('refuses a position another event store issued (a checkpoint kept across a switch), naming the rebuild', async () => {
        const { position } = await store.append(stream(), events(1), 'no_stream');
        // Postgres issues "xid:seq", EventStoreDB and the in-memory store a single number.
        const foreign = [position.includes(':') ? '123456789' : '772:7', 'not-a-position'];
        for (const other of foreign) {
          await expect(store.readAll(other, 1)).rejects.toThrow(ForeignPositionError);
          expect(() => store.subscribeAll(other, async () => {})).toThrow(/projections rebuild/);
        }
      });
    });

    describe('readStreams', () => {
      if (options.readsOneStreamAtATime) {
        it('is not offered: streams are read one per call', () => {
          expect(store.readStreams).toBeUndefined();
        });
        return;
      }

      it('reads several whole streams at once, each in revision order, leaving out those without events', async () => {
        const [a, b, none] = [stream(), stream(), stream()];
        const [writtenA, writtenB] = [events(3), events(2)];
        await store.append(a, writtenA.slice(0, 1), 'no_stream');
        await store.append(b, writtenB, 'no_stream');
        await store.append(a, writtenA.slice(1), 0);
        const read = await store.readStreams!([b, none, a]);
        expect([...read.keys()].sort()).toEqual([a, b].sort());
        expect(read.get(a)!.map((e) => [e.id, e.revision, e.stream])).toEqual(writtenA.map((e, i) => [e.id, i, a]));
        expect(read.get(b)!.map((e) => e.id)).toEqual(writtenB.map((e) => e.id));
        expect(read.get(a)![2]).toEqual((await store.readStream(a))[2]);
        expect((await store.readStreams!([])).size).toBe(0);
      });
    });

    describe('appendIfUnchanged', () => {
      if (options.readsOneStreamAtATime) {
        it('is not offered: commands read the other streams before deciding', () => {
          expect(store.appendIfUnchanged).toBeUndefined();
        });
        return;
      }

      it('appends when every other stream named is still at the revision given, one with no events at -1', async () => {
        const [own, read, none] = [stream(), stream(), stream()];
        await store.append(read, events(2), 'no_stream');
        const result = await store.appendIfUnchanged!(own, events(1), 'no_stream', [{ stream: read, revision: 1 }, { stream: none, revision: -1 }]);
        expect(result.revision).toBe(0);
        expect(await store.readStream(own)).toHaveLength(1);
      });

      it('refuses when another stream moved, naming it with the revision read and its head, and writes nothing', async () => {
        const [own, read, none] = [stream(), stream(), stream()];
        await store.append(own, events(1), 'no_stream');
        await store.append(read, events(3), 'no_stream');
        const moved = store.appendIfUnchanged!(own, events(1), 0, [{ stream: none, revision: -1 }, { stream: read, revision: 1 }]);
        await expect(moved).rejects.toThrow(StreamMovedError);
        await expect(moved).rejects.toMatchObject({ stream: read, read: 1, actual: 2 });
        await expect(store.appendIfUnchanged!(own, events(1), 0, [{ stream: none, revision: 0 }])).rejects.toMatchObject({ stream: none, read: 0, actual: -1 });
        expect(await store.readStream(own)).toHaveLength(1);
      });
    });

    describe('subscribeAll', () => {
      it('catches up, then receives live events, in order and once each', async () => {
        const head = await store.headPosition();
        const s = stream();
        await store.append(s, events(3), 'no_stream');
        const { received, done, subscription } = collect(store, head, 5);
        await store.append(s, events(2), 2);
        await done;
        await subscription.stop();
        expect(received.map((e) => [e.stream, e.revision])).toEqual([0, 1, 2, 3, 4].map((r) => [s, r]));
      });

      it('resumes strictly after a checkpoint it handed out', async () => {
        const head = await store.headPosition();
        const s = stream();
        await store.append(s, events(2), 'no_stream');
        let checkpoint: Position | null = null;
        let seen = 0;
        const first = store.subscribeAll(head, async (batch, cp) => {
          seen += batch.filter((e) => e.stream === s).length;
          checkpoint = cp;
        });
        await waitUntil(() => seen === 2);
        await first.stop();
        await store.append(s, events(1), 1);
        const { received, done, subscription } = collect(store, checkpoint, 1);
        await done;
        await subscription.stop();
        expect(received.map((e) => e.revision)).toEqual([2]);
      });

      it('redelivers a batch whose handler failed, and skips nothing', async () => {
        const head = await store.headPosition();
        const s = stream();
        await store.append(s, events(3), 'no_stream');
        const received: number[] = [];
        const errors: unknown[] = [];
        let failed = false;
        const subscription = store.subscribeAll(
          head,
          async (batch) => {
            if (!failed) {
              failed = true;
              throw new Error('projection crashed');
            }
            received.push(...batch.map((e) => e.revision));
          },
          { onError: (e) => errors.push(e) },
        );
        await waitUntil(() => received.length === 3);
        await subscription.stop();
        expect(received).toEqual([0, 1, 2]);
        expect(errors).toHaveLength(1);
      });

      it('once batches go back to back, takes the next no sooner than minBatchIntervalMs after the last, with everything that arrived meanwhile', async () => {
        const head = await store.headPosition();
        const s = stream();
        const batches: number[][] = [];
        const takenAt: number[] = [];
        // Each handler call waits for the test to let it go, so what arrives meanwhile is up to the test.
        let release: () => void = () => undefined;
        let returned: () => void = () => undefined;
        const handled = (count: number) => waitUntil(() => batches.length === count);
        // Long enough for one append, even on a loaded machine (an embedded append took over a second under CI's start-up).
        const interval = 3_000;
        const subscription = store.subscribeAll(
          head,
          async (batch) => {
            takenAt.push(performance.now());
            const gate = new Promise<void>((resolve) => (release = resolve));
            batches.push(batch.filter((e) => e.stream === s).map((e) => e.revision));
            await gate;
            returned();
          },
          { minBatchIntervalMs: interval },
        );
        const append = (revision: number) => store.append(s, [anEvent()], revision === 0 ? 'no_stream' : revision - 1);
        // When an appended event can be read: another test's transaction open elsewhere on the server can
        // hold it back for a moment (reads are settled), so when is up to the machine.
        const readable = async (revision: number) => {
          while (!(await store.readAll(head, 100)).some((e) => e.stream === s && e.revision === revision)) await sleep(5);
          return performance.now();
        };
        await append(0);
        await handled(1);
        await append(1);
        await append(2);
        // Readable before the handler returns, so that the subscriber's next read finds them at once: back to
        // back (held back, the read would find nothing, and the subscriber would rightly go idle).
        await readable(2);
        release();
        await handled(2);
        await append(3);
        const handlerReturned = new Promise<void>((resolve) => (returned = resolve));
        release();
        await handlerReturned;
        // The subscriber is free now: unpaced, it would take event 3 on its own at once.
        await sleep(1);
        await append(4);
        // When event 4 could be read (no later): a batch taken after that has it.
        const readableAt = await readable(4);
        await handled(3);
        release();
        if (!batches[2].includes(4)) {
          await handled(4);
          release();
        }
        await subscription.stop();
        // Not sooner than the interval (a timer may round a fraction of a millisecond down)...
        expect(takenAt[2] - takenAt[1]).toBeGreaterThanOrEqual(interval - 2);
        expect(batches.slice(0, 2)).toEqual([[0], [1, 2]]);
        expect(batches.slice(2).flat()).toEqual([3, 4]);
        // ...and with everything readable by then (a subscription pushed events needs a moment more).
        if (readableAt < takenAt[1] + interval - 500) expect(batches[2]).toEqual([3, 4]);
      });
    });

    const writers = options.writers ?? 8;
    const perWriter = options.appendsPerWriter ?? 500;
    it(`keeps ${writers} concurrent writers × ${perWriter} appends gap-free, and a live subscriber sees each once in order`, async () => {
      const head = await store.headPosition();
      const shared = stream();
      const total = writers * perWriter;
      const { received, done, subscription } = collect(store, head, total);
      await Promise.all(
        Array.from({ length: writers }, async (_, w) => {
          const own = `activity-${randomUUID()}`;
          for (let i = 0; i < perWriter; i++) {
            // Half the appends contend for one stream, half go to the writer's own stream.
            if (i % 2 === 0) await store.append(shared, [anEvent({ data: { w, i } })], 'any');
            else await store.append(own, [anEvent({ data: { w, i } })], (i - 1) / 2 - 1 < 0 ? 'no_stream' : (i - 1) / 2 - 1);
          }
        }),
      );
      await done;
      await subscription.stop();
      expect(received).toHaveLength(total);
      expect(new Set(received.map((e) => e.id)).size).toBe(total);
      for (let i = 1; i < received.length; i++) expect(comparePositions(received[i - 1].position, received[i].position)).toBe(-1);
      const sharedRevisions = (await store.readStream(shared)).map((e) => e.revision);
      expect(sharedRevisions).toEqual(Array.from({ length: total / 2 }, (_, i) => i));
    }, 120_000);
  });
}

export async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
