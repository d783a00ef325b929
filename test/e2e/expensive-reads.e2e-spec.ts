import { plannedActivity } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Past any position the store will reach in this test: a wait for it holds until the timeout. */
const FAR = '99999999999999999999';

/**
 * Expensive reads are bounded per caller: time-travel reads and /audit/verify in flight, minPosition
 * waits in flight, and time-travel reads per minute. Past a bound: 429 with Retry-After and a code
 * saying which; other callers go on; slots come back when the requests end, answered or failed.
 */
describe('expensive reads per caller', () => {
  let app: TestApp;
  let planId = '';
  let activityId = '';
  beforeAll(async () => {
    app = await startTestApp({ EXPENSIVE_READS_PER_CALLER: '1', MIN_POSITION_WAITS_PER_CALLER: '2', RATE_LIMIT_EXPENSIVE_READS_PER_MINUTE: '8', READ_YOUR_WRITES_TIMEOUT_MS: '1500' });
    ({ planId, activityId } = await plannedActivity(app));
  }, 60_000);
  afterAll(async () => app.close());

  it('minPosition waits: past the limit 429 TOO_MANY_CONCURRENT_WAITS; another caller still waits; slots free after the 503s', async () => {
    const caller = (await app.token('commission')).token;
    const other = (await app.token('commission')).token;
    const held = [1, 2].map(() => app.as(caller).get('/decisions').query({ minPosition: FAR }).then((r) => r));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await app.as(caller).get('/decisions').query({ minPosition: FAR });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_CONCURRENT_WAITS' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const othersWait = app.as(other).get('/decisions').query({ minPosition: FAR });
    expect((await app.as(caller).get('/decisions')).status).toBe(200); // reads without a wait go on
    expect((await Promise.all(held)).map((r) => r.status)).toEqual([503, 503]);
    expect((await othersWait).status).toBe(503);
    // Both slots are free again: two more waits are accepted (and time out) rather than refused.
    const again = await Promise.all([1, 2].map(() => app.as(caller).get('/decisions').query({ minPosition: FAR })));
    expect(again.map((r) => r.status)).toEqual([503, 503]);
  });

  it('time-travel reads in flight: the second one of a caller is refused while the first is held; live reads are not limited', async () => {
    const caller = (await app.token('secretariat')).token;
    const knownAt = new Date().toISOString();
    const held = app.as(caller).get(`/plans/${planId}/dashboard`).query({ knownAt, minPosition: FAR }).then((r) => r);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = await app.as(caller).get(`/activities/${activityId}`).query({ knownAt });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'TOO_MANY_CONCURRENT_READS' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.as(caller).get('/audit/verify')).status).toBe(429);
    expect((await app.as(caller).get(`/plans/${planId}/dashboard`)).status).toBe(200);
    expect((await app.http.get(`/plans/${planId}/dashboard`).query({ knownAt })).status).toBe(200); // another caller
    expect((await held).status).toBe(503);
    // Freed after the failure: one at a time is served.
    expect((await app.as(caller).get(`/activities/${activityId}`).query({ knownAt })).status).toBe(200);
    expect((await app.as(caller).get('/audit/verify')).status).toBe(200);
  });

  it('time-travel reads per minute: past the rate 429 TOO_MANY_REQUESTS', async () => {
    const caller = (await app.token('secretariat')).token;
    const knownAt = new Date().toISOString();
    const statuses = [];
    for (let i = 0; i < 9; i++) statuses.push((await app.as(caller).get(`/plans/${planId}/dashboard`).query({ knownAt })).status);
    expect(statuses).toEqual([...Array(8).fill(200), 429]);
    expect((await app.as(caller).get(`/plans/${planId}/dashboard`)).status).toBe(200);
  });
});
