import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { EVENT_SCHEMA_VERSION, parseStreamName } from '#domain';
import { comparePositions, EVENT_STORE, type EventStore } from '#event-store';
import { ALL_PROJECTIONS, allCheckpoints, ProjectionWaiter, rebuildProjections, type Projection } from '#read-models';
import { seedDemo } from '../../apps/cli/src/seed/seed-demo.js';
import { aProgressReport } from '../support/builders.js';
import { appendActivityHistories } from '../support/event-factory.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seededRandom, snapshotReadModels, withoutClocks } from './support.js';

describe('rebuild from zero equals the live read models', () => {
  let app: TestApp;
  let dataSource: DataSource;
  /** The audit log's event ids by `ordinal` (its order of application), and the log's own order of them. */
  const auditOrder = async () => ((await dataSource.query('SELECT event_id FROM audit_log ORDER BY ordinal')) as { event_id: string }[]).map((r) => r.event_id);
  const logOrder = async () => (await app.allEvents()).filter((e) => parseStreamName(e.stream)).map((e) => e.id);
  beforeAll(async () => {
    app = await startTestApp();
    dataSource = app.app.get(DataSource);
    const demo = await seedDemo(app.app.get(CommandBus));
    // Then a random (but replayable) sequence of commands on the demo's activities and decisions;
    // some are refused by the rules, which must leave no trace either.
    const random = seededRandom(20151118);
    const activities = Object.values(demo.activities);
    const donors = Object.values(demo.organizations);
    const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
    let last = '';
    // Commitments made here, so that some can be reversed (issue 16 corrections are in the mix).
    const commitments: { activity: string; revision: number }[] = [];
    for (let i = 0; i < 80; i++) {
      // Events stored by an earlier release (schema version 1) among them: some read as stored, some upcast.
      if (i === 40) await appendActivityHistories(app.events, 3);
      const activity = pick(activities);
      const roll = random();
      const response =
        roll < 0.3
          ? await app.http.post(`/activities/${activity}/progress-reports`).send(aProgressReport({ periodStart: '2019-01-01', periodEnd: '2019-06-30', percentComplete: Math.floor(random() * 101), reason: 'revised estimate' }))
          : roll < 0.45
            ? await app.http.post(`/activities/${activity}/funding-commitments`).send({ donorId: pick(donors), money: { amount: `${1 + Math.floor(random() * 9999)}.50`, currency: pick(['EUR', 'USD']) }, committedOn: '2019-02-01' })
            : roll < 0.55
              ? await app.http.post(`/activities/${activity}/reschedule`).send({ plannedEnd: '2020-06-30', reason: 'extension' })
              : roll < 0.65
                ? await app.http.post(`/decisions/${pick(Object.values(demo.decisions))}/follow-ups`).send({ note: `follow-up ${i}` })
                : roll < 0.75
                  ? await app.http.post(`/activities/${activity}/amend`).send({ title: `Amended ${i}`, budget: { amount: `${1 + Math.floor(random() * 9999)}.00`, currency: 'EUR' }, reason: 'typo' })
                  : roll < 0.85
                    ? await app.http.post(`/activities/${activity}/progress-reports/withdraw`).send({ periodStart: '2019-01-01', periodEnd: '2019-06-30', reason: 'wrong activity' })
                    : commitments.length > 0
                      ? await (() => {
                          const { activity: target, revision } = pick(commitments);
                          return app.http.post(`/activities/${target}/funding-commitments/${revision}/reverse`).send({ reason: 'entered by mistake' });
                        })()
                      : await app.http.post(`/activities/${activity}/start`).send({ startedOn: '2019-01-01' });
      if (roll >= 0.3 && roll < 0.45 && response.status === 201) commitments.push({ activity, revision: response.body.revision });
      if (response.body?.position) last = response.body.position;
    }
    expect(await app.app.get(ProjectionWaiter).waitFor(last, ALL_PROJECTIONS, 30_000)).toBe(true);
  }, 180_000);
  afterAll(async () => app.close());

  it('every plan dashboard aggregated live in SQL equals the one computed from the rows and the one folded from the events', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const plans: { id: string }[] = await dataSource.query('SELECT id FROM plan_view');
    expect(plans.length).toBeGreaterThanOrEqual(2);
    for (const { id } of plans) {
      const live = (await app.http.get(`/plans/${id}/dashboard`)).body;
      const fromRows = (await app.http.get(`/plans/${id}/dashboard`).query({ asOf: today })).body;
      // Another key than the answer above (kept by its clocks), with no row able to answer.
      const fromEvents = (await withoutClocks(dataSource, () => app.http.get(`/plans/${id}/dashboard`).query({ asOf: today, knownAt: new Date(Date.now() + 60_000).toISOString() }))).body;
      expect(fromRows).toEqual(live);
      expect(fromEvents).toEqual(live);
    }
  }, 60_000);

  it('every plan dashboard as of past dates, from the activities\' versions by business date, equals the one folded from the events', async () => {
    const plans: { id: string }[] = await dataSource.query('SELECT id FROM plan_view');
    const kept: { kept: number; all: number }[] = await dataSource.query('SELECT count(*) FILTER (WHERE as_of_kept)::int AS kept, count(*)::int AS "all" FROM activity_view');
    expect(kept).toEqual([{ kept: kept[0].all, all: kept[0].all }]);
    for (const { id } of plans) {
      for (const asOf of ['2016-06-30', '2019-01-31', '2019-02-01', '2019-06-30', '2020-12-31']) {
        const fromVersions = (await app.http.get(`/plans/${id}/dashboard`).query({ asOf })).body;
        const fromEvents = (await withoutClocks(dataSource, () => app.http.get(`/plans/${id}/dashboard`).query({ asOf, knownAt: new Date(Date.now() + 60_000).toISOString() }))).body;
        expect({ asOf, dashboard: fromVersions }).toEqual({ asOf, dashboard: fromEvents });
      }
    }
  }, 60_000);

  it('table by table, for every projection at once', async () => {
    const live = await snapshotReadModels(dataSource);
    expect(live.activity_view.length).toBeGreaterThanOrEqual(30);
    expect(live.audit_log.length).toBeGreaterThan(300);
    // Damage the live tables so that only a real rebuild can bring them back.
    await dataSource.query('DELETE FROM activity_view WHERE id = (SELECT id FROM activity_view ORDER BY id LIMIT 1)');
    await dataSource.query("UPDATE decision_view SET status = 'tampered'");
    await dataSource.query('DELETE FROM audit_log WHERE ordinal % 7 = 0');
    expect(await snapshotReadModels(dataSource)).not.toEqual(live);
    const indexes = () => dataSource.query("SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY indexname");
    const indexesBefore = await indexes();
    // The folded views' compression: lz4 where the server has it (not PGlite), kept by the tables swapped in.
    const compression = () =>
      dataSource.query(
        "SELECT c.relname AS table, a.attcompression AS method FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attname = 'view' AND a.atttypid = 'jsonb'::regtype ORDER BY 1",
      );
    const [{ lz4 }] = await dataSource.query("SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'");
    const compressionBefore = await compression();
    expect(compressionBefore.map((c: { method: string }) => c.method)).toEqual(Array(7).fill(lz4 ? 'l' : ''));
    const report = await rebuildProjections(dataSource, app.app.get<EventStore>(EVENT_STORE), ALL_PROJECTIONS, { pageSize: 97 });
    expect(report.events).toBe((await app.allEvents()).length);
    // Folded in memory and written once per row: COPY on a server, batched INSERTs on the embedded database.
    expect(report.method).toBe(process.env.TEST_DATABASE_URL ? 'copy' : 'insert');
    // With the log in the same database, the audit log of events read as stored and the indicator values are written there.
    expect(report.inDatabase).toEqual(app.events.logInDatabase ? ['indicator_series', 'audit'] : []);
    expect(await auditOrder()).toEqual(await logOrder());
    const rebuilt = await snapshotReadModels(dataSource);
    for (const table of Object.keys(live)) expect({ table, rows: rebuilt[table] }).toEqual({ table, rows: live[table] });
    // And event by event, as the live projector writes: the same tables.
    await dataSource.query("UPDATE decision_view SET status = 'tampered'");
    const byStatements = await rebuildProjections(dataSource, app.app.get<EventStore>(EVENT_STORE), ALL_PROJECTIONS, { pageSize: 97, bulk: false });
    expect(byStatements.method).toBe('statements');
    expect(await snapshotReadModels(dataSource)).toEqual(rebuilt);
    expect(await auditOrder()).toEqual(await logOrder());
    // The tables swapped in carry the migrations' indexes and constraints, under the same names.
    expect(await indexes()).toEqual(indexesBefore);
    expect(await compression()).toEqual(compressionBefore);
    expect(await dataSource.query("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'rebuild_%'")).toEqual([]);
  }, 120_000);

  it('one projection alone, leaving the others and the live projector consistent', async () => {
    const before = await snapshotReadModels(dataSource);
    await dataSource.query("UPDATE decision_view SET status = 'tampered'");
    await dataSource.query("UPDATE plan_view SET status = 'tampered'");
    const decisions = ALL_PROJECTIONS.filter((p) => p.name === 'decisions');
    await rebuildProjections(dataSource, app.app.get<EventStore>(EVENT_STORE), decisions);
    const after = await snapshotReadModels(dataSource);
    expect(after.decision_view).toEqual(before.decision_view);
    // Only the named projection was rebuilt.
    expect(after.plan_view.every((row: any) => row.status === 'tampered')).toBe(true);
    await rebuildProjections(dataSource, app.app.get<EventStore>(EVENT_STORE), ALL_PROJECTIONS.filter((p) => p.name === 'plans'));
    expect(await snapshotReadModels(dataSource)).toEqual(before);
    // The live projector carries on from the rebuilt checkpoint.
    // Not the demo's FAO: acronyms are unique per country.
    const write = await app.http.post('/organizations').send({ name: 'FAO Regional Office for Europe', acronym: 'FAO-REU', kind: 'international_organization', country: 'IT' });
    expect(await app.app.get(ProjectionWaiter).waitFor(write.body.position, ALL_PROJECTIONS, 10_000)).toBe(true);
  }, 120_000);

  it('a fold that writes a row twice: the unique index built at the end refuses it, and the rebuild goes again event by event', async () => {
    const before = await snapshotReadModels(dataSource);
    const organizations = ALL_PROJECTIONS.find((p) => p.name === 'organizations')!;
    const twice: Projection = {
      ...organizations,
      bulk: () => {
        const fold = organizations.bulk!();
        return {
          add: (events) => fold.add(events),
          finish: async (reads) => (await fold.finish(reads)).map((batch) => ({ ...batch, rows: [...batch.rows, batch.rows[0]] })),
        };
      },
    };
    await dataSource.query("UPDATE organization_view SET name = 'tampered'");
    const report = await rebuildProjections(dataSource, app.app.get<EventStore>(EVENT_STORE), [twice]);
    expect(report.method).toBe('statements');
    expect(await snapshotReadModels(dataSource)).toEqual(before);
    expect(await dataSource.query("SELECT conname FROM pg_constraint WHERE conrelid = 'organization_view'::regclass AND contype = 'p'")).toEqual([{ conname: 'organization_view_pkey' }]);
  }, 120_000);

  it('the statements in the database read to a head the log has passed: what came after is applied as live (a correction and a withdrawal of rows they wrote), what is upcast is folded, in the log’s order, and the live projector numbers on after them', async () => {
    const store = app.events;
    const head = (await app.allEvents()).at(-1)!.position;
    // After the head the statements read to: events of this release and of an earlier one, among them a
    // correction and a withdrawal of reported indicator values.
    const reported: { activity_id: string; period_start: string; period_end: string; indicator_id: string }[] = await dataSource.query(
      'SELECT DISTINCT ON (activity_id) activity_id, period_start::text, period_end::text, indicator_id FROM indicator_values ORDER BY activity_id, period_end LIMIT 2',
    );
    expect(reported).toHaveLength(2);
    const [corrected, withdrawn] = reported;
    // As stored (the demo's plan asks for approval: through the API these take a second person).
    const content = (value: number) => ({
      percentComplete: 10,
      narrative: 'recount',
      indicatorValues: [{ indicatorId: corrected.indicator_id, value }],
      evidence: [],
    });
    const stored = (type: string, row: (typeof reported)[number], data: Record<string, unknown>) =>
      store.append(`activity-${row.activity_id}`, [{ id: randomUUID(), type, data: { periodStart: row.period_start, periodEnd: row.period_end, ...data, reason: 'recount', effectiveOn: row.period_end }, metadata: { actor: { id: 'test', name: 'Test' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date().toISOString(), schemaVersion: EVENT_SCHEMA_VERSION } }], 'any');
    await stored('ActivityProgressCorrected', corrected, { before: content(1), after: content(999) });
    await stored('ActivityProgressWithdrawn', withdrawn, { before: content(1) });
    await app.http.post('/organizations').send({ name: 'UNHCR Dushanbe', acronym: 'UNHCR-TJ', kind: 'international_organization', country: 'TJ' });
    await appendActivityHistories(store, 1);
    const behind: EventStore = Object.create(store, { logInDatabase: { value: store.logInDatabase && { ...store.logInDatabase, head: async () => head } } });
    await dataSource.query("UPDATE decision_view SET status = 'tampered'");
    const report = await rebuildProjections(dataSource, behind, ALL_PROJECTIONS, { pageSize: 50 });
    expect(report.method).toBe(process.env.TEST_DATABASE_URL ? 'copy' : 'insert');
    expect(report.inDatabase).toEqual(store.logInDatabase ? ['indicator_series', 'audit'] : []);
    expect(await auditOrder()).toEqual(await logOrder());
    const values = (row: (typeof reported)[number]) =>
      dataSource.query('SELECT value::float AS value FROM indicator_values WHERE activity_id = $1 AND period_end = $2', [row.activity_id, row.period_end]);
    expect(await values(corrected)).toEqual([{ value: 999 }]);
    expect(await values(withdrawn)).toEqual([]);

    const write = await app.http.post('/organizations').send({ name: 'IOM Khujand', acronym: 'IOM-KHJ', kind: 'international_organization', country: 'TJ' });
    expect(await app.app.get(ProjectionWaiter).waitFor(write.body.position, ALL_PROJECTIONS, 20_000)).toBe(true);
    const [last] = await dataSource.query('SELECT position, ordinal > (SELECT max(ordinal) FROM audit_log a WHERE a.position <> $1) AS above FROM audit_log ORDER BY ordinal DESC LIMIT 1', [write.body.position]);
    expect(last).toEqual({ position: write.body.position, above: true });
    expect(await auditOrder()).toEqual(await logOrder());
    const live = await snapshotReadModels(dataSource);
    await rebuildProjections(dataSource, store, ALL_PROJECTIONS, { bulk: false });
    expect(await snapshotReadModels(dataSource)).toEqual(live);
    // And with the correction and the withdrawal before the head: the statement's own reading of them.
    await rebuildProjections(dataSource, store, ALL_PROJECTIONS);
    expect(await values(corrected)).toEqual([{ value: 999 }]);
    expect(await values(withdrawn)).toEqual([]);
    expect(await snapshotReadModels(dataSource)).toEqual(live);
  }, 120_000);

  it('a statement in the database that fails: the rebuild goes again event by event', async () => {
    const store = app.events;
    const before = await snapshotReadModels(dataSource);
    const audit = ALL_PROJECTIONS.find((p) => p.name === 'audit')!;
    const failing: Projection = { ...audit, rebuildInDatabase: (_log, schema) => ({ sql: `INSERT INTO ${schema}.audit_log (event_id) SELECT 'not a uuid'`, values: [] }) };
    await dataSource.query('DELETE FROM audit_log WHERE ordinal % 5 = 0');
    const report = await rebuildProjections(dataSource, store, [failing]);
    expect(report.method).toBe(store.logInDatabase ? 'statements' : process.env.TEST_DATABASE_URL ? 'copy' : 'insert');
    expect(await snapshotReadModels(dataSource)).toEqual(before);
    expect(await auditOrder()).toEqual(await logOrder());
  }, 120_000);

  it('a rebuild that ends behind the live projector: the projector replays what it had applied beyond it', async () => {
    const store = app.app.get<EventStore>(EVENT_STORE);
    const events = await app.allEvents();
    const cut = events[events.length - 40].position;
    // As if the live projector had moved on while the rebuild was reading: the rebuild stops at `cut`,
    // and the audit log's statement, where the log is in the database, reads to it.
    const slowReader: EventStore = Object.create(store, {
      readAll: { value: async (after: string | null, limit: number) => (await store.readAll(after, limit)).filter((e) => comparePositions(e.position, cut) <= 0) },
      logInDatabase: { value: store.logInDatabase && { ...store.logInDatabase, head: async () => cut } },
    });
    const report = await rebuildProjections(dataSource, slowReader, ALL_PROJECTIONS);
    expect(report.method).toBe(process.env.TEST_DATABASE_URL ? 'copy' : 'insert');
    expect(report.inDatabase).toEqual(store.logInDatabase ? ['indicator_series', 'audit'] : []);
    expect(new Set((await allCheckpoints(dataSource.manager)).values())).toEqual(new Set([cut]));

    const write = await app.http.post('/organizations').send({ name: 'UN Women', acronym: 'UNW', kind: 'international_organization', country: 'US' });
    expect(await app.app.get(ProjectionWaiter).waitFor(write.body.position, ALL_PROJECTIONS, 20_000)).toBe(true);
    expect(await auditOrder()).toEqual(await logOrder());
    const live = await snapshotReadModels(dataSource);
    await rebuildProjections(dataSource, store, ALL_PROJECTIONS);
    const truth = await snapshotReadModels(dataSource);
    for (const table of Object.keys(truth)) expect({ table, rows: live[table] }).toEqual({ table, rows: truth[table] });
  }, 120_000);
});
