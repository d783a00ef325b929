import { DataSource } from 'typeorm';
import { anOrganization } from '../support/builders.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('hardening: headers, CORS, body limit, error bodies', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  it('sends helmet headers and hides the framework, on the refusals of the body parser and the input screen too', async () => {
    const refusals = [
      await app.http.post('/organizations').set('Content-Type', 'application/json').send('{bad'),
      await app.http.get('/plans?q=%00'),
    ];
    expect(refusals.map((r) => r.status)).toEqual([400, 400]);
    for (const response of [await app.as(null).get('/health'), ...refusals]) {
      expect(response.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'strict-transport-security': expect.stringContaining('max-age=') });
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('has CORS off by default: no Access-Control headers, even to a preflight', async () => {
    const simple = await app.http.get('/tokens').set('Origin', 'https://evil.example');
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await app.as(null).options('/organizations').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('refuses a JSON body over 1 MB with 413', async () => {
    const response = await app.http.post('/organizations').set('Content-Type', 'application/json').send(JSON.stringify({ ...anOrganization(), name: 'x'.repeat(1_100_000) }));
    expect(response.status).toBe(413);
    expect(response.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'the body is too large' });
  });

  it('answers a failure inside the database with a bare 500: no SQL, no stack', async () => {
    const database = app.app.get(DataSource);
    await database.query('ALTER TABLE access_tokens RENAME TO access_tokens_away');
    try {
      const response = await app.http.get('/tokens');
      expect(response.status).toBe(500);
      expect(response.body).toEqual({ statusCode: 500, code: 'INTERNAL', message: 'an unexpected error occurred' });
      expect(response.text).not.toMatch(/access_tokens|relation|SELECT|at .*\.(js|ts)/);
    } finally {
      await database.query('ALTER TABLE access_tokens_away RENAME TO access_tokens');
    }
    expect((await app.http.get('/tokens')).status).toBe(200);
  });

  it('answers malformed JSON with 400 INVALID_JSON and no parser internals', async () => {
    const response = await app.http.post('/organizations').set('Content-Type', 'application/json').send('{"name": ');
    expect(response.body).toEqual({ statusCode: 400, code: 'INVALID_JSON', message: 'the body is not valid JSON' });
  });
});

describe('CORS_ORIGINS', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: 'https://dashboard.example.org, https://commission.example.org' });
  }, 60_000);
  afterAll(async () => app.close());

  it('allows exactly the listed origins', async () => {
    const allowed = await app.as(null).options('/organizations').set('Origin', 'https://commission.example.org').set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://commission.example.org');
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization/);
    const other = await app.as(null).options('/organizations').set('Origin', 'https://evil.example').set('Access-Control-Request-Method', 'POST');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_WRITES_PER_MINUTE: '3', RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '3' });
  }, 60_000);
  afterAll(async () => app.close());

  it('limits writes per token, not reads, and not other tokens', async () => {
    const secretariat = await app.token('secretariat');
    const writes = [];
    for (let i = 0; i < 4; i++) writes.push(await app.as(secretariat.token).post('/organizations').send(anOrganization({ acronym: `ORG${i}` })));
    expect(writes.map((r) => r.status)).toEqual([201, 201, 201, 429]);
    expect(writes[3].body).toMatchObject({ statusCode: 429, code: 'TOO_MANY_REQUESTS' });
    expect(Number(writes[3].headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.as(secretariat.token).get('/tokens')).status).toBe(403); // reads go on (403: not an admin route)
    const admin = await app.http.post('/organizations').send(anOrganization({ acronym: 'ADM' }));
    expect(admin.status).toBe(201);
    // The refused write appended nothing: once the later admin write is readable, exactly four exist.
    let recorded = await app.allEvents();
    for (let i = 0; i < 50 && !recorded.some((e) => e.stream === `organization-${admin.body.id}`); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      recorded = await app.allEvents();
    }
    expect(recorded.filter((e) => e.type === 'OrganizationRegistered').map((e) => (e.data as { acronym: string }).acronym)).toEqual(['ORG0', 'ORG1', 'ORG2', 'ADM']);
  });

  // Last in this file: it blocks the test client's address for a minute.
  it('throttles an address after too many failed token checks, but lets a valid token through', async () => {
    const statuses = [];
    for (let i = 0; i < 25; i++) statuses.push((await app.as(`apm_wrong${i}`).get('/tokens')).status);
    expect(statuses).toEqual([401, 401, 401, ...Array(22).fill(429)]);
    const valid = await app.http.get('/tokens');
    expect(valid.status).toBe(200);
    const stillRefused = await app.as('apm_wrong_again').get('/tokens');
    expect(stillRefused.status).toBe(429);
    expect(stillRefused.body).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(Number(stillRefused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.as(null).get('/health')).status).toBe(200);
  });
});
