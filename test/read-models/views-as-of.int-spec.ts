import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { InMemoryEventStore, type EventStore } from '#event-store';
import { createDataSource } from '#platform';
import { LRUCache } from 'lru-cache';
import { ALL_MIGRATIONS, ALL_PROJECTIONS, DASHBOARD_ACTIVITY_ROW, Projector, READ_MODEL_ENTITIES, activityProjection, dashboardActivity, foldStreams, evolveActivityView, rebuildProjections, touchCheckpoint, viewsAsOf, type KeptRows, type TimeTravel } from '#read-models';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { seededRandom } from './support.js';

/**
 * Time travel from the rows (viewsAsOf) against the reference, every record folded from its events
 * (foldStreams), on a history whose business dates run out of order with its recording times, with a
 * projector behind the log and a row folded before the clocks were kept.
 */
describe('records as of a date and a moment, from their rows', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const store = new InMemoryEventStore();
  let streamReads = 0;
  /** The store, counting the streams read (one at a time or several at once): a record taken from its row reads none. */
  const counted: EventStore = new Proxy(store, {
    get: (target, key) => {
      if (key === 'readStream') return (...args: Parameters<EventStore['readStream']>) => (streamReads++, target.readStream(...args));
      if (key === 'readStreams') return (streams: readonly string[]) => ((streamReads += streams.length), target.readStreams(streams));
      return Reflect.get(target, key, target);
    },
  });
  const planId = randomUUID();
  const ids = Array.from({ length: 12 }, () => randomUUID());
  const legacy = ids[0];
  const random = seededRandom(14);
  let clock = Date.parse('2026-03-01T08:00:00.000Z');
  const moments: Date[] = [];
  let applied: Awaited<ReturnType<InMemoryEventStore['readAll']>> = [];
  const day = (from: string, days: number) => new Date(Date.parse(from) + days * 86_400_000).toISOString().slice(0, 10);

  async function record(activityId: string, type: string, data: Record<string, unknown>, expected: number | 'no_stream') {
    clock += 60_000;
    await store.append(`activity-${activityId}`, [{ id: randomUUID(), type, data, metadata: { recordedAt: new Date(clock).toISOString(), actor: { id: 't', name: 'Secretariat' }, role: 'secretariat' } }], expected);
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
    await dataSource.initialize();
    await dataSource.runMigrations();
    moments.push(new Date(clock + 30_000));
    for (const [n, id] of ids.entries()) {
      await record(id, 'ActivityPlanned', { activityId: id, planId, objectiveId: planId, code: `1.${n}`, titles: { en: `Activity ${n}` }, leadAgencyId: planId, partnerAgencyIds: [], plannedStart: '2015-01-01', plannedEnd: day('2016-01-01', Math.floor(random() * 1500)), locations: [{ province: 'Sughd' }], tags: {}, budget: null, effectiveOn: '2014-12-01' }, 'no_stream');
    }
    // Rounds over the activities, business dates drawn out of order: some back-filled years earlier.
    for (let round = 0; round < 6; round++) {
      moments.push(new Date(clock + 30_000));
      for (const [n, id] of ids.entries()) {
        if (random() < 0.3) continue;
        const revision = (await store.readStream(`activity-${id}`)).length - 1;
        const periodEnd = day('2015-03-31', Math.floor(random() * 2000));
        await record(id, 'ActivityProgressReported', { periodStart: day(periodEnd, -90), periodEnd, percentComplete: Math.floor(random() * 100), indicatorValues: [], evidence: [], effectiveOn: periodEnd, note: `round ${round}, ${n}` }, revision);
      }
    }
    // Sums, which a fold counting an event twice would get wrong.
    for (const id of ids.slice(1, 3)) {
      const revision = (await store.readStream(`activity-${id}`)).length - 1;
      await record(id, 'FundsCommitted', { donorId: planId, money: { amount: '250.00', currency: 'EUR' }, committedOn: '2015-02-01', effectiveOn: '2015-02-01' }, revision);
    }
    moments.push(new Date(clock + 30_000));
    // The projector applies all but the last 7 events: they are behind it, read from the log.
    const log = await store.readAll(null, 10_000);
    const projector = new Projector(dataSource, store, ALL_PROJECTIONS);
    applied = log.slice(0, -7);
    await projector.applyBatch(applied, applied[applied.length - 1].position);
    // A row folded before its clocks were kept.
    await dataSource.query('UPDATE activity_view SET first_recorded_at = NULL, last_recorded_at = NULL, latest_effective_on = NULL, folded_revision = NULL WHERE id = $1', [legacy]);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const travels: TimeTravel[] = [];
  for (const asOf of [undefined, '2015-06-30', '2017-12-31', '2030-01-01']) {
    for (const knownAt of [undefined, 0, 1, 3, 6, 7]) travels.push({ asOf, knownAt: knownAt === undefined ? undefined : (knownAt as unknown as Date) });
  }

  it('equals every record folded from its events, for either clock and both', async () => {
    expect(moments).toHaveLength(8);
    for (const shape of travels) {
      const travel: TimeTravel = { asOf: shape.asOf, knownAt: shape.knownAt === undefined ? undefined : moments[shape.knownAt as unknown as number] };
      const fromRows = await viewsAsOf(dataSource, counted, activityProjection.spec, ids, travel);
      const fromEvents = await foldStreams(store, 'activity-', ids, travel, evolveActivityView);
      expect({ travel, views: fromRows }).toEqual({ travel, views: fromEvents });
    }
  });

  it('reads no stream for a record all known and effective by then, but the one without clocks', async () => {
    streamReads = 0;
    const views = await viewsAsOf(dataSource, counted, activityProjection.spec, ids, { knownAt: new Date(clock + 60_000) });
    expect(views).toHaveLength(ids.length);
    expect(streamReads).toBe(1);
    // Before anything was recorded: nothing to read but the row without clocks.
    streamReads = 0;
    expect(await viewsAsOf(dataSource, counted, activityProjection.spec, ids, { knownAt: moments[0] })).toEqual([]);
    expect(streamReads).toBe(1);
    // Early in the business calendar, most records hold something effective later: folded from events.
    streamReads = 0;
    await viewsAsOf(dataSource, counted, activityProjection.spec, ids, { asOf: '2015-06-30' });
    expect(streamReads).toBeGreaterThan(ids.length / 2);
  });

  const dashboardShape = { shape: DASHBOARD_ACTIVITY_ROW, asOfVersions: true };

  it('in the dashboard\'s shape, from the versions by business date, equals every record folded from its events', async () => {
    for (const shape of travels) {
      const travel: TimeTravel = { asOf: shape.asOf, knownAt: shape.knownAt === undefined ? undefined : moments[shape.knownAt as unknown as number] };
      // A record folded from its events comes whole: the dashboard reads the same of either.
      const fromRows = (await viewsAsOf(dataSource, counted, activityProjection.spec, ids, travel, dashboardShape)).map(dashboardActivity);
      const fromEvents = (await foldStreams(store, 'activity-', ids, travel, evolveActivityView)).map(dashboardActivity);
      expect({ travel, views: fromRows }).toEqual({ travel, views: fromEvents });
    }
  });

  it('reads a stream, as of a date, only for a record the projector has more of and the one without clocks', async () => {
    const behind = new Set((await store.readAll(null, 10_000)).slice(applied.length).map((e) => e.stream));
    for (const asOf of ['2015-06-30', '2016-02-29', '2018-01-01']) {
      streamReads = 0;
      await viewsAsOf(dataSource, counted, activityProjection.spec, ids, { asOf }, dashboardShape);
      expect(streamReads).toBe(new Set([...behind, `activity-${legacy}`]).size);
    }
  });

  it('takes a plan\'s rows kept under the checkpoint\'s mark without reading them again, and reads them again once the rows changed', async () => {
    const keptRows: KeptRows = new LRUCache({ maxSize: 1_000, sizeCalculation: (rows) => Math.max(1, rows.length) });
    const plan = { column: 'plan_id', equals: planId };
    let rowReads = 0;
    const db = { query: (sql: string, parameters?: unknown[]) => ((rowReads += sql.includes('FROM activity_view') ? 1 : 0), dataSource.query(sql, parameters)) };
    const now = { knownAt: new Date(clock + 60_000) };
    for (const travel of [{ knownAt: moments[3] }, { knownAt: moments[7] }, now]) {
      const kept = await viewsAsOf(db, counted, activityProjection.spec, plan, travel, { shape: DASHBOARD_ACTIVITY_ROW, keptRows });
      expect({ travel, kept }).toEqual({ travel, kept: await viewsAsOf(dataSource, counted, activityProjection.spec, plan, travel, { shape: DASHBOARD_ACTIVITY_ROW }) });
    }
    expect(rowReads).toBe(1);
    // A row changed with its projection's checkpoint touched (a dead letter applied late): read again.
    // One taken as it stands: with clocks, and nothing of it behind the checkpoint.
    const behind = new Set((await store.readAll(null, 10_000)).slice(applied.length).map((e) => e.stream));
    const changed = ids.find((id) => id !== legacy && !behind.has(`activity-${id}`))!;
    const [{ status }] = await dataSource.query('SELECT status FROM activity_view WHERE id = $1', [changed]);
    await dataSource.query("UPDATE activity_view SET status = 'cancelled' WHERE id = $1", [changed]);
    await touchCheckpoint(dataSource.manager, 'activities');
    try {
      const after = await viewsAsOf(db, counted, activityProjection.spec, plan, now, { shape: DASHBOARD_ACTIVITY_ROW, keptRows });
      expect(rowReads).toBe(2);
      expect(after.find((v) => v.id === changed)?.status).toBe('cancelled');
    } finally {
      await dataSource.query('UPDATE activity_view SET status = $2 WHERE id = $1', [changed, status]);
    }
  });

  it('answers dates from the kept rows and the versions in force alone, equal to the one statement that joins them', async () => {
    const keptRows: KeptRows = new LRUCache({ maxSize: 1_000, sizeCalculation: (rows) => Math.max(1, rows.length) });
    const plan = { column: 'plan_id', equals: planId };
    const statements: string[] = [];
    const db = { query: (sql: string, parameters?: unknown[]) => (statements.push(sql), dataSource.query(sql, parameters)) };
    const rowReads = () => statements.filter((sql) => sql.includes('FROM activity_view')).length;
    const joined = () => statements.filter((sql) => sql.includes('LEFT JOIN')).length;
    for (const shape of travels.filter((t) => t.asOf !== undefined)) {
      const travel: TimeTravel = { asOf: shape.asOf, knownAt: shape.knownAt === undefined ? undefined : moments[shape.knownAt as unknown as number] };
      streamReads = 0;
      const kept = await viewsAsOf(db, counted, activityProjection.spec, plan, travel, { ...dashboardShape, keptRows });
      const keptReads = streamReads;
      streamReads = 0;
      const joinedViews = await viewsAsOf(dataSource, counted, activityProjection.spec, plan, travel, dashboardShape);
      // As many records folded from their events: the others were taken from their versions alike.
      expect({ travel, kept, streams: keptReads }).toEqual({ travel, kept: joinedViews, streams: streamReads });
    }
    // The plan's rows were read once for every date and moment, and never joined to the versions.
    expect(rowReads()).toBe(1);
    expect(joined()).toBe(0);
    // The same kept rows answer a moment without a date.
    await viewsAsOf(db, counted, activityProjection.spec, plan, { knownAt: moments[5] }, { ...dashboardShape, keptRows });
    expect(rowReads()).toBe(1);
  });

  it('joins rows and versions in one statement when the projection moves while they are read apart', async () => {
    const keptRows: KeptRows = new LRUCache({ maxSize: 1_000, sizeCalculation: (rows) => Math.max(1, rows.length) });
    const plan = { column: 'plan_id', equals: planId };
    const statements: string[] = [];
    // The projector commits a batch (here: touches the checkpoint) while the versions are being read.
    const db = {
      query: async (sql: string, parameters?: unknown[]) => {
        statements.push(sql);
        const result = await dataSource.query(sql, parameters);
        if (sql.startsWith('SELECT id, view FROM activity_as_of')) await touchCheckpoint(dataSource.manager, 'activities');
        return result;
      },
    };
    const travel = { asOf: '2017-12-31', knownAt: moments[6] };
    const views = await viewsAsOf(db, counted, activityProjection.spec, plan, travel, { ...dashboardShape, keptRows });
    expect(statements.filter((sql) => sql.includes('LEFT JOIN'))).toHaveLength(1);
    expect(views).toEqual(await viewsAsOf(dataSource, counted, activityProjection.spec, plan, travel, dashboardShape));
    expect(views.length).toBeGreaterThan(0);
  });

  it('keeps the clocks of what each row holds', async () => {
    const rows: { id: string; folded_revision: number; first_recorded_at: Date; last_recorded_at: Date; latest_effective_on: string }[] = await dataSource.query(
      'SELECT id, folded_revision, first_recorded_at, last_recorded_at, latest_effective_on::text AS latest_effective_on FROM activity_view WHERE id = ANY($1::uuid[]) AND id <> $2',
      [ids, legacy],
    );
    const log = await store.readAll(null, 10_000);
    const projected = log.slice(0, -7);
    for (const row of rows) {
      const own = projected.filter((e) => e.stream === `activity-${row.id}`);
      expect(row.folded_revision).toBe(own[own.length - 1].revision);
      expect(row.first_recorded_at.toISOString()).toBe(own[0].metadata.recordedAt);
      expect(row.last_recorded_at.toISOString()).toBe(own[own.length - 1].metadata.recordedAt);
      expect(row.latest_effective_on).toBe(own.map((e) => (e.data as { effectiveOn: string }).effectiveOn).sort().at(-1));
    }
  });

  it('counts no event twice when a row has moved past the checkpoint read before it', async () => {
    // The rest of the log lands in the rows while the checkpoint stays where it was: a projector's
    // batch committed between the two reads looks like this.
    const rest = (await store.readAll(null, 10_000)).slice(applied.length);
    await new Projector(dataSource, store, ALL_PROJECTIONS).applyBatch(rest, rest[rest.length - 1].position);
    await dataSource.query("UPDATE projection_checkpoints SET position = $1 WHERE name = 'activities'", [applied[applied.length - 1].position]);
    for (const travel of [{}, { knownAt: new Date(clock + 60_000) }, { asOf: '2030-01-01' }]) {
      const fromRows = await viewsAsOf(dataSource, counted, activityProjection.spec, ids, travel);
      expect(fromRows).toEqual(await foldStreams(store, 'activity-', ids, travel, evolveActivityView));
      expect(fromRows.find((v) => v.id === ids[1])?.funding).toEqual([{ donorId: planId, currency: 'EUR', committed: '250.00', disbursed: '0.00' }]);
    }
  });

  // Last: it writes the activities' read model over again.
  it('keeps the same versions whether the events come in one batch, one by one, or in a rebuild, and none without stream reads', async () => {
    const versions = () => dataSource.query('SELECT id, effective_from::text AS from, effective_until::text AS until, plan_id, view FROM activity_as_of ORDER BY id, effective_from');
    const kept = async () => (await dataSource.query('SELECT id FROM activity_view WHERE as_of_kept ORDER BY id')).map((r: { id: string }) => r.id as string);
    const fresh = async () => {
      await dataSource.query('TRUNCATE activity_view, activity_as_of');
      await dataSource.query("UPDATE projection_checkpoints SET position = NULL WHERE name = 'activities'");
    };
    const log = await store.readAll(null, 10_000);
    const only = [activityProjection];
    await fresh();
    await new Projector(dataSource, store, only).applyBatch(log, log[log.length - 1].position);
    const inOneBatch = await versions();
    // Out-of-order business dates in one batch: each such record folded again from its stream.
    expect(inOneBatch.length).toBeGreaterThan(ids.length * 3);
    expect(await kept()).toHaveLength(ids.length);
    await fresh();
    const projector = new Projector(dataSource, store, only);
    for (const event of log) await projector.applyBatch([event], event.position);
    expect(await versions()).toEqual(inOneBatch);
    await rebuildProjections(dataSource, store, only);
    expect(await versions()).toEqual(inOneBatch);
    expect(await kept()).toHaveLength(ids.length);
    // Without stream reads (the projection applied on its own), an event dated early gives a record's versions up.
    await fresh();
    await dataSource.transaction((tx) => activityProjection.apply(tx, log));
    const keptWithout = await kept();
    expect(keptWithout.length).toBeLessThan(ids.length);
    expect(await versions()).toEqual(inOneBatch.filter((v: { id: string }) => keptWithout.includes(v.id)));
    // A record whose versions were given up gets them back whole with its next event, dated after all the others.
    const givenUp = ids.find((id) => !keptWithout.includes(id))!;
    await record(givenUp, 'ActivityProgressReported', { periodStart: '2030-10-01', periodEnd: '2030-12-31', percentComplete: 99, indicatorValues: [], evidence: [], effectiveOn: '2030-12-31' }, (await store.readStream(`activity-${givenUp}`)).length - 1);
    const next = await store.readAll(log[log.length - 1].position, 10);
    await new Projector(dataSource, store, only).applyBatch(next, next[next.length - 1].position);
    expect(await kept()).toContain(givenUp);
    const before = inOneBatch.filter((v: { id: string }) => v.id === givenUp) as { from: string; until: string }[];
    const after = ((await versions()) as { id: string; from: string; until: string; view: { percentComplete: number } }[]).filter((v) => v.id === givenUp);
    expect(after.map((v) => [v.from, v.until])).toEqual([...before.slice(0, -1).map((v) => [v.from, v.until]), [before.at(-1)!.from, '2030-12-31'], ['2030-12-31', 'infinity']]);
    expect(after.at(-1)!.view.percentComplete).toBe(99);
  });
});
