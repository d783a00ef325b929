import { randomUUID } from 'node:crypto';
import { activityStream, EVENT_SCHEMA_VERSION } from '#domain';
import { aProgressReport } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * An event stored by a newer release (a rolling upgrade): this release must refuse to fold it rather
 * than guess, on the command side, in time travel and in the projector alike.
 */
describe('events from a newer schema version', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ READ_YOUR_WRITES_TIMEOUT_MS: '1000' });
  }, 60_000);
  afterAll(async () => app.close());

  it('answers 503 NEWER_EVENT_SCHEMA, appends nothing, and does not project past it', async () => {
    const { activityId } = await plannedActivity(app);
    const started = await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    await app.http.get(`/activities/${activityId}`).query({ minPosition: started.position }).expect(200);

    const stream = activityStream(activityId);
    const newer = await app.events.append(
      stream,
      [{ id: randomUUID(), type: 'ActivityProgressReported', data: { percent: 0.4, effectiveOn: '2016-06-30' }, metadata: { schemaVersion: EVENT_SCHEMA_VERSION + 1, recordedAt: new Date().toISOString() } }],
      started.revision,
    );
    const before = await app.events.readStream(stream);

    const refused = await app.http.post(`/activities/${activityId}/progress-reports`).send(aProgressReport());
    expect(refused.status).toBe(503);
    expect(refused.body).toEqual({ statusCode: 503, code: 'NEWER_EVENT_SCHEMA', message: expect.stringContaining('newer release') });
    expect(await app.events.readStream(stream)).toHaveLength(before.length);

    const travelled = await app.http.get(`/activities/${activityId}`).query({ asOf: '2016-12-31' });
    expect(travelled.status).toBe(503);
    expect(travelled.body.code).toBe('NEWER_EVENT_SCHEMA');

    // The read model stays at the last event it could read, and waiting for the newer one times out.
    const current = await app.http.get(`/activities/${activityId}`);
    expect(current.body).toMatchObject({ status: 'in_progress', revision: started.revision });
    const waited = await app.http.get(`/activities/${activityId}`).set('X-Min-Position', newer.position);
    expect(waited.status).toBe(503);
    expect(waited.body.message).toContain(`have not reached position ${newer.position}`);
  }, 60_000);
});
