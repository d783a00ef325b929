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
  try {
    await catchUpAgainstInserts(db, pool);
  } finally {
    await pool.end().catch(() => undefined);
    await db.drop();
  }
}

async function catchUpAgainstInserts(db: Awaited<ReturnType<typeof benchDatabase>>, pool: ReturnType<typeof benchPool>): Promise<void> {
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

  // Baseline: the same final rows of every table the projections wrote, one single-row INSERT each, from one client.
  const tables = projections.flatMap((p) => p.tables);
  const rows = new Map<string, unknown[]>();
  for (const table of tables) {
    rows.set(table, (await db.dataSource.query(`SELECT to_jsonb(t) AS row FROM ${table} t`)).map((r: { row: unknown }) => r.row));
    await db.dataSource.query(`CREATE TABLE raw_${table} (LIKE ${table} INCLUDING ALL)`);
  }
  const client = await pool.connect();
  const baseline = await timed(async () => {
    for (const table of tables) {
      for (const row of rows.get(table)!) {
        await client.query(`INSERT INTO raw_${table} OVERRIDING SYSTEM VALUE SELECT * FROM jsonb_populate_record(NULL::raw_${table}, $1::jsonb)`, [JSON.stringify(row)]);
      }
    }
  });
  client.release();
  const rate = total / catchUp.seconds;
  const rawRate = total / baseline.seconds;
  report({ figure: 'projection_catch_up', events: total, projections: projections.map((p) => p.name), events_per_s: Math.round(rate), raw_insert_equivalent_events_per_s: Math.round(rawRate), ratio: +(rate / rawRate).toFixed(2), goal: 0.5 });
}
