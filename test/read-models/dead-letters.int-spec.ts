import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';
import { EventFromNewerSchemaError } from '#domain';
import { InMemoryEventStore, type RecordedEvent } from '#event-store';
import { createDataSource } from '#platform';
import {
  ALL_MIGRATIONS,
  ALL_PROJECTIONS,
  allCheckpoints,
  auditProjection,
  listDeadLetters,
  Projector,
  READ_MODEL_ENTITIES,
  rebuildProjections,
  readModelsVersion,
  retryDeadLetters,
  type Projection,
} from '#read-models';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { snapshotReadModels } from './support.js';

const NEWER = 99;
const meta = (actorName = 'Secretariat', schemaVersion = 1) => ({ actor: { id: 'tok-1', name: actorName }, role: 'secretariat', organizationId: null, recordedAt: '2026-11-23T10:00:00.000Z', schemaVersion });

describe('dead letters: the projector parks what a read model refuses and goes on', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const store = new InMemoryEventStore();
  const projector = () => new Projector(dataSource, store, ALL_PROJECTIONS);
  /** Appends to the store and answers the events as the subscription would deliver them. */
  const append = async (stream: string, ...events: { type: string; data: Record<string, unknown>; metadata?: Record<string, unknown> }[]): Promise<RecordedEvent[]> => {
    const head = (await store.headPosition()) ?? null;
    await store.append(stream, events.map((e) => ({ id: randomUUID(), type: e.type, data: e.data, metadata: e.metadata ?? meta() })), 'any');
    return store.readAll(head, 1000);
  };
  const parkedIds = async () => (await listDeadLetters(dataSource.manager)).map((l) => [l.projection, l.eventId]);
  const count = async (sql: string, params: unknown[] = []) => ((await dataSource.query(sql, params)) as { n: number }[])[0].n;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const organization = randomUUID();
  const activity = randomUUID();
  const indicator = randomUUID();
  let refusedByAudit: RecordedEvent;
  let refusedBySeries: RecordedEvent;

  it('a batch with events Postgres refuses: the rest is applied, each refused event parked per projection, the checkpoints past them', async () => {
    const organizationEvents = await append(
      `organization-${organization}`,
      { type: 'OrganizationRegistered', data: { organizationId: organization, name: 'Migration Service', acronym: 'MS', kind: 'state_agency', country: 'TJ', effectiveOn: '2016-01-01' } },
      // The audit log's `effective_on` is a date: year 0000 is refused (22008).
      { type: 'OrganizationRenamed', data: { name: 'Migration Service of the MoLMPE', acronym: 'MS-MoLMPE', previousName: 'Migration Service', previousAcronym: 'MS', effectiveOn: '0000-01-01' } },
    );
    const activityEvents = await append(
      `activity-${activity}`,
      { type: 'ActivityPlanned', data: { activityId: activity, planId: randomUUID(), objectiveId: randomUUID(), code: '2.3', title: 'Campaign', leadAgencyId: organization, partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2017-06-30', locations: [{ province: 'Khatlon' }], tags: { sdg: [], gcm: [] }, effectiveOn: '2016-01-01' } },
      { type: 'IndicatorDefined', data: { indicatorId: indicator, name: 'Projects', unit: 'projects', baseline: 0, target: 40, effectiveOn: '2016-01-01' } },
      { type: 'ActivityStarted', data: { startedOn: '2016-02-01', effectiveOn: '2016-02-01' } },
      // The indicator series' `period_start` is a date.
      { type: 'ActivityProgressReported', data: { periodStart: '0000-01-01', periodEnd: '2016-06-30', percentComplete: 40, indicatorValues: [{ indicatorId: indicator, value: 12 }], evidence: [], effectiveOn: '2016-06-30' } },
      { type: 'ActivityProgressReported', data: { periodStart: '2016-07-01', periodEnd: '2016-12-31', percentComplete: 70, indicatorValues: [{ indicatorId: indicator, value: 30 }], evidence: [], effectiveOn: '2016-12-31' } },
    );
    refusedByAudit = organizationEvents[1];
    refusedBySeries = activityEvents[3];
    const batch = [...organizationEvents, ...activityEvents];

    await projector().applyBatch(batch, batch[batch.length - 1].position);

    expect(new Set((await allCheckpoints(dataSource.manager)).values())).toEqual(new Set([batch[batch.length - 1].position]));
    expect((await dataSource.query('SELECT view FROM organization_view WHERE id = $1', [organization]))[0].view.name).toBe('Migration Service of the MoLMPE');
    expect((await dataSource.query('SELECT view FROM activity_view WHERE id = $1', [activity]))[0].view).toMatchObject({ percentComplete: 70, revision: 4 });
    expect(await dataSource.query('SELECT type FROM audit_log ORDER BY ordinal')).toEqual(batch.filter((e) => e !== refusedByAudit).map((e) => ({ type: e.type })));
    expect(await dataSource.query('SELECT value::float FROM indicator_values')).toEqual([{ value: 30 }]);
    const letters = await listDeadLetters(dataSource.manager);
    expect(letters).toEqual([
      expect.objectContaining({ projection: 'audit', eventId: refusedByAudit.id, position: refusedByAudit.position, stream: refusedByAudit.stream, revision: 1, type: 'OrganizationRenamed', errorCode: '22008', attempts: 3 }),
      expect.objectContaining({ projection: 'indicator_series', eventId: refusedBySeries.id, position: refusedBySeries.position, stream: refusedBySeries.stream, revision: 3, type: 'ActivityProgressReported', errorCode: '22008', attempts: 3 }),
    ]);
    expect(letters.every((l) => /0000-01-01/.test(l.error) && l.parkedAt <= l.lastFailedAt)).toBe(true);
  });

  it('an outage is never a poison event: the batch is rolled back whole and nothing is parked, also mid-isolation', async () => {
    const connectionLost = [
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }),
      new QueryFailedError('INSERT …', [], Object.assign(new pg.DatabaseError('terminating connection due to administrator command', 0, 'error'), { code: '57P01' })),
      new Error('Connection terminated unexpectedly'),
      new Error('Query read timeout'),
    ];
    // The projector's neighbour: a read model whose database calls fail as they do while Postgres is away.
    let failures: unknown[] = [];
    const flaky: Projection = {
      name: 'flaky',
      tables: [],
      async apply() {
        const failure = failures.shift();
        if (failure !== undefined) throw failure;
      },
    };
    const projections = [auditProjection, flaky];
    const events = await append(`organization-${organization}`, { type: 'OrganizationRenamed', data: { name: 'MS', acronym: 'MS', previousName: 'x', previousAcronym: 'x', effectiveOn: '2017-01-01' } });
    const before = await allCheckpoints(dataSource.manager);
    for (const error of connectionLost) {
      failures = [error];
      await expect(new Projector(dataSource, store, projections).applyBatch(events, events[0].position)).rejects.toBe(error);
    }
    // A batch that needs isolation (the audit log refuses an event) while the connection goes, between
    // the batch and the per-event tries of the other read model: thrown, nothing parked.
    const refused = await append(`organization-${organization}`, { type: 'OrganizationRenamed', data: { name: 'MS', acronym: 'MS', previousName: 'x', previousAcronym: 'x', effectiveOn: '0000-01-01' } });
    const both = [...events, ...refused];
    const poison = new QueryFailedError('INSERT …', [], Object.assign(new pg.DatabaseError('check constraint', 0, 'error'), { code: '23514' }));
    failures = [poison, connectionLost[0]];
    await expect(new Projector(dataSource, store, projections).applyBatch(both, refused[0].position)).rejects.toBe(connectionLost[0]);
    expect(await allCheckpoints(dataSource.manager)).toEqual(before);
    expect(await count('SELECT count(*)::int AS n FROM audit_log WHERE event_id = $1', [events[0].id])).toBe(0);
    expect(await parkedIds()).toEqual([
      ['audit', refusedByAudit.id],
      ['indicator_series', refusedBySeries.id],
    ]);
    // Back: the same batch goes through, the refused event alone is parked.
    await new Projector(dataSource, store, projections).applyBatch(both, refused[0].position);
    expect(await count('SELECT count(*)::int AS n FROM audit_log WHERE event_id = $1', [events[0].id])).toBe(1);
    expect(await parkedIds()).toContainEqual(['audit', refused[0].id]);
    await projector().applyBatch(both, refused[0].position);
    await dataSource.query("DELETE FROM projection_checkpoints WHERE name = 'flaky'");
  });

  it('an event of a newer release stops the projector right before it, and is parked nowhere', async () => {
    const events = await append(
      `organization-${organization}`,
      { type: 'OrganizationRenamed', data: { name: 'Before', acronym: 'B', previousName: 'MS', previousAcronym: 'MS', effectiveOn: '2018-01-01' } },
      { type: 'OrganizationRenamed', data: { name: 'Newer', acronym: 'N', previousName: 'Before', previousAcronym: 'B', effectiveOn: '2018-01-02' }, metadata: meta('Secretariat', NEWER) },
    );
    const parkedBefore = await parkedIds();
    for (let delivery = 0; delivery < 2; delivery++) {
      await expect(projector().applyBatch(events, events[1].position)).rejects.toBeInstanceOf(EventFromNewerSchemaError);
      expect(new Set((await allCheckpoints(dataSource.manager)).values())).toEqual(new Set([events[0].position]));
    }
    expect((await dataSource.query('SELECT view FROM organization_view WHERE id = $1', [organization]))[0].view.name).toBe('Before');
    expect(await parkedIds()).toEqual(parkedBefore);
  });

  it('retry: a row-per-event read model takes the event alone once it can; one still refused counts an attempt', async () => {
    const head = (await store.headPosition())!;
    // An operator's fix, simulated: the audit log refuses one actor for a while.
    await dataSource.query("ALTER TABLE audit_log ADD CONSTRAINT refuses_blocked CHECK (actor_name <> 'Blocked')");
    const events = await append(`organization-${randomUUID()}`, { type: 'OrganizationRegistered', data: { organizationId: randomUUID(), name: 'FAO', acronym: 'FAO', kind: 'international_organization', country: 'IT', effectiveOn: '2018-02-01' }, metadata: meta('Blocked') });
    // Skip what the previous test left waiting (the newer-schema event), as an upgraded projector would.
    await dataSource.query('UPDATE projection_checkpoints SET position = $1', [head]);
    await projector().applyBatch(events, events[0].position);
    expect((await listDeadLetters(dataSource.manager, { eventId: events[0].id }))[0]).toMatchObject({ projection: 'audit', errorCode: '23514', attempts: 3 });

    const before = await readModelsVersion(dataSource);
    const stillRefused = await retryDeadLetters(dataSource, store, ALL_PROJECTIONS, { eventId: events[0].id });
    // Nothing applied: answers kept under the read models' version stay good.
    expect(await readModelsVersion(dataSource)).toBe(before);
    expect(stillRefused).toEqual([expect.objectContaining({ ok: false, error: expect.stringMatching(/refuses_blocked/), resolved: [] })]);
    expect((await listDeadLetters(dataSource.manager, { eventId: events[0].id }))[0].attempts).toBe(4);

    await dataSource.query('ALTER TABLE audit_log DROP CONSTRAINT refuses_blocked');
    const all = await retryDeadLetters(dataSource, store, ALL_PROJECTIONS);
    expect(all.map((o) => [o.deadLetter.eventId, o.ok])).toEqual([
      [refusedByAudit.id, false],
      [refusedBySeries.id, false],
      [expect.any(String), false],
      [events[0].id, true],
    ]);
    expect(await count('SELECT count(*)::int AS n FROM audit_log WHERE event_id = $1 AND actor_name = $2', [events[0].id, 'Blocked'])).toBe(1);
    expect((await parkedIds()).map(([, id]) => id)).not.toContain(events[0].id);
    // The audit log changed with no checkpoint moving: the version says so, so no kept answer survives it.
    expect(await readModelsVersion(dataSource)).not.toBe(before);
  });

  it('a rebuild completes, reports what it parked, and replaces only the rebuilt projections’ dead letters', async () => {
    const live = await snapshotReadModels(dataSource);
    const lettersBefore = await listDeadLetters(dataSource.manager);
    const seriesLetter = lettersBefore.find((l) => l.projection === 'indicator_series')!;

    // The newer-schema event is still in the log (a rebuild refuses to pass it): rebuilt without it, as the live read models are.
    const readable = { readAll: async (after: string | null, limit: number) => (await store.readAll(after, limit)).filter((e) => e.metadata.schemaVersion !== NEWER) } as unknown as InMemoryEventStore;
    const audit = await rebuildProjections(dataSource, readable, ALL_PROJECTIONS.filter((p) => p.name === 'audit'), { pageSize: 3 });
    expect(audit.parked.map((p) => [p.projection, p.eventId, p.type])).toEqual(lettersBefore.filter((l) => l.projection === 'audit').map((l) => [l.projection, l.eventId, l.type]));
    expect(audit.parked.every((p) => /0000-01-01/.test(p.error))).toBe(true);
    const after = await listDeadLetters(dataSource.manager);
    // Rebuilt from scratch: the audit log's attempts start again; the other projection's letter is untouched.
    expect(after.filter((l) => l.projection === 'audit').every((l) => l.attempts === 3)).toBe(true);
    expect(after.find((l) => l.projection === 'indicator_series')).toEqual(seriesLetter);

    const everything = await rebuildProjections(dataSource, readable, ALL_PROJECTIONS);
    expect(everything.parked.map((p) => p.projection).sort()).toEqual(['audit', 'audit', 'indicator_series']);
    // The rows Postgres refuses fail the fold's bulk write: the rebuild went again event by event, parking them.
    expect(everything.method).toBe('statements');
    const rebuilt = await snapshotReadModels(dataSource);
    for (const table of Object.keys(live)) expect({ table, rows: rebuilt[table] }).toEqual({ table, rows: live[table] });
  });
});
