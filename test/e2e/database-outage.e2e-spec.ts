import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { poolOf } from '#platform';
import { anOrganization } from '../support/builders.js';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { createServerDatabase, SERVER_URL, type TestDatabase } from '../support/test-database.js';

// Far beyond the configured timeouts: an answer before it means the timeout worked, none means a hang.
const NO_HANG = 20_000;

/**
 * The API when its database stops answering (a server frozen like SIGSTOP) or drops its connections
 * (reset): every request still gets an answer — 503 SERVICE_UNAVAILABLE, never a hang or a 500 —
 * /health reports the database down, and once the database is back a write retried with the same
 * Idempotency-Key is written exactly once.
 */
describe('database outage', () => {
  let proxy: TcpProxy;
  let database: TestDatabase;
  let app: TestApp;

  beforeAll(async () => {
    // Always the Postgres server, reached through a proxy that can freeze it and reset its connections.
    const server = new URL(SERVER_URL);
    proxy = await startTcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
    database = await createServerDatabase(SERVER_URL, { prefix: 'test_outage', poolSize: 4, reachAt: { host: '127.0.0.1', port: proxy.port } });
    app = await startTestApp({ DB_CONNECT_TIMEOUT_MS: '1000', DB_STATEMENT_TIMEOUT_MS: '1000', RUN_PROJECTOR: 'false', LOG_LEVEL: 'fatal' }, database);
  }, 60_000);

  afterAll(async () => {
    proxy?.thaw();
    await app?.close();
    await database?.drop();
    await proxy?.close();
  });

  afterEach(() => proxy.thaw());

  /**
   * A token no request has used yet: its check reads the database. (A token in use is kept between
   * requests on a server, and a request then needs the database only for its own work.)
   */
  async function unusedToken(): Promise<string> {
    const issued = await app.http.post('/tokens').send({ role: 'admin', displayName: `outage ${randomBytes(3).toString('hex')}` });
    expect(issued.status).toBe(201);
    return issued.body.token as string;
  }

  it('answers writes, reads and the token check with 503 while the database is frozen, and /health reports it down', async () => {
    const created = await app.http.post('/organizations').send(anOrganization({ acronym: 'IOM', name: 'International Organization for Migration' }));
    expect(created.status).toBe(201);
    const token = await unusedToken();

    proxy.freeze();
    const [write, read, list, health] = await Promise.all([
      app.as(token).post('/organizations').send(anOrganization({ acronym: 'UNHCR', name: 'UNHCR' })).timeout(NO_HANG),
      app.http.get('/activities').timeout(NO_HANG),
      app.http.get('/decisions').timeout(NO_HANG),
      app.as(null).get('/health').timeout(NO_HANG),
    ]);
    for (const response of [write, read, list]) {
      expect({ status: response.status, body: response.body }).toEqual({
        status: 503,
        body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: expect.any(String) },
      });
    }
    expect(health.status).toBe(503);
    expect(health.body.details.database.status).toBe('down');

    proxy.thaw();
    const after = await app.http.get('/activities').timeout(NO_HANG);
    expect(after.status).toBe(200);
  }, 60_000);

  it('answers 503, not 500, when the connection is reset under a request (the token check included)', async () => {
    const token = await unusedToken();
    proxy.freeze();
    const pending = Promise.all([app.as(token).get('/decisions').timeout(NO_HANG), app.as(token).post('/organizations').send(anOrganization({ acronym: 'WFP', name: 'WFP' })).timeout(NO_HANG)]);
    // Both requests hold a connection (their token checks wait on the frozen server) when it goes.
    const pool = poolOf(app.app.get(DataSource));
    while (pool.totalCount - pool.idleCount < 2) await new Promise((resolve) => setTimeout(resolve, 5));
    proxy.resetAll();
    for (const response of await pending) {
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    }
    proxy.thaw();
    expect((await app.http.get('/decisions').timeout(NO_HANG)).status).toBe(200);
  }, 60_000);

  it('/health answers within its own deadline even where statements may run for a minute', async () => {
    const patient = await startTestApp({ BOOTSTRAP_ADMIN_TOKEN: app.adminToken, DB_STATEMENT_TIMEOUT_MS: '60000', RUN_PROJECTOR: 'false', LOG_LEVEL: 'fatal' }, database);
    try {
      proxy.freeze();
      // Its checks are cut off after 0.8 s each; 5 s leaves a loaded machine ample room.
      const health = await patient.as(null).get('/health').timeout(5_000);
      expect(health.status).toBe(503);
      expect(health.body.details.database.status).toBe('down');
      expect(health.body.details.projections.status).toBe('down');
    } finally {
      proxy.thaw();
      await patient.app.close();
    }
  }, 60_000);

  it('a write that answered 503 is written once when retried with the same Idempotency-Key', async () => {
    const key = `outage-${randomBytes(4).toString('hex')}`;
    const body = anOrganization({ acronym: 'ILO', name: 'International Labour Organization' });
    proxy.freeze();
    const during = await app.http.post('/organizations').set('Idempotency-Key', key).send(body).timeout(NO_HANG);
    expect(during.status).toBe(503);
    proxy.thaw();
    const retried = await app.http.post('/organizations').set('Idempotency-Key', key).send(body).timeout(NO_HANG);
    expect(retried.status).toBe(201);
    const again = await app.http.post('/organizations').set('Idempotency-Key', key).send(body).timeout(NO_HANG);
    expect(again.body).toEqual(retried.body);
    expect(await app.events.readStream(`organization-${retried.body.id}`)).toHaveLength(1);
  }, 60_000);
});
