import { randomUUID } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditTrail, eventHash, GENESIS_HASH } from '#application';
import { poolOf } from '#platform';
import { digestLines, verifyLines } from '../../apps/cli/src/audit/audit-output.js';
import { anObjective, aPlan, aProgressReport } from '../support/builders.js';
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
    // The scenario's 4 record streams with 7 events, 4 code reservations (one event each) and the bootstrap admin user (registered, its token granted).
    expect(response.body).toMatchObject({ ok: true, streamsChecked: 9, eventsChecked: 13, failures: [], failureCount: 0 });
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
    expect(printed.json).toMatchObject({ digest: first.digest, streams: 9, events: 13, position: first.position, takenAt: expect.any(String) });

    await write(app, `/activities/${s.activityId}/progress-reports`, aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 55 }));
    const after = (await app.http.get('/audit/verify')).body;
    expect(after).toMatchObject({ ok: true, streamsChecked: 9, eventsChecked: 14 });
    expect(after.digest).not.toBe(first.digest);
    // The digest in earlier minutes can still be checked: the log as it was at the position they record.
    expect((await cli(app, 'digest', first.position)).json).toMatchObject({ digest: first.digest, streams: 9, events: 13, position: first.position });
  });

  it('is for auditors: the commission reads it, a donor may not', async () => {
    const commission = await app.token('commission');
    expect((await app.as(commission.token).get('/audit/verify')).status).toBe(200);
    const donor = await app.token('donor', s.donorId);
    expect((await app.as(donor.token).get('/audit/verify')).status).toBe(403);
  });

  it('is incremental; a full run on request is for admin and commission; a bad flag is a 400', async () => {
    const secretariat = await app.token('secretariat');
    expect((await app.as(secretariat.token).get('/audit/verify')).body).toMatchObject({ ok: true, mode: 'incremental', newEventsChecked: 0 });
    expect((await app.as(secretariat.token).get('/audit/verify').query({ full: 'true' })).status).toBe(403);
    const commission = await app.token('commission');
    expect((await app.as(commission.token).get('/audit/verify').query({ full: 'true' })).body).toMatchObject({ ok: true, mode: 'full', newEventsChecked: 14, eventsChecked: 14 });
    const bad = await app.http.get('/audit/verify').query({ full: 'yes' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields).toEqual([{ field: 'full', messages: ['full must be true or false'] }]);
  });

  it('GET /audit/digest checks a digest from the minutes at its position; a later event does not change it; bad input is a 400 naming the field', async () => {
    const minutes = (await app.http.get('/audit/verify')).body;
    const checked = await app.http.get('/audit/digest').query({ at: minutes.position, digest: minutes.digest.toUpperCase() });
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({ digest: minutes.digest, streams: minutes.streamsChecked, events: minutes.eventsChecked, position: minutes.position, matches: true });
    await write(app, `/activities/${s.activityId}/progress-reports`, aProgressReport({ periodStart: '2016-10-01', periodEnd: '2016-12-31', percentComplete: 60 }));
    expect((await app.http.get('/audit/digest').query({ at: minutes.position, digest: minutes.digest })).body.matches).toBe(true);
    const now = (await app.http.get('/audit/digest')).body;
    expect(now.digest).not.toBe(minutes.digest);
    expect(now).not.toHaveProperty('matches');
    expect((await app.http.get('/audit/digest').query({ at: minutes.position, digest: 'f'.repeat(64) })).body.matches).toBe(false);
    const bad = await app.http.get('/audit/digest').query({ at: 'yesterday', digest: 'abc' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['at', 'digest']);
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
    expect(before).toMatchObject({ ok: true, streamsChecked: 9, eventsChecked: 13, failures: [] });
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

    // The API's check is incremental: it verified this event before, so it does not read it again …
    expect((await app.http.get('/audit/verify')).body).toMatchObject({ ok: true, mode: 'incremental', eventsChecked: 13, newEventsChecked: 0, digest: before.digest });
    // … a full run does.
    const after = (await app.http.get('/audit/verify').query({ full: 'true' })).body;
    expect(after).toMatchObject({
      mode: 'full',
      ok: false,
      streamsChecked: 9,
      eventsChecked: 13,
      failures: [{ stream: s.stream, revision: 2, reason: 'hash_mismatch' }],
      failureCount: 1,
    });
    expect(after.digest).not.toBe(before.digest);
    expect(after.position).toBe(before.position);

    // The CLI says the same, with exit code 1, and its digest no longer matches the one in the minutes.
    const verified = await cli(app, 'verify');
    expect(verified).toEqual({ json: expect.objectContaining({ ok: false, failures: [{ stream: s.stream, revision: 2, reason: 'hash_mismatch' }] }), failed: true });
    expect((await cli(app, 'digest')).json.digest).toBe(after.digest);
    // Over HTTP, the digest written into the minutes (taken before) no longer matches the log at that position.
    const checked = await app.http.get('/audit/digest').query({ at: before.position, digest: before.digest });
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({ digest: after.digest, streams: 9, events: 13, position: before.position, matches: false });

    // The verifier read the events, not the audit log projection, which still shows the original.
    const audit = (await app.http.get('/audit').query({ stream: s.stream })).body;
    expect(audit.items[2].data.percentComplete).toBe(40);

    // A full run becomes the incremental check's new starting point: it goes on reporting the failure.
    expect((await app.http.get('/audit/verify')).body).toMatchObject({ mode: 'incremental', ok: false, failures: [{ stream: s.stream, revision: 2, reason: 'hash_mismatch' }] });
  });

  it('an event tampered with before the incremental check first reads it is caught by that check', async () => {
    const t = await scenario(app);
    await tamper(db, `UPDATE events SET data = jsonb_set(data, '{percentComplete}', '41') WHERE stream = $1 AND revision = 2`, [t.stream]);
    const answer = (await app.http.get('/audit/verify')).body;
    // The scenario's 7 events and its 4 code reservations.
    expect(answer).toMatchObject({ mode: 'incremental', ok: false, newEventsChecked: 11 });
    expect(answer.failures).toContainEqual({ stream: t.stream, revision: 2, reason: 'hash_mismatch' });
  });

  it('a number rewritten with digits a double cannot hold is a non_canonical_number, and the digest at an earlier position changes', async () => {
    const t = await scenario(app);
    const minutes = (await cli(app, 'digest', t.last)).json;
    await tamper(db, `UPDATE events SET data = jsonb_set(data, '{percentComplete}', '40.000000000000000000001') WHERE stream = $1 AND revision = 2`, [t.stream]);
    // jsonb keeps the numeric text exactly; JSON.parse would round it back to 40.
    const [row] = await db.query(`SELECT data->>'percentComplete' AS stored FROM events WHERE stream = $1 AND revision = 2`, [t.stream]);
    expect(row.stored).toBe('40.000000000000000000001');

    const verified = await cli(app, 'verify');
    expect(verified.failed).toBe(true);
    expect(failuresOf(verified.json, t.stream)).toEqual([{ stream: t.stream, revision: 2, reason: 'non_canonical_number' }]);
    expect((await cli(app, 'digest', t.last)).json).toMatchObject({ events: minutes.events, position: t.last });
    expect((await cli(app, 'digest', t.last)).json.digest).not.toBe(minutes.digest);
  });

  it('a changed event id or recorded time is a hash_mismatch, and the digest at an earlier position changes', async () => {
    const t = await scenario(app);
    const minutes = (await cli(app, 'digest', t.last)).json;
    await tamper(db, `UPDATE events SET event_id = $2 WHERE stream = $1 AND revision = 1`, [t.stream, randomUUID()]);
    const afterId = (await cli(app, 'digest', t.last)).json.digest;
    expect(afterId).not.toBe(minutes.digest);
    await tamper(db, `UPDATE events SET recorded_at = recorded_at + interval '1 microsecond' WHERE stream = $1 AND revision = 2`, [t.stream]);
    expect((await cli(app, 'digest', t.last)).json.digest).not.toBe(afterId);

    expect(failuresOf((await cli(app, 'verify')).json, t.stream)).toEqual([
      { stream: t.stream, revision: 1, reason: 'hash_mismatch' },
      { stream: t.stream, revision: 2, reason: 'hash_mismatch' },
    ]);
  });

  it('events written under chain version 1 still verify, and a stream goes on from version 1 to version 2', async () => {
    // A plan drafted before version 2 existed: its event written straight into the store, chained as version 1.
    const model = (await app.events.readStream(`plan-${(await write(app, '/plans', aPlan())).id}`))[0];
    const planId = randomUUID();
    const stream = `plan-${planId}`;
    const data = { ...(model.data as Record<string, unknown>), planId, code: `V1-${planId.slice(0, 8)}` };
    const { chainVersion: _v2, hash: _hash, ...metadata } = { ...model.metadata, prevHash: GENESIS_HASH, commandId: randomUUID() } as Record<string, unknown>;
    expect(_v2).toBe(2);
    const hash = eventHash(GENESIS_HASH, { stream, revision: 0, type: model.type, data, metadata });
    await app.events.append(stream, [{ id: randomUUID(), type: model.type, data, metadata: { ...metadata, hash } }], 'no_stream');

    await write(app, `/plans/${planId}/objectives`, anObjective());
    const [v1, v2] = await app.events.readStream(stream);
    expect(v1.metadata.chainVersion).toBeUndefined();
    expect(v2.metadata).toMatchObject({ chainVersion: 2, prevHash: hash });
    expect(failuresOf((await cli(app, 'verify')).json, stream)).toEqual([]);
    expect(failuresOf((await app.http.get('/audit/verify').query({ full: 'true' })).body, stream)).toEqual([]);
  });
});

/** Rewrites stored events around the append-only trigger (deliberately); the trigger is back on after. */
async function tamper(db: DataSource, sql: string, params: unknown[]) {
  await db.transaction(async (tx) => {
    await tx.query('ALTER TABLE events DISABLE TRIGGER events_append_only');
    const [rows] = await tx.query(`${sql} RETURNING type`, params);
    expect(rows).toHaveLength(1);
    await tx.query('ALTER TABLE events ENABLE TRIGGER events_append_only');
  });
}

const failuresOf = (report: { failures: { stream: string }[] }, stream: string) => report.failures.filter((f) => f.stream === stream);
