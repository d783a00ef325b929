import { aProgressReport } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('If-Match and Idempotency-Key', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  it('applies a write whose If-Match is current and answers the new ETag', async () => {
    const { activityId, activity } = await plannedActivity(app);
    const response = await app.http.post(`/activities/${activityId}/start`).set('If-Match', `"${activity.revision}"`).send({ startedOn: '2016-02-01' });
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe(`"${activity.revision + 1}"`);
  });

  it('refuses a stale If-Match with 412 and appends nothing', async () => {
    const { activityId } = await plannedActivity(app);
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    const before = await app.events.readStream(`activity-${activityId}`);
    const response = await app.http.post(`/activities/${activityId}/progress-reports`).set('If-Match', '"0"').send(aProgressReport());
    expect(response.status).toBe(412);
    expect(response.body).toMatchObject({ statusCode: 412, code: 'REVISION_MISMATCH', expected: 0, actual: 1 });
    expect(await app.events.readStream(`activity-${activityId}`)).toHaveLength(before.length);
  });

  it('rejects a malformed If-Match with 400', async () => {
    const { activityId } = await plannedActivity(app);
    const response = await app.http.post(`/activities/${activityId}/start`).set('If-Match', 'three').send({ startedOn: '2016-02-01' });
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('INVALID_IF_MATCH');
  });

  it('answers a repeated command with the same Idempotency-Key like the first time and appends once', async () => {
    const { activityId } = await plannedActivity(app);
    const send = () => app.http.post(`/activities/${activityId}/start`).set('Idempotency-Key', 'start-2.3-once').send({ startedOn: '2016-02-01' });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(second.body).toEqual(first.body);
    const stream = await app.events.readStream(`activity-${activityId}`);
    expect(stream.filter((e) => e.type === 'ActivityStarted')).toHaveLength(1);
  });

  it('creates one organisation for a retried create with the same key', async () => {
    const body = { name: 'Peshraft', acronym: 'PESHRAFT', kind: 'diaspora_organization', country: 'GB' };
    const first = await app.http.post('/organizations').set('Idempotency-Key', 'peshraft-1').send(body);
    const again = await app.http.post('/organizations').set('Idempotency-Key', 'peshraft-1').send(body);
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(await app.events.readStream(`organization-${first.body.id}`)).toHaveLength(1);
  });

  it('lets concurrent writers without If-Match all succeed, each on the write before it', async () => {
    const { activityId, donorId } = await plannedActivity(app);
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    const commitments = await Promise.all(
      Array.from({ length: 5 }, () =>
        app.http.post(`/activities/${activityId}/funding-commitments`).send({ donorId, money: { amount: '10.00', currency: 'USD' }, committedOn: '2016-01-15' }),
      ),
    );
    expect(commitments.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const stream = await app.events.readStream(`activity-${activityId}`);
    expect(stream.map((e) => e.revision)).toEqual(stream.map((_, i) => i));
    expect(stream.filter((e) => e.type === 'FundsCommitted')).toHaveLength(5);
  });
});
