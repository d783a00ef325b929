import { randomUUID } from 'node:crypto';
import { jest } from '@jest/globals';
import { EventStoreDBClient, jsonEvent } from '@eventstore/db-client';
import { createServer, type Server, type Socket } from 'node:net';
import { comparePositions, EventStoreUnavailableError, type EventToAppend, type Position, type RecordedEvent } from '#event-store';
import { EventStoreDbEventStore } from '#event-store/esdb';
import { createEsdbDouble, type EsdbDouble } from './double.js';
import { eventually, gate } from './wait.js';

const PREFIXES = ['plan-', 'activity-', 'organization-', 'commission_session-', 'decision-', 'recommendation-', 'meeting-'];
const anEvent = (data: Record<string, unknown> = {}): EventToAppend => ({
  id: randomUUID(),
  type: 'ActivityProgressReported',
  data,
  metadata: { actor: { id: 'tok-1', name: 'Secretariat' } },
});
const batch = (n: number) => Array.from({ length: n }, (_, i) => anEvent({ i }));
const FAST_RETRY = { initialDelayMs: 20, maxDelayMs: 200 };

jest.setTimeout(60_000);

describe('EventStoreDbEventStore over the double', () => {
  let double: EsdbDouble;
  let store: EventStoreDbEventStore;
  let raw: EventStoreDBClient;
  /** Writes, past the adapter, to a stream that is not one of the product's. */
  const appendOther = async (i: number) => {
    const result = await raw.appendToStream(`audit-export-${i % 3}`, [jsonEvent({ type: 'Exported', data: { i } })]);
    return { position: result.position!.commit.toString() };
  };

  beforeEach(async () => {
    double = await createEsdbDouble();
    raw = EventStoreDBClient.connectionString(double.url);
    store = new EventStoreDbEventStore({ connectionString: double.url, streamPrefixes: PREFIXES, retry: FAST_RETRY, pingTimeoutMs: 1_000 });
  });
  afterEach(async () => {
    await raw.dispose();
    await store.close();
    await double.stop();
  });

  it('resumes a subscription after the server went away mid-stream, without loss or duplicates', async () => {
    const s = `activity-${randomUUID()}`;
    // Far more than the client buffers while the handler holds it back, so some are lost in flight.
    await store.append(s, batch(3000), 'no_stream');
    const received: RecordedEvent[] = [];
    const errors: unknown[] = [];
    const firstBatch = gate();
    let calls = 0;
    const subscription = store.subscribeAll(
      null,
      async (events) => {
        if (calls++ === 0) await firstBatch.promise;
        received.push(...events);
      },
      { maxBatch: 10, onError: (e) => errors.push(e) },
    );
    await eventually(() => calls === 1, 'first handler call');
    await double.stop();
    firstBatch.open();
    await eventually(() => errors.length > 0, 'the subscription noticing the server is gone');
    const handledBeforeRestart = received.length;
    await double.start();
    await store.append(s, batch(50), 2999);
    await eventually(() => received.length >= 3050, 'all 3050 events');
    await subscription.stop();

    expect(received.map((e) => e.revision)).toEqual(Array.from({ length: 3050 }, (_, i) => i));
    expect(errors.every((e) => e instanceof EventStoreUnavailableError)).toBe(true);
    // It resumed from the middle of the stream: after what it had handled, not from the start.
    expect(handledBeforeRestart).toBeLessThan(3000);
    const resumedFrom = double.allSubscriptionStarts.at(-1);
    expect(typeof resumedFrom).toBe('bigint');
    expect(String(resumedFrom)).toBe(received[handledBeforeRestart - 1].position);
  });

  it('resumes after a handler failure from the last completed checkpoint', async () => {
    const s = `activity-${randomUUID()}`;
    await store.append(s, batch(40), 'no_stream');
    const received: number[] = [];
    let failed = false;
    const subscription = store.subscribeAll(
      null,
      async (events) => {
        if (received.length >= 20 && !failed) {
          failed = true;
          throw new Error('projection crashed');
        }
        received.push(...events.map((e) => e.revision));
      },
      { maxBatch: 10 },
    );
    await eventually(() => received.length === 40, 'all 40 events');
    await subscription.stop();
    expect(received).toEqual(Array.from({ length: 40 }, (_, i) => i));
  });

  it('advances its checkpoint through other streams’ events, with empty batches', async () => {
    const s = `activity-${randomUUID()}`;
    const { position: productHead } = await store.append(s, batch(1), 'no_stream');
    const calls: { events: number; checkpoint: Position }[] = [];
    const subscription = store.subscribeAll(null, async (events, checkpoint) => {
      calls.push({ events: events.length, checkpoint });
    });
    await eventually(() => calls.some((c) => c.checkpoint === productHead), 'the product event');
    // 64 events of a stream the filter leaves out: two filter checkpoints at the default interval of 32.
    let otherHead: Position = productHead;
    for (let i = 0; i < 64; i++) otherHead = (await appendOther(i)).position;
    await eventually(() => calls.some((c) => c.checkpoint === otherHead), 'a checkpoint at the last unrelated event');
    await subscription.stop();
    const afterProduct = calls.filter((c) => comparePositions(c.checkpoint, productHead) > 0);
    expect(afterProduct.length).toBeGreaterThan(0);
    expect(afterProduct.every((c) => c.events === 0)).toBe(true);
    for (let i = 1; i < calls.length; i++) expect(comparePositions(calls[i - 1].checkpoint, calls[i].checkpoint)).toBe(-1);
  });

  it('hands events that arrive while the handler is busy over together, up to maxBatch', async () => {
    const s = `activity-${randomUUID()}`;
    const busy = gate();
    const sizes: number[] = [];
    const subscription = store.subscribeAll(
      await store.headPosition(),
      async (events) => {
        if (events.length === 0) return;
        sizes.push(events.length);
        if (sizes.length === 1) await busy.promise;
      },
      { maxBatch: 10 },
    );
    await store.append(s, batch(1), 'no_stream');
    await eventually(() => sizes.length === 1, 'the first event');
    for (let i = 1; i <= 25; i++) await store.append(s, batch(1), i - 1);
    busy.open();
    await eventually(() => sizes.reduce((a, b) => a + b, 0) === 26, 'all 26 events');
    await subscription.stop();
    expect(Math.max(...sizes.slice(1))).toBeLessThanOrEqual(10);
    expect(sizes.length).toBeLessThan(26);
  });

  it('leaves other streams out of readAll and headPosition', async () => {
    const s = `decision-${randomUUID()}`;
    const before = await store.headPosition();
    const { position } = await store.append(s, batch(2), 'no_stream');
    await appendOther(1);
    expect(await store.headPosition()).toBe(position);
    const read = await store.readAll(before, 10);
    expect(read.map((e) => e.stream)).toEqual([s, s]);
  });

  it('answers unavailable, quickly, while the server is down, and works again once it is back', async () => {
    const s = `plan-${randomUUID()}`;
    await store.append(s, batch(1), 'no_stream');
    await double.stop();
    await expect(store.ping()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.append(s, batch(1), 0)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.readStream(s)).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await double.start();
    await eventually(
      async () =>
        store.ping().then(
          () => true,
          () => false,
        ),
      'ping after restart',
    );
    await expect(store.append(s, batch(1), 0)).resolves.toMatchObject({ revision: 1 });
  });
});

describe('EventStoreDbEventStore against a server that accepts connections but never answers', () => {
  let silent: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    sockets.forEach((s) => s.destroy());
    await new Promise((resolve) => silent.close(resolve));
  });

  it('fails ping and append with EventStoreUnavailableError at its deadline', async () => {
    const port = (silent.address() as { port: number }).port;
    const store = new EventStoreDbEventStore({
      connectionString: `esdb://127.0.0.1:${port}?tls=false`,
      streamPrefixes: PREFIXES,
      pingTimeoutMs: 300,
      operationTimeoutMs: 500,
    });
    await expect(store.ping()).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await expect(store.append(`plan-${randomUUID()}`, batch(1), 'no_stream')).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await store.close();
  });
});
