import { plannedActivity } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * asOf/knownAt on the activity, decision and recommendation lists fold every candidate's events: they
 * count against a caller's expensive reads like a time-travel dashboard; the same lists live do not.
 */
describe('time-travel lists are expensive reads', () => {
  let app: TestApp;
  let planId = '';
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_EXPENSIVE_READS_PER_MINUTE: '3' });
    ({ planId } = await plannedActivity(app));
  }, 60_000);
  afterAll(async () => app.close());

  it('past the per-minute rate 429 TOO_MANY_REQUESTS, across the three lists; live lists still answer', async () => {
    const caller = (await app.token('commission')).token;
    const knownAt = new Date().toISOString();
    const statuses = [
      (await app.as(caller).get('/activities').query({ planId, asOf: '2016-12-31' })).status,
      (await app.as(caller).get('/decisions').query({ knownAt })).status,
      (await app.as(caller).get('/recommendations').query({ asOf: '2016-12-31' })).status,
    ];
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await app.as(caller).get('/activities').query({ knownAt });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    for (const path of ['/activities', '/decisions', '/recommendations', '/plans', '/organizations', '/commission/sessions']) {
      expect(`${path} ${(await app.as(caller).get(path)).status}`).toBe(`${path} 200`);
    }
  });
});
