import { AuditTrail, CHAIN_VERSION, eventHashV2, GENESIS_HASH, toMicroseconds } from '#application';
import { PostgresEventStore, type EventToAppend } from '#event-store';
import { benchDatabase, benchPool, report, timed, uuid } from './support.js';

const EVENTS = Number(process.env.BENCH_AUDIT_EVENTS ?? 50_000);
const PER_STREAM = 10;
const APPENDED_BETWEEN = 100;

/** `count` events of a new stream, chained under version 2 as AggregateStore chains them. */
function chainedStream(stream: string, count: number): EventToAppend[] {
  let prevHash = GENESIS_HASH;
  return Array.from({ length: count }, (_, revision) => {
    const id = uuid();
    const recordedAt = new Date().toISOString();
    const type = 'ActivityProgressReported';
    const data = { periodStart: '2016-01-01', periodEnd: '2016-03-31', percentComplete: 10 * revision, indicatorValues: [{ indicatorId: uuid(), value: 12.5 }], evidence: [], effectiveOn: '2016-03-31' };
    const metadata = { actor: { id: 'bench', name: 'Bench' }, role: 'secretariat', organizationId: null, commandId: uuid(), recordedAt, schemaVersion: 1, chainVersion: CHAIN_VERSION, prevHash };
    const hash = eventHashV2(prevHash, { id, stream, revision, type, recordedAt: toMicroseconds(recordedAt), data, metadata });
    prevHash = hash;
    return { id, type, data, metadata: { ...metadata, hash }, recordedAt };
  });
}

/** `/audit/verify` cost: a full run over the whole log next to an incremental check after a few appends, in the same run. */
export async function auditBenchmark(): Promise<void> {
  const db = await benchDatabase(4);
  const pool = benchPool(db.url, 4);
  const store = new PostgresEventStore(pool, { preparedStatements: true });
  const appendStreams = async (events: number) => {
    for (let i = 0; i < events / PER_STREAM; i += 8) {
      await Promise.all(Array.from({ length: Math.min(8, events / PER_STREAM - i) }, () => {
        const stream = `activity-${uuid()}`;
        return store.append(stream, chainedStream(stream, PER_STREAM), 'no_stream');
      }));
    }
  };
  await appendStreams(EVENTS);

  // What reading alone costs, for comparison: the full run is this plus the checks.
  const read = await timed(async () => {
    for (let page = await store.readAllStored(null, 1000); page.length > 0; page = await store.readAllStored(page.at(-1)!.position, 1000));
  });
  const trail = new AuditTrail(store);
  const full = await timed(() => trail.verifyAndDigest({ full: true }));
  await appendStreams(APPENDED_BETWEEN);
  const incremental = await timed(() => trail.verifyAndDigest());
  if (!full.result.ok || !incremental.result.ok || incremental.result.newEventsChecked !== APPENDED_BETWEEN) throw new Error('audit bench: the log did not verify as written');
  report({
    figure: 'audit_verify',
    events: EVENTS,
    full_ms: Math.round(full.seconds * 1000),
    full_events_per_s: Math.round(EVENTS / full.seconds),
    read_only_ms: Math.round(read.seconds * 1000),
    incremental_ms: Math.round(incremental.seconds * 1000),
    incremental_new_events: APPENDED_BETWEEN,
  });
  await pool.end();
  await db.drop();
}
