import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { RecordedEvent } from '#event-store';
import { createDataSource } from '#platform';
import { activityProjection, ALL_MIGRATIONS, READ_MODEL_ENTITIES, readActivityViews } from '#read-models';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * The views a document projection keeps between batches (kept-views.ts): a row still as the projector
 * wrote it is not read back, and anything else — another writer, a rolled-back batch, another
 * database — is read as before.
 */
const PLAN = randomUUID();

function activityEvents(activityId: string, code: string) {
  const stream = `activity-${activityId}`;
  const at = (revision: number, type: string, data: Record<string, unknown>): RecordedEvent => ({
    id: randomUUID(),
    stream,
    revision,
    position: `${revision + 1}`,
    type,
    data: { effectiveOn: '2016-01-01', ...data },
    metadata: { actor: { id: 'u', name: 'Secretariat' }, role: 'secretariat', organizationId: null, recordedAt: `2026-11-23T10:00:0${revision}.000Z` },
  });
  const planned = at(0, 'ActivityPlanned', {
    activityId,
    planId: PLAN,
    objectiveId: randomUUID(),
    code,
    titles: { en: 'Campaign' },
    leadAgencyId: randomUUID(),
    partnerAgencyIds: [],
    plannedStart: '2016-01-01',
    plannedEnd: '2017-06-30',
    locations: [{ province: 'Sughd' }],
    tags: { sdg: [], gcm: [] },
  });
  const started = at(1, 'ActivityStarted', { startedOn: '2016-02-01' });
  const report = (percentComplete: number, periodEnd: string) =>
    at(2, 'ActivityProgressReported', { periodStart: '2016-01-01', periodEnd, percentComplete, indicatorValues: [], evidence: [], effectiveOn: periodEnd });
  return { planned, started, report };
}

/** The transaction, with the rows each read of activity_view's views answered. */
function watched(tx: EntityManager, reads: unknown[][]): EntityManager {
  return new Proxy(tx, {
    get(target, property, receiver) {
      if (property !== 'query') return Reflect.get(target, property, receiver);
      return async (sql: string, parameters?: unknown[]) => {
        const rows = await target.query(sql, parameters);
        if (/FROM activity_view t/.test(sql)) reads.push(rows);
        return rows;
      };
    },
  });
}

interface Database {
  test: TestDatabase;
  source: DataSource;
}

async function openDatabase(): Promise<Database> {
  const test = await createTestDatabase();
  const source = createDataSource({ url: test.url, poolSize: test.poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
  await source.initialize();
  await source.runMigrations();
  return { test, source };
}

/** As readers see it: with its reports, which have rows of their own. */
const viewOf = async (source: DataSource, id: string) => (await readActivityViews(source, 'WHERE id = $1', [id]))[0];
const folded = (events: RecordedEvent[]) =>
  events.reduce<unknown>((view, event) => activityProjection.spec.evolve(view as never, event as never, event.revision), null);

describe('views kept between batches of a document projection', () => {
  let one: Database;
  let other: Database;

  beforeAll(async () => {
    one = await openDatabase();
    other = await openDatabase();
  });

  afterAll(async () => {
    for (const database of [one, other]) {
      await database?.source.destroy();
      await database?.test.drop();
    }
  });

  it('folds the next batch onto the view it wrote without reading it back, to the same view', async () => {
    const id = randomUUID();
    const { planned, started, report } = activityEvents(id, '1.1');
    await one.source.transaction((tx) => activityProjection.apply(tx, [planned, started]));
    const reads: unknown[][] = [];
    await one.source.transaction((tx) => activityProjection.apply(watched(tx, reads), [report(40, '2016-06-30')]));

    expect(reads).toEqual([[expect.objectContaining({ id, view: null })]]);
    expect(await viewOf(one.source, id)).toEqual(folded([planned, started, report(40, '2016-06-30')]));
  });

  it('reads a row that something else wrote since, and folds onto what is stored', async () => {
    const id = randomUUID();
    const { planned, started, report } = activityEvents(id, '1.2');
    await one.source.transaction((tx) => activityProjection.apply(tx, [planned, started]));
    await one.source.query(`UPDATE activity_view SET view = jsonb_set(view, '{code}', '"9.9"') WHERE id = $1`, [id]);
    const reads: unknown[][] = [];
    await one.source.transaction((tx) => activityProjection.apply(watched(tx, reads), [report(40, '2016-06-30')]));

    expect(reads).toEqual([[expect.objectContaining({ id, view: expect.objectContaining({ code: '9.9' }) })]]);
    expect(await viewOf(one.source, id)).toMatchObject({ code: '9.9', percentComplete: 40 });
  });

  it('never folds onto a view whose batch was rolled back', async () => {
    const id = randomUUID();
    const { planned, started, report } = activityEvents(id, '1.3');
    await one.source.transaction((tx) => activityProjection.apply(tx, [planned, started]));
    const rolledBack = one.source.transaction(async (tx) => {
      await activityProjection.apply(tx, [report(90, '2016-12-31')]);
      throw new Error('the checkpoint could not move');
    });
    await expect(rolledBack).rejects.toThrow('the checkpoint could not move');
    await one.source.transaction((tx) => activityProjection.apply(tx, [report(40, '2016-06-30')]));

    expect(await viewOf(one.source, id)).toEqual(folded([planned, started, report(40, '2016-06-30')]));
  });

  it('keeps each database its own views, whatever their transaction ids', async () => {
    const id = randomUUID();
    const here = activityEvents(id, '1.4');
    const there = activityEvents(id, '2.4');
    // Embedded databases count transactions each from the same start: brought level, both rows get the
    // same xmin. (A server's databases share one count, so theirs never meet.)
    const nextXid = async (source: DataSource) => Number(((await source.query('SELECT pg_current_xact_id()::text AS xid')) as { xid: string }[])[0].xid);
    if (one.test.embedded) {
      const [a, b] = [await nextXid(one.source), await nextXid(other.source)];
      for (let i = 0; i < Math.abs(a - b); i++) await nextXid(a < b ? one.source : other.source);
    }
    await one.source.transaction((tx) => activityProjection.apply(tx, [here.planned, here.started]));
    await other.source.transaction((tx) => activityProjection.apply(tx, [there.planned, there.started]));
    await one.source.transaction((tx) => activityProjection.apply(tx, [here.report(40, '2016-06-30')]));
    await other.source.transaction((tx) => activityProjection.apply(tx, [there.report(40, '2016-06-30')]));

    const xmin = async (source: DataSource) =>
      ((await source.query('SELECT xmin::text AS xmin FROM activity_view WHERE id = $1', [id])) as { xmin: string }[])[0].xmin;
    if (one.test.embedded) expect(await xmin(one.source)).toBe(await xmin(other.source));
    expect(await viewOf(one.source, id)).toMatchObject({ code: '1.4', percentComplete: 40 });
    expect(await viewOf(other.source, id)).toMatchObject({ code: '2.4', percentComplete: 40 });
  });
});
