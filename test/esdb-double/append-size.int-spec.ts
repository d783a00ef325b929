import { randomUUID } from 'node:crypto';
import { EventStoreDBClient, MaxAppendSizeExceededError, jsonEvent } from '@eventstore/db-client';
import { AppendTooLargeError, InMemoryEventStore, type EventToAppend } from '#event-store';
import { EventStoreDbEventStore } from '#event-store/esdb';
import { GENESIS_HASH, eventHash } from '#application';
import { copyEvents, verifyCopy } from '../../apps/cli/src/events/copy-events.js';
import { aPlan } from '../support/builders.js';
import { startTestApp } from '../support/test-app.js';
import { createEsdbDouble, type EsdbDouble } from './double.js';

/**
 * The server's MaxAppendSize (1 MiB by default): the sum over an append's events of data bytes +
 * custom metadata bytes + 2 × the type's length, refused with MaximumAppendSizeExceeded when over.
 */
describe('the maximum append size', () => {
  const doubles: EsdbDouble[] = [];
  const clients: EventStoreDBClient[] = [];
  const stores: EventStoreDbEventStore[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.dispose()));
    await Promise.all(stores.splice(0).map((s) => s.close()));
    await Promise.all(doubles.splice(0).map((d) => d.stop()));
  });
  const double = async (options: Parameters<typeof createEsdbDouble>[0]) => {
    const d = await createEsdbDouble(options);
    doubles.push(d);
    return d;
  };
  const client = (d: EsdbDouble) => {
    const c = EventStoreDBClient.connectionString(d.url);
    clients.push(c);
    return c;
  };
  // `{"t":"…"}` is 8 bytes around the text; the type "T" counts 2.
  const ofSize = (bytes: number) => jsonEvent({ type: 'T', data: { t: 'ж'.repeat((bytes - 10) / 2) } });

  it.each([
    ['BatchAppend', true],
    ['Append', false],
  ])('accepts an append of exactly the limit and refuses one just over it, counted in bytes, over %s', async (_path, batchAppend) => {
    const d = await double({ maxAppendSize: 1000, batchAppend });
    const c = client(d);
    const stream = `plan-${randomUUID()}`;
    await expect(c.appendToStream(stream, [ofSize(500), ofSize(500)])).resolves.toMatchObject({ success: true });
    const refused = c.appendToStream(stream, [ofSize(500), ofSize(502)]);
    await expect(refused).rejects.toBeInstanceOf(MaxAppendSizeExceededError);
    await expect(refused).rejects.toMatchObject({ maxAppendSize: 1000 });
    expect(d.log.eventsOf(stream)).toHaveLength(2);
    // The stream (and the BatchAppend call it shares) keeps working after a refusal.
    await expect(c.appendToStream(stream, [ofSize(20)])).resolves.toMatchObject({ nextExpectedRevision: 2n });
  });

  it('defaults to the server’s 1 MiB', async () => {
    const c = client(await double({}));
    const stream = `plan-${randomUUID()}`;
    await expect(c.appendToStream(stream, [ofSize(1024 * 1024)])).resolves.toMatchObject({ success: true });
    await expect(c.appendToStream(stream, [ofSize(1024 * 1024 + 2)])).rejects.toBeInstanceOf(MaxAppendSizeExceededError);
  });

  it('is reported by the adapter as AppendTooLargeError, naming the stream and the limit', async () => {
    const d = await double({ maxAppendSize: 2000 });
    const store = new EventStoreDbEventStore({ connectionString: d.url, streamPrefixes: ['plan-'] });
    stores.push(store);
    const stream = `plan-${randomUUID()}`;
    const big: EventToAppend = { id: randomUUID(), type: 'PlanDrafted', data: { title: 'ж'.repeat(1000) }, metadata: {} };
    const refused = store.append(stream, [big], 'no_stream');
    await expect(refused).rejects.toBeInstanceOf(AppendTooLargeError);
    await expect(refused).rejects.toMatchObject({ stream, maxAppendSize: 2000 });
    await expect(refused).rejects.toThrow(/2000 bytes/);
  });

  it('answers 413 APPEND_TOO_LARGE to a command whose events are over the limit, and writes nothing', async () => {
    const d = await double({ maxAppendSize: 2500 });
    const app = await startTestApp({ EVENTSTORE_URL: d.url });
    try {
      const long = 'Ҷалби диаспораи тоҷик ба ҳайси шарикони рушд. '.repeat(11).slice(0, 500);
      const planEvents = () => d.log.all.filter((e) => e.stream.startsWith('plan-')).length;
      const before = planEvents();
      const response = await app.http.post('/plans').send(aPlan({ title: { en: long, ru: long, tg: long } }));
      expect(response.status).toBe(413);
      expect(response.body).toMatchObject({ statusCode: 413, code: 'APPEND_TOO_LARGE' });
      expect(response.body.message).toMatch(/2500 bytes/);
      expect(planEvents()).toBe(before);
      // The plan code it reserved was given back at once, not held for the reservation's lease.
      const reservation = d.log.all.filter((e) => e.stream.startsWith('code_reservation-')).map((e) => e.type);
      expect(reservation.slice(-2)).toEqual(['CodeReserved', 'CodeReleased']);
      await app.http.post('/plans').send(aPlan()).expect(201);
    } finally {
      await app.close();
    }
  });

  it('copy-to-esdb keeps every append under the limit with multi-byte text', async () => {
    const source = new InMemoryEventStore();
    const stream = `plan-${randomUUID()}`;
    // About 1500 characters but 2900 bytes an event: split by characters, five of them would go in one 8 KiB append.
    const events: EventToAppend[] = [];
    let prevHash = GENESIS_HASH;
    for (let revision = 0; revision < 12; revision++) {
      const data = { note: `Ҳисоботи ҷорӣ №${revision}: ${'мониторинги нақшаи амал '.repeat(60)}` };
      const hash = eventHash(prevHash, { stream, revision, type: 'ProgressReported', data, metadata: { prevHash } });
      events.push({ id: randomUUID(), type: 'ProgressReported', data, metadata: { prevHash, hash } });
      prevHash = hash;
    }
    await source.append(stream, events, 'no_stream');
    const d = await double({ maxAppendSize: 8 * 1024 });
    const target = new EventStoreDbEventStore({ connectionString: d.url, streamPrefixes: ['plan-'] });
    stores.push(target);

    const summary = await copyEvents(source, target, { maxAppendBytes: 8 * 1024 });
    expect(summary).toMatchObject({ copied: 12, skipped: 0 });
    expect(summary.appends).toBeGreaterThan(4);
    expect(await verifyCopy(source, target)).toMatchObject({ ok: true, eventsChecked: 12 });
  });
});
