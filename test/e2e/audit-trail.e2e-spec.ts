import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditTrail } from '#application';
import { poolOf } from '#platform';
import { digestLines, verifyLines } from '../../apps/cli/src/audit/audit-output.js';
import { aProgressReport } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Two organisations, a plan with an objective, and an activity started with one progress report: 4 streams, 7 events. */
async function scenario(app: TestApp) {
  const s = await plannedActivity(app);
  await write(app, `/activities/${s.activityId}/start`, { startedOn: '2016-02-01' });
  const report = await write(app, `/activities/${s.activityId}/progress-reports`, aProgressReport({ percentComplete: 40 }));
  return { ...s, stream: `activity-${s.activityId}`, last: report.position };
}

/**
 * What `npm run cli -- audit digest|verify --json` prints, computed in this process by the same
 * service and formatter on the app's event store (nest-commander itself does not load under Jest).
 */
async function cli(app: TestApp, command: 'digest' | 'verify', at?: string) {
  const trail = app.app.get(AuditTrail);
  if (command === 'digest') return { json: JSON.parse(digestLines(await trail.digest(at), new Date(), true).join('')) };
  const report = await trail.verify();
  return { json: JSON.parse(verifyLines(report, true).join('')), failed: !report.ok };
}

describe('GET /audit/verify on the configured event store', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof scenario>>;
  beforeAll(async () => {
    app = await startTestApp();
    s = await scenario(app);
  });
  afterAll(async () => app.close());

  it('an untouched store is ok, with every stream and event counted', async () => {
    const response = await app.http.get('/audit/verify');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ ok: true, streamsChecked: 4, eventsChecked: 7, failures: [], failureCount: 0 });
    const all = await app.allEvents();
    expect(response.body.eventsChecked).toBe(all.length);
    expect(response.body.streamsChecked).toBe(new Set(all.map((e) => e.stream)).size);
    expect(response.body.position).toBe(all.at(-1)!.position);
  });

  it('the digest is stable while nothing changes, the same over HTTP and from the CLI, moves with a new event, and can be taken again at an earlier position', async () => {
    const first = (await app.http.get('/audit/verify')).body;
    expect(first.digest).toMatch(/^[0-9a-f]{64}$/);
    expect((await app.http.get('/audit/verify')).body.digest).toBe(first.digest);
    const printed = await cli(app, 'digest');
    expect(printed.json).toMatchObject({ digest: first.digest, streams: 4, events: 7, position: first.position, takenAt: expect.any(String) });

    await write(app, `/activities/${s.activityId}/progress-reports`, aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 55 }));
    const after = (await app.http.get('/audit/verify')).body;
    expect(after).toMatchObject({ ok: true, streamsChecked: 4, eventsChecked: 8 });
    expect(after.digest).not.toBe(first.digest);
    // The digest in earlier minutes can still be checked: the log as it was at the position they record.
    expect((await cli(app, 'digest', first.position)).json).toMatchObject({ digest: first.digest, streams: 4, events: 7, position: first.position });
  });

  it('is for auditors: the commission reads it, a donor may not', async () => {
    const commission = await app.token('commission');
    expect((await app.as(commission.token).get('/audit/verify')).status).toBe(200);
    const donor = await app.token('donor', s.donorId);
    expect((await app.as(donor.token).get('/audit/verify')).status).toBe(403);
  });
});

/**
 * Tampering writes to the `events` table, so this part always runs on the Postgres event store (an
 * empty EVENTSTORE_URL counts as unset), even when the suite runs on EventStoreDB.
 */
describe('tampering with a stored event, on the Postgres event store', () => {
  let app: TestApp;
  let db: DataSource;
  let s: Awaited<ReturnType<typeof scenario>>;
  beforeAll(async () => {
    app = await startTestApp({ EVENTSTORE_URL: '' });
    db = app.app.get<DataSource>(getDataSourceToken());
    s = await scenario(app);
  });
  afterAll(async () => app.close());

  it('reports exactly the changed stream and revision; the digest changes', async () => {
    // The audit log projection has the original before the tampering (the projector runs on its own).
    const projected = (await app.http.get('/audit').query({ stream: s.stream, minPosition: s.last })).body;
    expect(projected.items[2].data.percentComplete).toBe(40);
    const before = (await app.http.get('/audit/verify')).body;
    expect(before).toMatchObject({ ok: true, streamsChecked: 4, eventsChecked: 7, failures: [] });
    expect((await cli(app, 'digest')).json.digest).toBe(before.digest);

    // The table refuses updates; going around its trigger is deliberate, and the trigger is back on after.
    const pool = poolOf(db); // raw pg: a refused query is expected here, not logged as an error
    await expect(pool.query(`UPDATE events SET data = jsonb_set(data, '{percentComplete}', '90') WHERE stream = $1 AND revision = 2`, [s.stream])).rejects.toThrow(/append-only/);
    await db.transaction(async (tx) => {
      await tx.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
      const updated = await tx.query(`UPDATE events SET data = jsonb_set(data, '{percentComplete}', '90') WHERE stream = $1 AND revision = 2 RETURNING type`, [s.stream]);
      expect(updated[0]).toEqual([{ type: 'ActivityProgressReported' }]);
      await tx.query('ALTER TABLE events ENABLE TRIGGER events_append_only');
    });
    await expect(pool.query(`DELETE FROM events WHERE stream = $1`, [s.stream])).rejects.toThrow(/append-only/);

    const after = (await app.http.get('/audit/verify')).body;
    expect(after).toMatchObject({
      ok: false,
      streamsChecked: 4,
      eventsChecked: 7,
      failures: [{ stream: s.stream, revision: 2, reason: 'hash_mismatch' }],
      failureCount: 1,
    });
    expect(after.digest).not.toBe(before.digest);
    expect(after.position).toBe(before.position);

    // The CLI says the same, with exit code 1, and its digest no longer matches the one in the minutes.
    const verified = await cli(app, 'verify');
    expect(verified).toEqual({ json: expect.objectContaining({ ok: false, failures: [{ stream: s.stream, revision: 2, reason: 'hash_mismatch' }] }), failed: true });
    expect((await cli(app, 'digest')).json.digest).toBe(after.digest);

    // The verifier read the events, not the audit log projection, which still shows the original.
    const audit = (await app.http.get('/audit').query({ stream: s.stream })).body;
    expect(audit.items[2].data.percentComplete).toBe(40);
  });
});
