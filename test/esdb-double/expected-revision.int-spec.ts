import { randomUUID } from 'node:crypto';
import {
  ANY,
  EventStoreDBClient,
  jsonEvent,
  NO_STREAM,
  STREAM_EXISTS,
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendExpectedRevision,
  type EventData,
} from '@eventstore/db-client';
import { createEsdbDouble, type EsdbDouble } from './double.js';

const ev = (id: string = randomUUID()) => jsonEvent({ id, type: 'ActivityPlanned', data: { n: id } });
const events = (n: number) => Array.from({ length: n }, () => ev());
const name = () => `activity-${randomUUID()}`;

async function wrongVersion(client: EventStoreDBClient, stream: string, batch: EventData[], expectedRevision: AppendExpectedRevision) {
  const error = await client.appendToStream(stream, batch, { expectedRevision }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WrongExpectedVersionError);
  return error as WrongExpectedVersionError;
}

async function revisions(client: EventStoreDBClient, stream: string) {
  const out: bigint[] = [];
  for await (const e of client.readStream(stream)) out.push(e.event!.revision);
  return out;
}

describe.each([
  ['BatchAppend', true],
  ['Append', false],
])('the double, expected revision and idempotency over %s', (rpc, batchAppend) => {
  let double: EsdbDouble;
  let client: EventStoreDBClient;
  beforeAll(async () => {
    double = await createEsdbDouble({ batchAppend });
    client = EventStoreDBClient.connectionString(double.url);
  });
  afterAll(async () => {
    await client.dispose();
    await double.stop();
  });

  it(`reaches the client through ${rpc} only`, async () => {
    await client.appendToStream(name(), events(1));
    expect(double.calls.batchAppend > 0).toBe(batchAppend);
    expect(double.calls.append > 0).toBe(!batchAppend);
  });

  it('on a stream never written: any and no_stream append, stream_exists and an exact revision conflict', async () => {
    expect((await client.appendToStream(name(), events(1), { expectedRevision: ANY })).nextExpectedRevision).toBe(0n);
    expect((await client.appendToStream(name(), events(2), { expectedRevision: NO_STREAM })).nextExpectedRevision).toBe(1n);
    const missing = name();
    const exists = await wrongVersion(client, missing, events(1), STREAM_EXISTS);
    expect([exists.expectedVersion, exists.actualVersion]).toEqual(['stream_exists', 'no_stream']);
    const exact = await wrongVersion(client, missing, events(1), 0n);
    expect([exact.expectedVersion, exact.actualVersion]).toEqual([0n, 'no_stream']);
    await expect(revisions(client, missing)).rejects.toBeInstanceOf(StreamNotFoundError);
  });

  it('on an existing stream: the exact revision appends, ahead or behind conflicts with the actual one', async () => {
    const s = name();
    await client.appendToStream(s, events(3), { expectedRevision: NO_STREAM });
    expect((await client.appendToStream(s, events(1), { expectedRevision: 2n })).nextExpectedRevision).toBe(3n);
    expect((await wrongVersion(client, s, events(1), 7n)).actualVersion).toBe(3n);
    expect((await wrongVersion(client, s, events(1), 1n)).actualVersion).toBe(3n);
    expect((await wrongVersion(client, s, events(1), NO_STREAM)).expectedVersion).toBe('no_stream');
    expect((await client.appendToStream(s, events(1), { expectedRevision: STREAM_EXISTS })).nextExpectedRevision).toBe(4n);
    expect((await client.appendToStream(s, events(1), { expectedRevision: ANY })).nextExpectedRevision).toBe(5n);
    expect(await revisions(client, s)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
  });

  it('answers a retry at an old exact revision with the original revision and position, writing nothing', async () => {
    const s = name();
    const first = events(2);
    const original = await client.appendToStream(s, first, { expectedRevision: NO_STREAM });
    await client.appendToStream(s, events(3), { expectedRevision: 1n });
    const stored = double.log.all.length;
    const retry = await client.appendToStream(s, first, { expectedRevision: NO_STREAM });
    expect(retry).toEqual(original);
    const second = events(2);
    const middle = await client.appendToStream(s, second, { expectedRevision: 4n });
    await client.appendToStream(s, events(1), { expectedRevision: 6n });
    expect(await client.appendToStream(s, second, { expectedRevision: 4n })).toEqual(middle);
    expect(double.log.all.length).toBe(stored + 3);
  });

  it('refuses a retry that only partly matches, or matches at another place', async () => {
    const s = name();
    const batch = events(2);
    await client.appendToStream(s, batch, { expectedRevision: NO_STREAM });
    await wrongVersion(client, s, [batch[0], ev()], NO_STREAM);
    await wrongVersion(client, s, [batch[1]], NO_STREAM);
    await wrongVersion(client, s, [...batch, ev()], NO_STREAM);
    expect(await revisions(client, s)).toEqual([0n, 1n]);
  });

  it('under any: all ids known → the original answer; first id new → a normal append; first known, later new → conflict', async () => {
    const s = name();
    const batch = events(2);
    const original = await client.appendToStream(s, batch, { expectedRevision: ANY });
    expect(await client.appendToStream(s, batch, { expectedRevision: ANY })).toEqual(original);
    expect(await client.appendToStream(s, batch, { expectedRevision: STREAM_EXISTS })).toEqual(original);
    // The server checks only the first id's presence before deciding to write.
    expect((await client.appendToStream(s, [ev(), batch[0]], { expectedRevision: ANY })).nextExpectedRevision).toBe(3n);
    await wrongVersion(client, s, [batch[0], ev()], ANY);
    // Ids committed to another stream do not count.
    expect((await client.appendToStream(name(), batch, { expectedRevision: ANY })).nextExpectedRevision).toBe(1n);
  });

  it('lets stream_exists append to a stream that has only metadata', async () => {
    const s = name();
    await client.setStreamMetadata(s, { maxCount: 10 });
    expect((await client.appendToStream(s, events(1), { expectedRevision: STREAM_EXISTS })).nextExpectedRevision).toBe(0n);
  });

  it('soft delete: reads say not found, no_stream appends again after the old revisions, stream_exists is refused', async () => {
    const s = name();
    await client.appendToStream(s, events(2), { expectedRevision: NO_STREAM });
    await client.deleteStream(s);
    await expect(revisions(client, s)).rejects.toBeInstanceOf(StreamNotFoundError);
    await expect(client.appendToStream(s, events(1), { expectedRevision: STREAM_EXISTS })).rejects.toBeInstanceOf(StreamDeletedError);
    expect((await client.appendToStream(s, events(1), { expectedRevision: NO_STREAM })).nextExpectedRevision).toBe(2n);
    expect(await revisions(client, s)).toEqual([2n]);
  });

  it('soft-deleting a stream that does not exist is a conflict reported through trailers', async () => {
    const error = await client.deleteStream(name()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect([(error as WrongExpectedVersionError).expectedVersion, (error as WrongExpectedVersionError).actualVersion]).toEqual([-2n, -1n]);
  });

  it('tombstone: every later read and append fails with stream deleted; the tombstone shows in $all', async () => {
    const s = name();
    await client.appendToStream(s, events(1), { expectedRevision: NO_STREAM });
    const { position } = await client.tombstoneStream(s);
    await expect(revisions(client, s)).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(client.appendToStream(s, events(1))).rejects.toBeInstanceOf(StreamDeletedError);
    await expect(client.tombstoneStream(s)).rejects.toBeInstanceOf(StreamDeletedError);
    const tail = [];
    for await (const e of client.readAll({ fromPosition: position!, maxCount: 1 })) tail.push(e.event!);
    expect(tail.map((e) => [e.streamId, e.type, e.revision])).toEqual([[s, '$streamDeleted', 9223372036854775807n]]);
  });
});
