import { comparePositions, PostgresEventStore, type EventToAppend } from '#event-store';
import { activityProjection, auditProjection, Projector, readCheckpoint } from '#read-models';
import { benchDatabase, benchPool, report, timed, uuid } from './support.js';

const ACTIVITIES = Number(process.env.BENCH_PROJECTION_ACTIVITIES ?? 2000);
const EVENTS_PER_ACTIVITY = 10;

function activityHistory(activityId: string, planId: string, objectiveId: string, lead: string, donor: string): EventToAppend[] {
  const meta = () => ({ actor: { id: 'bench', name: 'Bench' }, role: 'secretariat', organizationId: null, commandId: uuid(), recordedAt: new Date().toISOString(), schemaVersion: 1, prevHash: '0', hash: '0' });
  const events: { type: string; data: object }[] = [
    {
      type: 'ActivityPlanned',
      data: { activityId, planId, objectiveId, code: '1.1', title: 'Bench activity', leadAgencyId: lead, partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2018-12-31', locations: [{ province: 'Sughd' }], tags: { sdg: ['10.7'], gcm: ['19'] }, budget: { amount: '1000.00', currency: 'EUR' }, effectiveOn: '2015-12-01' },
    },
    { type: 'IndicatorDefined', data: { indicatorId: uuid(), name: 'People reached', unit: 'people', baseline: 0, target: 100, effectiveOn: '2015-12-01' } },
    { type: 'ActivityStarted', data: { startedOn: '2016-02-01', effectiveOn: '2016-02-01' } },
    { type: 'FundsCommitted', data: { donorId: donor, money: { amount: '500.00', currency: 'EUR' }, committedOn: '2016-01-10', effectiveOn: '2016-01-10' } },
  ];
  for (let i = 0; events.length < EVENTS_PER_ACTIVITY - 1; i++) {
    events.push({ type: 'ActivityProgressReported', data: { periodStart: '2016-01-01', periodEnd: `2016-0${(i % 9) + 1}-28`, percentComplete: 10 * (i + 1), indicatorValues: [], evidence: [], effectiveOn: `2016-0${(i % 9) + 1}-28` } });
  }
  events.push({ type: 'FundsDisbursed', data: { donorId: donor, money: { amount: '100.00', currency: 'EUR' }, disbursedOn: '2016-03-01', effectiveOn: '2016-03-01' } });
  return events.map((e) => ({ id: uuid(), ...e, metadata: meta() }));
}

/** Projection catch-up from zero (activities + audit) vs raw single-row inserts of the rows it writes. */
export async function projectionBenchmark(): Promise<void> {
  const db = await benchDatabase(4);
  const pool = benchPool(db.url, 4);
  const store = new PostgresEventStore(pool, { preparedStatements: true });
  const [planId, objectiveId, lead, donor] = [uuid(), uuid(), uuid(), uuid()];
  const ids = Array.from({ length: ACTIVITIES }, () => uuid());
  for (let i = 0; i < ids.length; i += 8) {
    await Promise.all(ids.slice(i, i + 8).map((id) => store.append(`activity-${id}`, activityHistory(id, planId, objectiveId, lead, donor), 'no_stream')));
  }
  const head = await store.headPosition();
  const total = ACTIVITIES * EVENTS_PER_ACTIVITY;

  const projections = [activityProjection, auditProjection];
  const projector = new Projector(db.dataSource, store, projections);
  const catchUp = await timed(async () => {
    await projector.start();
    for (;;) {
      const done = await Promise.all(projections.map(async (p) => comparePositions(await readCheckpoint(db.dataSource.manager, p.name), head) >= 0));
      if (done.every(Boolean)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  await projector.stop();

  // Baseline: the same final rows, one single-row INSERT each, from one client.
  const rows: { view: unknown; id: string }[] = await db.dataSource.query('SELECT id, view FROM activity_view');
  const audit: Record<string, unknown>[] = await db.dataSource.query('SELECT * FROM audit_log ORDER BY ordinal');
  await db.dataSource.query('CREATE TABLE raw_activity (LIKE activity_view INCLUDING ALL); CREATE TABLE raw_audit (LIKE audit_log INCLUDING ALL)');
  const client = await pool.connect();
  const baseline = await timed(async () => {
    for (const r of rows) {
      await client.query('INSERT INTO raw_activity (id, plan_id, code, status, planned_end, agency_ids, provinces, donor_ids, view) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)', [
        r.id, planId, '1.1', 'in_progress', '2018-12-31', [lead], ['Sughd'], [donor], JSON.stringify(r.view),
      ]);
    }
    for (const a of audit) {
      await client.query(
        'INSERT INTO raw_audit (event_id, position, stream, revision, type, actor_id, actor_name, role, recorded_at, effective_on, data) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)',
        [a.event_id, a.position, a.stream, a.revision, a.type, a.actor_id, a.actor_name, a.role, a.recorded_at, a.effective_on, JSON.stringify(a.data)],
      );
    }
  });
  client.release();
  const rate = total / catchUp.seconds;
  const rawRate = total / baseline.seconds;
  report({ figure: 'projection_catch_up', events: total, projections: projections.map((p) => p.name), events_per_s: Math.round(rate), raw_insert_equivalent_events_per_s: Math.round(rawRate), ratio: +(rate / rawRate).toFixed(2), goal: 0.5 });
  await pool.end();
  await db.drop();
}
