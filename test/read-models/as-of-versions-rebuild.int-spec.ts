import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { InMemoryEventStore } from '#event-store';
import { createDataSource } from '#platform';
import { ALL_MIGRATIONS, Projector, READ_MODEL_ENTITIES, activityProjection, rebuildProjections } from '#read-models';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * A rebuild writes an activity's settled versions by business date while it folds, a page of the log at a time;
 * a report dated before the versions it still holds whole makes it fold that activity again and replace
 * the rows it wrote. Either way the versions and rows equal the live projector's.
 */
describe('versions by business date written during a rebuild', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const store = new InMemoryEventStore();
  const planId = randomUUID();
  const ids = Array.from({ length: 4 }, () => randomUUID());
  const month = (n: number) => new Date(Date.UTC(2016, n + 1, 0)).toISOString().slice(0, 10);

  const record = (activityId: string, type: string, data: Record<string, unknown>, expected: number | 'no_stream') =>
    store.append(
      `activity-${activityId}`,
      [{ id: randomUUID(), type, data, metadata: { recordedAt: new Date().toISOString(), actor: { id: 't', name: 'Secretariat' }, role: 'secretariat' } }],
      expected,
    );
  const report = (activityId: string, periodEnd: string, percentComplete: number, revision: number) =>
    record(
      activityId,
      'ActivityProgressReported',
      { periodStart: periodEnd.slice(0, 8) + '01', periodEnd, percentComplete, indicatorValues: [], evidence: [], effectiveOn: periodEnd },
      revision,
    );

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
    await dataSource.initialize();
    await dataSource.runMigrations();
    for (const [n, id] of ids.entries()) {
      await record(
        id,
        'ActivityPlanned',
        {
          activityId: id,
          planId,
          objectiveId: planId,
          code: `1.${n}`,
          titles: { en: `Activity ${n}` },
          leadAgencyId: planId,
          partnerAgencyIds: [],
          plannedStart: '2015-01-01',
          plannedEnd: '2019-12-31',
          locations: [{ province: 'Sughd' }],
          tags: {},
          budget: null,
          effectiveOn: '2015-12-01',
        },
        'no_stream',
      );
    }
    // Monthly reports, the activities in turn as a log interleaves them.
    for (let m = 0; m < 20; m++) for (const id of ids) await report(id, month(m), m * 5, m);
    // A report back-filled before every version the rebuild still holds whole, and one a little late.
    await report(ids[0], month(2).slice(0, 8) + '15', 99, 20);
    await report(ids[1], month(17).slice(0, 8) + '15', 98, 20);
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const versions = () =>
    dataSource.query('SELECT id, effective_from::text AS from, effective_until::text AS until, plan_id, view FROM activity_as_of ORDER BY id, effective_from');
  const rows = () => dataSource.query('SELECT id, view, as_of_kept FROM activity_view ORDER BY id');

  it('equal the live projector’s, with the activity dated back folded again', async () => {
    const log = await store.readAll(null, 10_000);
    await new Projector(dataSource, store, [activityProjection]).applyBatch(log, log[log.length - 1].position);
    const live = { versions: await versions(), rows: await rows() };
    expect(live.versions.filter((v: { id: string }) => v.id === ids[0])).toHaveLength(22);
    expect(live.versions.filter((v: { id: string; view: { percentComplete: number } }) => v.id === ids[0] && v.view.percentComplete === 99)).toHaveLength(1);

    await dataSource.query('TRUNCATE activity_view, activity_as_of');
    const rebuilt = await rebuildProjections(dataSource, store, [activityProjection], { pageSize: 8 });
    // Written in bulk: a row written twice would have failed the unique index and sent it event by event.
    expect(rebuilt.method).toBe(database.embedded ? 'insert' : 'copy');
    expect(await versions()).toEqual(live.versions);
    expect(await rows()).toEqual(live.rows);
  });
});
