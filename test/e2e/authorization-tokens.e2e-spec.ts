import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { generateSecret, loadConfig } from '#platform';
import { createApp } from '../../apps/api/src/create-app.js';
import { accessScenario } from '../support/access-scenario.js';
import { aProgressReport } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-database.js';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

describe('tokens and the actor', () => {
  let app: TestApp;
  let scenario: Awaited<ReturnType<typeof accessScenario>>;
  beforeAll(async () => {
    app = await startTestApp();
    scenario = await accessScenario(app);
  }, 60_000);
  afterAll(async () => app.close());

  it('records the real actor, role and organization in every event, and never the secret', async () => {
    const { activityId, agencyOwn } = scenario.ids;
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    const agency = await app.token('agency', agencyOwn, 'Migration Service focal point');
    const reported = await app.as(agency.token).post(`/activities/${activityId}/progress-reports`).send(aProgressReport());
    expect(reported.status).toBe(201);

    const [planned, started, progress] = await app.events.readStream(`activity-${activityId}`);
    expect(planned.metadata).toMatchObject({ actor: { id: app.adminId, name: 'bootstrap admin' }, role: 'admin', organizationId: null });
    expect(started.metadata).toMatchObject({ actor: { id: app.adminId }, role: 'admin' });
    expect(progress.metadata).toMatchObject({ actor: { id: agency.id, name: 'Migration Service focal point' }, role: 'agency', organizationId: agencyOwn });
    const everything = JSON.stringify(await app.allEvents());
    expect(everything).not.toContain(agency.token);
    expect(everything).not.toContain(app.adminToken);
    expect(everything).not.toContain(sha256(agency.token));
  });

  it('refuses a revoked token on the very next request', async () => {
    const secretariat = await app.token('secretariat', null, 'desk officer');
    const before = await app.as(secretariat.token).get(`/activities/${scenario.ids.activityId}`);
    expect(before.status).toBe(200);
    const revoked = await app.http.post(`/tokens/${secretariat.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ id: secretariat.id, revokedAt: expect.any(String) });
    const after = await app.as(secretariat.token).get(`/activities/${scenario.ids.activityId}`);
    expect(after.status).toBe(401);
    expect(after.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(after.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'the token is unknown or revoked' });
  });

  it('creates a token over HTTP, shows the secret once and stores only its hash', async () => {
    const created = await app.http.post('/tokens').send({ role: 'donor', organizationId: scenario.ids.donorOwn, displayName: 'EU delegation' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(String), role: 'donor', organizationId: scenario.ids.donorOwn, displayName: 'EU delegation', revokedAt: null });
    const secret: string = created.body.token;
    expect(secret).toMatch(/^apm_[A-Za-z0-9_-]{43}$/); // 32 random bytes

    const rows: Record<string, unknown>[] = await app.app.get(DataSource).query('SELECT * FROM access_tokens WHERE id = $1', [created.body.id]);
    expect(rows).toHaveLength(1);
    expect(rows[0].token_hash).toBe(sha256(secret));
    expect(JSON.stringify(rows)).not.toContain(secret);

    const listed = await app.http.get('/tokens');
    expect(listed.status).toBe(200);
    expect(listed.body.items).toContainEqual(expect.objectContaining({ id: created.body.id, role: 'donor', displayName: 'EU delegation' }));
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect(JSON.stringify(listed.body)).not.toContain(sha256(secret));
    expect(listed.body.items.every((item: object) => !('token' in item) && !('tokenHash' in item))).toBe(true);

    const asDonor = await app.as(secret).get('/tokens');
    expect(asDonor.status).toBe(403);
  });

  it.each([
    [{ role: 'agency', displayName: 'no organization' }, 400, 'organizationId'],
    [{ role: 'donor', displayName: 'no organization' }, 400, 'organizationId'],
    [{ role: 'wizard', displayName: 'unknown role' }, 400, 'role'],
    [{ role: 'admin', displayName: '' }, 400, 'displayName'],
    [{ role: 'agency', organizationId: 'not-a-uuid', displayName: 'x' }, 400, 'organizationId'],
  ])('refuses %j with %i naming %s', async (body, status, field) => {
    const response = await app.http.post('/tokens').send(body);
    expect(response.status).toBe(status);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
  });

  it('refuses an agency token for an organization that does not exist (404)', async () => {
    const response = await app.http.post('/tokens').send({ role: 'agency', organizationId: '3f1e2d4c-1111-4222-8333-944455556666', displayName: 'ghost' });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ code: 'NOT_FOUND', resource: 'organization', field: 'organizationId' });
  });

  it('answers 404 when revoking a token that does not exist', async () => {
    const response = await app.http.post('/tokens/3f1e2d4c-1111-4222-8333-944455556666/revoke');
    expect(response.status).toBe(404);
  });

  it('lets an agency write only on its own activity, and a donor read only its own portfolio', async () => {
    const { activityId, agencyOther, donorOwn, donorOther } = scenario.ids;
    const other = await app.token('agency', agencyOther);
    const refused = await app.as(other.token).post(`/activities/${activityId}/progress-reports`).send(aProgressReport());
    expect(refused.status).toBe(403);
    const funding = await app.as((await app.token('agency', scenario.ids.agencyOwn)).token).post(`/activities/${activityId}/funding-commitments`).send({});
    expect(funding.status).toBe(403);
    const donor = await app.token('donor', donorOwn);
    expect((await app.as(donor.token).get(`/donors/${donorOther}/portfolio`)).status).toBe(403);
    expect((await app.as(donor.token).get(`/activities/${activityId}`)).status).toBe(403);
    expect((await app.as(donor.token).post('/organizations').send({})).status).toBe(403);
  });
});

describe('BOOTSTRAP_ADMIN_TOKEN', () => {
  it('becomes the first admin token, is not replaced by another value later, and is not resurrected once revoked', async () => {
    const db = await createTestDatabase();
    const start = async (bootstrap?: string) => {
      const app = await createApp(loadConfig({ DATABASE_URL: db.url, DB_POOL_SIZE: String(db.poolSize), LOG_LEVEL: 'error', ...(bootstrap ? { BOOTSTRAP_ADMIN_TOKEN: bootstrap } : {}) }));
      await app.listen(0, '127.0.0.1');
      const url = await app.getUrl();
      return { app, get: (path: string, token: string) => request(url).get(path).set('Authorization', `Bearer ${token}`), post: (path: string, token: string) => request(url).post(path).set('Authorization', `Bearer ${token}`) };
    };
    try {
      const first = generateSecret();
      const second = generateSecret();
      let app = await start(first);
      expect((await app.get('/tokens', first)).status).toBe(200);
      const listed = await app.get('/tokens', first);
      expect(listed.body.items).toEqual([expect.objectContaining({ role: 'admin', displayName: 'bootstrap admin', revokedAt: null })]);
      await app.app.close();

      app = await start(second); // an admin exists: the new value is ignored
      expect((await app.get('/tokens', second)).status).toBe(401);
      expect((await app.get('/tokens', first)).status).toBe(200);
      const bootstrapId = listed.body.items[0].id;
      expect((await app.post(`/tokens/${bootstrapId}/revoke`, first)).status).toBe(200);
      await app.app.close();

      app = await start(first); // revoked, yet an admin token exists: not stored again
      expect((await app.get('/tokens', first)).status).toBe(401);
      await app.app.close();
    } finally {
      await db.drop();
    }
  }, 90_000);

  it('stores nothing without the variable: every token-protected route answers 401', async () => {
    const db = await createTestDatabase();
    const app = await createApp(loadConfig({ DATABASE_URL: db.url, DB_POOL_SIZE: String(db.poolSize), LOG_LEVEL: 'error' }));
    try {
      await app.listen(0, '127.0.0.1');
      const count: { n: number }[] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM access_tokens');
      expect(count[0].n).toBe(0);
      expect((await request(await app.getUrl()).post('/organizations').send({})).status).toBe(401);
    } finally {
      await app.close();
      await db.drop();
    }
  }, 60_000);
});
