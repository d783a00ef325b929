import { createEsdbDouble, type EsdbDouble } from '../esdb-double/double.js';
import { anOrganization } from '../support/builders.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('health and metrics', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('GET /health needs no token and reports database, event store and projections', async () => {
    const response = await app.as(null).get('/health');
    expect(response.status).toBe(200);
    expect(response.body.details).toMatchObject({ database: { status: 'up' }, eventStore: { status: 'up' }, projections: { status: 'up', lagSeconds: expect.any(Number) } });
  });

  it('GET /metrics exposes request latency, events appended and projected, and projection lag', async () => {
    const write = await app.http.post('/organizations').send(anOrganization());
    await app.http.get('/activities').query({ minPosition: write.body.position });
    const response = await app.http.get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/plain/);
    expect(response.text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/organizations",status="201"\} [1-9]/);
    expect(response.text).toMatch(/events_appended_total\{type="OrganizationRegistered"\} [1-9]/);
    expect(response.text).toMatch(/events_projected_total [1-9]/);
    expect(response.text).toMatch(/projection_lag_seconds\{projection="activities"\} \d/);
    // Kept between requests on a Postgres server, read every time on the embedded database.
    expect(response.text).toMatch(/token_checks_total\{answered="(read|kept)"\} [1-9]/);
    expect(response.text).toMatch(/token_notices_listening [01]/);
  });

  it('GET /metrics is refused without a token by default', async () => {
    expect((await app.as(null).get('/metrics')).status).toBe(401);
  });
});

describe('when EventStoreDB cannot be reached', () => {
  let app: TestApp;
  let double: EsdbDouble;
  beforeAll(async () => {
    double = await createEsdbDouble();
    app = await startTestApp({ EVENTSTORE_URL: double.url });
  });
  afterAll(async () => {
    await app.close();
    await double.stop();
  });

  it('writes answer 503 and /health says which store is down, then both recover', async () => {
    expect((await app.http.post('/organizations').send(anOrganization())).status).toBe(201);
    await double.stop();
    const write = await app.http.post('/organizations').send(anOrganization({ acronym: 'UNW', name: 'UN Women' }));
    expect(write.status).toBe(503);
    expect(write.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    const health = await app.as(null).get('/health');
    expect(health.status).toBe(503);
    expect(health.body.details.eventStore.status).toBe('down');
    expect(health.body.details.database.status).toBe('up');
    await double.start();
    expect((await app.http.post('/organizations').send(anOrganization({ acronym: 'FAO', name: 'FAO' }))).status).toBe(201);
  });
});
