import { CommandBus } from '@nestjs/cqrs';
import { STREAM_PREFIXES } from '#domain';
import { EventStoreUnavailableError, type RecordedEvent } from '#event-store';
import { EventStoreDbEventStore } from '#event-store/esdb';
import { copyEvents, CopyConflictError, verifyCopy } from '../../apps/cli/src/events/copy-events.js';
import { seedDemo, type SeedSummary } from '../../apps/cli/src/seed/seed-demo.js';
import { createEsdbDouble, type EsdbDouble } from '../esdb-double/double.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The migration path: demo data recorded on the Postgres event store, copied to EventStoreDB (the
 * wire-level double), then a second app on EventStoreDB with a fresh read-model database, rebuilt
 * from zero by its projector, answers every read exactly as the first one did.
 */
describe('events copy-to-esdb: Postgres event store → EventStoreDB', () => {
  let source: TestApp;
  let seeded: SeedSummary;
  let sourceEvents: RecordedEvent[];
  const doubles: EsdbDouble[] = [];
  const targets: EventStoreDbEventStore[] = [];

  const newTarget = async (options: { batchAppend?: boolean } = {}) => {
    const double = await createEsdbDouble(options);
    doubles.push(double);
    return { double, target: connect(double) };
  };
  const connect = (double: EsdbDouble) => {
    const target = new EventStoreDbEventStore({ connectionString: double.url, streamPrefixes: [...STREAM_PREFIXES], operationTimeoutMs: 3_000 });
    targets.push(target);
    return target;
  };
  const stripPositions = (events: RecordedEvent[]) => events.map(({ position: _p, ...rest }) => rest);

  beforeAll(async () => {
    // The source is always the Postgres event store, even when the suite runs with TEST_EVENT_STORE=esdb.
    source = await startTestApp({ EVENTSTORE_URL: '' });
    seeded = await seedDemo(source.app.get(CommandBus));
    sourceEvents = await source.allEvents();
  }, 180_000);

  afterAll(async () => {
    await Promise.all(targets.map((t) => t.close().catch(() => undefined)));
    await Promise.all(doubles.map((d) => d.stop()));
    await source?.close();
  });

  it('the demo data is on the Postgres event store', () => {
    expect(source.config.EVENTSTORE_URL).toBeUndefined();
    expect(sourceEvents.length).toBeGreaterThan(300);
    expect(sourceEvents[0].position).toMatch(/^\d+:\d+$/);
  });

  describe('a full copy, run twice, then the service on EventStoreDB', () => {
    let double: EsdbDouble;
    let target: EventStoreDbEventStore;
    let esdbApp: TestApp | undefined;

    beforeAll(async () => ({ double, target } = await newTarget()));
    afterAll(async () => esdbApp?.close());

    it('copies every event in global order, with ids, revisions, types, data and metadata, batching runs of one stream', async () => {
      const progress: number[] = [];
      const summary = await copyEvents(source.events, target, { pageSize: 100, onProgress: (p) => progress.push(p.events) });
      const streams = new Set(sourceEvents.map((e) => e.stream)).size;
      expect(summary).toMatchObject({ events: sourceEvents.length, copied: sourceEvents.length, skipped: 0, streams, resumedRuns: 0 });
      expect(summary.appends).toBeLessThan(sourceEvents.length);
      expect(progress.at(-1)).toBe(sourceEvents.length);
      expect(double.calls.batchAppend).toBeGreaterThan(0);

      const copied = await readEverything(target);
      expect(stripPositions(copied)).toEqual(stripPositions(sourceEvents));
      expect(double.log.all).toHaveLength(sourceEvents.length);
      expect(await verifyCopy(source.events, target)).toEqual({ ok: true, eventsChecked: sourceEvents.length, streamsChecked: streams, failures: [] });
    }, 60_000);

    it('a second run appends nothing and reports every event as already there', async () => {
      const head = await target.headPosition();
      const summary = await copyEvents(source.events, target);
      expect(summary).toMatchObject({ events: sourceEvents.length, copied: 0, skipped: sourceEvents.length, resumedRuns: 0 });
      expect(double.log.all).toHaveLength(sourceEvents.length);
      expect(await target.headPosition()).toBe(head);
    }, 60_000);

    it('an app on EventStoreDB with a fresh read-model database answers every read as the Postgres one did', async () => {
      const sourceHead = sourceEvents.at(-1)!.position;
      const before = await snapshotReads(source, seeded, sourceHead);
      expect((before[`/plans/${seeded.plans['2015']}/dashboard`] as { activities: { total: number } }).activities.total).toBeGreaterThan(20);

      // The same BOOTSTRAP_ADMIN_TOKEN as the source: the same token, whose grant is in the copied log already.
      esdbApp = await startTestApp({ EVENTSTORE_URL: double.url, READ_YOUR_WRITES_TIMEOUT_MS: '30000', BOOTSTRAP_ADMIN_TOKEN: source.adminToken });
      expect(esdbApp.config.EVENTSTORE_URL).toBe(double.url);
      const targetHead = (await target.headPosition())!;
      expect(targetHead).toMatch(/^\d+$/);
      const after = await snapshotReads(esdbApp, seeded, targetHead);

      expect(Object.keys(after)).toEqual(Object.keys(before));
      for (const key of Object.keys(before)) expect([key, after[key]]).toEqual([key, before[key]]);
      // The event log as the app on EventStoreDB sees it is the source's.
      expect(stripPositions(await esdbApp.allEvents())).toEqual(stripPositions(sourceEvents));
      // And the service's own audit check finds every hash chain intact on EventStoreDB.
      const audit = await esdbApp.http.get('/audit/verify');
      expect(audit.status).toBe(200);
      expect(audit.body).toMatchObject({ ok: true, eventsChecked: sourceEvents.length, failures: [] });
    }, 120_000);
  });

  it('a copy cut short mid-run (--max-events) completes on a re-run: nothing duplicated, nothing conflicting', async () => {
    const { double, target } = await newTarget({ batchAppend: false });
    // Cut between two adjacent events of one stream, so the re-run's first append of that run overlaps the target.
    const cut = sourceEvents.findIndex((e, i) => i > 50 && e.stream === sourceEvents[i - 1].stream && e.revision === sourceEvents[i - 1].revision + 1);
    expect(cut).toBeGreaterThan(0);

    const first = await copyEvents(source.events, target, { maxEvents: cut, pageSize: 7 });
    expect(first).toMatchObject({ events: cut, copied: cut, skipped: 0 });
    expect(double.log.all).toHaveLength(cut);
    expect((await verifyCopy(source.events, target)).ok).toBe(false);

    const second = await copyEvents(source.events, target);
    expect(second).toMatchObject({ events: sourceEvents.length, copied: sourceEvents.length - cut, skipped: cut });
    expect(second.resumedRuns).toBeGreaterThanOrEqual(1);
    expect(double.calls.append).toBeGreaterThan(0);
    expect(double.calls.batchAppend).toBe(0);
    expect(double.log.all).toHaveLength(sourceEvents.length);
    expect(await verifyCopy(source.events, target)).toMatchObject({ ok: true, eventsChecked: sourceEvents.length });
  }, 60_000);

  it('a copy interrupted by EventStoreDB going away fails, and a re-run after it is back completes', async () => {
    const { double, target } = await newTarget();
    let stopping: Promise<void> | undefined;
    const interrupted = copyEvents(source.events, target, {
      pageSize: 25,
      onProgress: (p) => {
        if (p.events >= 100 && !stopping) stopping = double.stop();
      },
    });
    await expect(interrupted).rejects.toBeInstanceOf(EventStoreUnavailableError);
    await stopping;
    const written = double.log.all.length;
    expect(written).toBeGreaterThanOrEqual(100);
    expect(written).toBeLessThan(sourceEvents.length);

    await double.start();
    const resumed = await copyEvents(source.events, connect(double));
    expect(resumed).toMatchObject({ events: sourceEvents.length, copied: sourceEvents.length - written, skipped: written });
    expect(double.log.all).toHaveLength(sourceEvents.length);
    expect(await verifyCopy(source.events, connect(double))).toMatchObject({ ok: true, eventsChecked: sourceEvents.length });
  }, 90_000);

  it('refuses to copy into an EventStoreDB whose streams hold other events', async () => {
    const { target } = await newTarget();
    const [firstEvent] = sourceEvents;
    await target.append(firstEvent.stream, [{ id: '00000000-0000-4000-8000-000000000001', type: firstEvent.type, data: {}, metadata: {} }], 'no_stream');
    await expect(copyEvents(source.events, target)).rejects.toBeInstanceOf(CopyConflictError);
    await expect(copyEvents(source.events, target)).rejects.toThrow(/the target holds event 00000000-0000-4000-8000-000000000001/);
  }, 30_000);
});

async function readEverything(store: EventStoreDbEventStore): Promise<RecordedEvent[]> {
  const out: RecordedEvent[] = [];
  for (let page = await store.readAll(null, 500); page.length > 0; page = await store.readAll(page[page.length - 1].position, 500)) out.push(...page);
  return out;
}

/** The answers of the read side the migration must not change, keyed by request. */
async function snapshotReads(app: TestApp, seeded: SeedSummary, minPosition: string): Promise<Record<string, unknown>> {
  const plan2015 = seeded.plans['2015'];
  const activityIds = Object.values(seeded.activities);
  const paths = [
    `/plans/${plan2015}/dashboard`,
    `/plans/${seeded.plans['2011']}/dashboard`,
    `/plans/${plan2015}/dashboard?asOf=2017-06-30`,
    `/activities?planId=${plan2015}&pageSize=100`,
    `/activities?overdue=true&pageSize=100`,
    ...activityIds.slice(0, 6).map((id) => `/activities/${id}`),
    `/activities/${seeded.activities['2015/2.1.2']}`,
    `/activities/${seeded.activities['2015/2.1.2']}?asOf=2016-12-31`,
    `/donors/${seeded.organizations.eu}/portfolio`,
    `/decisions?pageSize=100`,
    `/recommendations?pageSize=100`,
  ];
  const out: Record<string, unknown> = {};
  // The first read waits until the projections have reached the head of this app's event store.
  const first = await app.http.get(paths[0]).query({ minPosition });
  expect([paths[0], first.status]).toEqual([paths[0], 200]);
  out[paths[0]] = first.body;
  for (const path of paths.slice(1)) {
    const response = await app.http.get(path);
    expect([path, response.status]).toEqual([path, 200]);
    out[path] = response.body;
  }
  return out;
}
