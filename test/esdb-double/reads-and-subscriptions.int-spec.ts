import { randomUUID } from 'node:crypto';
import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  excludeSystemEvents,
  jsonEvent,
  NO_STREAM,
  START,
  streamNameFilter,
  type AllStreamSubscription,
  type Position,
  type ResolvedEvent,
  type StreamSubscription,
} from '@eventstore/db-client';
import { createEsdbDouble, type EsdbDouble } from './double.js';
import { eventually } from './wait.js';

const ev = (n: number) => jsonEvent({ type: 'ActivityPlanned', data: { n }, metadata: { actor: 'secretariat' } });
const events = (n: number) => Array.from({ length: n }, (_, i) => ev(i));

type Seen = { kind: 'event'; stream: string; revision: bigint; position: bigint } | { kind: 'checkpoint'; position: bigint } | { kind: 'caught_up' };

/** Records everything a subscription delivers, in order, checkpoints and caught-up included. */
function record(subscribe: (checkpointReached: (position: Position) => void) => AllStreamSubscription | StreamSubscription) {
  const seen: Seen[] = [];
  const subscription = subscribe((position) => seen.push({ kind: 'checkpoint', position: position.commit }));
  subscription.on('data', (e: ResolvedEvent) =>
    seen.push({ kind: 'event', stream: e.event!.streamId, revision: e.event!.revision, position: e.event!.position!.commit }),
  );
  subscription.on('caughtUp', () => seen.push({ kind: 'caught_up' }));
  subscription.on('error', () => undefined);
  const eventsSeen = () => seen.filter((s) => s.kind === 'event') as Extract<Seen, { kind: 'event' }>[];
  return { seen, eventsSeen, subscription };
}

describe('the double, reads and subscriptions', () => {
  let double: EsdbDouble;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    double = await createEsdbDouble();
    client = EventStoreDBClient.connectionString(double.url);
  });
  afterAll(async () => {
    await client.dispose();
    await double.stop();
  });

  it('stores what the server stores and reports one position everywhere', async () => {
    const s = `plan-${randomUUID()}`;
    const before = BigInt(Date.now()) * 10_000n;
    const { position } = await client.appendToStream(s, [ev(1), ev(2)], { expectedRevision: NO_STREAM });
    const fromStream = [];
    for await (const e of client.readStream(s, { fromRevision: END, direction: BACKWARDS, maxCount: 1 })) fromStream.push(e.event!);
    const fromAll = [];
    for await (const e of client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1 })) fromAll.push(e);
    expect(fromStream[0].position).toEqual(position);
    expect(fromAll[0].event!.position).toEqual(position);
    expect(fromAll[0].commitPosition).toBe(position!.commit);
    expect(position!.commit).toBe(position!.prepare);
    expect(fromStream[0]).toMatchObject({
      streamId: s,
      revision: 1n,
      type: 'ActivityPlanned',
      isJson: true,
      data: { n: 2 },
      metadata: { actor: 'secretariat' },
    });
    expect(BigInt(fromStream[0].created.getTime()) * 10_000n).toBeGreaterThanOrEqual(before - 10_000n);
  });

  it('reads $all forwards from a position inclusively and backwards exclusively', async () => {
    const s = `plan-${randomUUID()}`;
    await client.appendToStream(s, events(3), { expectedRevision: NO_STREAM });
    const all: { revision: bigint; position: Position }[] = [];
    for await (const e of client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 3 })) all.unshift(e.event!);
    const middle = all[1].position;
    const forwards = [];
    for await (const e of client.readAll({ fromPosition: middle, maxCount: 10 })) forwards.push(e.event!.revision);
    const backwards = [];
    for await (const e of client.readAll({ fromPosition: middle, direction: BACKWARDS, maxCount: 1 })) backwards.push(e.event!.revision);
    expect(forwards).toEqual([1n, 2n]);
    expect(backwards).toEqual([0n]);
    expect(all.every((e, i) => i === 0 || e.position.commit > all[i - 1].position.commit)).toBe(true);
  });

  it('subscribes to $all: confirmation, old events strictly after the position, caught up, then live, no checkpoints', async () => {
    const s = `plan-${randomUUID()}`;
    const { position } = await client.appendToStream(s, events(2), { expectedRevision: NO_STREAM });
    await client.appendToStream(s, events(1), { expectedRevision: 1n });
    const { seen, eventsSeen, subscription } = record(() => client.subscribeToAll({ fromPosition: position! }));
    await eventually(() => seen.some((x) => x.kind === 'caught_up'), 'caught up');
    await client.appendToStream(s, events(1), { expectedRevision: 2n });
    await eventually(() => eventsSeen().length === 2, 'the live event');
    await subscription.unsubscribe();
    expect(seen.map((x) => (x.kind === 'event' ? x.revision : x.kind))).toEqual([2n, 'caught_up', 3n]);
  });

  it('a filtered $all subscription sends checkpoints through unrelated events while catching up and live', async () => {
    const start = double.log.all.at(-1)!.position;
    const mine = `decision-${randomUUID()}`;
    const other = `audit-${randomUUID()}`;
    await client.appendToStream(other, events(40), { expectedRevision: NO_STREAM });
    await client.appendToStream(mine, events(1), { expectedRevision: NO_STREAM });
    await client.appendToStream(other, events(5), { expectedRevision: 39n });
    const { seen, subscription } = record((checkpointReached) =>
      client.subscribeToAll({
        fromPosition: { commit: start, prepare: start },
        filter: streamNameFilter({ prefixes: ['decision-'], checkpointReached: async (_, p) => checkpointReached(p) }),
      }),
    );
    await eventually(() => seen.some((x) => x.kind === 'caught_up'), 'caught up');
    const head = double.log.all.at(-1)!.position;
    // Catch-up scanned 46 events: a checkpoint at the 32nd (an unrelated one), the event, then one at the head.
    expect(seen.map((x) => x.kind)).toEqual(['checkpoint', 'event', 'checkpoint', 'caught_up']);
    expect((seen[0] as { position: bigint }).position).toBe(double.log.all.at(-15)!.position);
    expect((seen[2] as { position: bigint }).position).toBe(head);
    // Live: a checkpoint at every 32nd event written to $all, whatever its stream.
    await client.appendToStream(other, events(31), { expectedRevision: 44n });
    await client.appendToStream(mine, events(1), { expectedRevision: 0n });
    await client.appendToStream(other, events(1), { expectedRevision: 75n });
    await eventually(() => seen.filter((x) => x.kind === 'checkpoint').length === 3, 'a live checkpoint');
    await subscription.unsubscribe();
    expect(seen.slice(4).map((x) => x.kind)).toEqual(['event', 'checkpoint']);
    expect((seen[5] as { position: bigint }).position).toBe(double.log.all.at(-2)!.position);
  });

  it('a filtered subscription starting at the head goes straight to caught up', async () => {
    const { seen, subscription } = record((checkpointReached) =>
      client.subscribeToAll({ fromPosition: END, filter: excludeSystemEvents({ checkpointReached: async (_, p) => checkpointReached(p) }) }),
    );
    await eventually(() => seen.length > 0, 'caught up');
    await subscription.unsubscribe();
    expect(seen.map((x) => x.kind)).toEqual(['caught_up']);
  });

  it('honours the checkpoint interval multiplier and max search window', async () => {
    const start = double.log.all.at(-1)!.position;
    await client.appendToStream(`audit-${randomUUID()}`, events(25), { expectedRevision: NO_STREAM });
    const { seen, subscription } = record((checkpointReached) =>
      client.subscribeToAll({
        fromPosition: { commit: start, prepare: start },
        filter: streamNameFilter({
          prefixes: ['nothing-'],
          maxSearchWindow: 5,
          checkpointInterval: 2,
          checkpointReached: async (_, p) => checkpointReached(p),
        }),
      }),
    );
    await eventually(() => seen.some((x) => x.kind === 'caught_up'), 'caught up');
    await subscription.unsubscribe();
    // Every 2 × 5 = 10 considered events, then the final one at the head.
    expect(seen.map((x) => x.kind)).toEqual(['checkpoint', 'checkpoint', 'checkpoint', 'caught_up']);
    expect(seen.slice(0, 3).map((x) => (x as { position: bigint }).position)).toEqual([-16, -6, -1].map((i) => double.log.all.at(i)!.position));
  });

  it('subscribes to a stream after a revision (exclusive), then live; a missing stream is just caught up', async () => {
    const s = `plan-${randomUUID()}`;
    await client.appendToStream(s, events(3), { expectedRevision: NO_STREAM });
    const { seen, eventsSeen, subscription } = record(() => client.subscribeToStream(s, { fromRevision: 0n }));
    await eventually(() => seen.some((x) => x.kind === 'caught_up'), 'caught up');
    await client.appendToStream(`plan-${randomUUID()}`, events(1));
    await client.appendToStream(s, events(1), { expectedRevision: 2n });
    await eventually(() => eventsSeen().length === 3, 'the live event');
    await subscription.unsubscribe();
    expect(seen.map((x) => (x.kind === 'event' ? x.revision : x.kind))).toEqual([1n, 2n, 'caught_up', 3n]);

    const missing = record(() => client.subscribeToStream(`plan-${randomUUID()}`, { fromRevision: START }));
    await eventually(() => missing.seen.length > 0, 'caught up');
    await missing.subscription.unsubscribe();
    expect(missing.seen.map((x) => x.kind)).toEqual(['caught_up']);
  });

  it('resolves links when asked, and shows the link record otherwise', async () => {
    const target = `plan-${randomUUID()}`;
    await client.appendToStream(target, events(2), { expectedRevision: NO_STREAM });
    const links = `$links-${randomUUID()}`;
    await client.appendToStream(links, [
      { id: randomUUID(), contentType: 'application/octet-stream', type: '$>', data: Buffer.from(`1@${target}`), metadata: undefined },
    ]);
    const resolved = [];
    for await (const e of client.readStream(links, { resolveLinkTos: true })) resolved.push(e);
    const raw = [];
    for await (const e of client.readStream(links)) raw.push(e);
    expect([resolved[0].event!.streamId, resolved[0].event!.revision, resolved[0].link!.streamId]).toEqual([target, 1n, links]);
    expect([raw[0].event!.type, raw[0].link]).toEqual(['$>', undefined]);
  });
});
