import { readFileSync } from 'node:fs';
import { ROUTE_POLICIES } from '../../apps/api/src/auth/route-policies.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Every write of the design's HTTP API (plus revoke, withdraw, revise and close), as OpenAPI paths. */
const DESIGN_WRITES = [
  '/organizations',
  '/plans',
  '/plans/{id}/objectives',
  '/plans/{id}/adopt',
  '/plans/{id}/revise',
  '/plans/{id}/close',
  '/activities',
  '/activities/{id}/indicators',
  '/activities/{id}/start',
  '/activities/{id}/progress-reports',
  '/activities/{id}/funding-commitments',
  '/activities/{id}/disbursements',
  '/activities/{id}/reschedule',
  '/activities/{id}/complete',
  '/activities/{id}/suspend',
  '/activities/{id}/resume',
  '/activities/{id}/cancel',
  '/commission/sessions',
  '/commission/sessions/{id}/held',
  '/decisions',
  '/decisions/{id}/follow-ups',
  '/decisions/{id}/implemented',
  '/decisions/{id}/revoke',
  '/recommendations',
  '/recommendations/{id}/schedule',
  '/recommendations/{id}/accept',
  '/recommendations/{id}/reject',
  '/recommendations/{id}/defer',
  '/recommendations/{id}/link-activity',
  '/recommendations/{id}/implemented',
  '/recommendations/{id}/withdraw',
];

interface OpenApiDocument {
  paths: Record<string, Record<string, { summary?: string; parameters?: { name: string; in: string; schema?: { enum?: string[] } }[]; security?: Record<string, string[]>[]; requestBody?: { content: Record<string, { schema: { $ref?: string } }> }; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>; securitySchemes?: Record<string, { type: string; scheme?: string }> };
}

describe('OpenAPI at /docs documents every write with its error answers', () => {
  let app: TestApp;
  let doc: OpenApiDocument;
  beforeAll(async () => {
    app = await startTestApp();
    const response = await app.http.get('/docs-json');
    expect(response.status).toBe(200);
    doc = response.body as OpenApiDocument;
  }, 60_000);
  afterAll(async () => app.close());

  it.each(DESIGN_WRITES)('POST %s: summary, success and 400/404/409/412 answers', (path) => {
    const operation = doc.paths[path]?.post;
    expect(operation).toBeDefined();
    expect(operation.summary).toEqual(expect.any(String));
    const statuses = Object.keys(operation.responses);
    expect(statuses).toEqual(expect.arrayContaining(['400', '404', '409', '412']));
    expect(statuses.some((s) => s === '200' || s === '201')).toBe(true);
  });

  it.each(DESIGN_WRITES.filter((p) => p.startsWith('/commission') || p.startsWith('/decisions') || p.startsWith('/recommendations') || /revise|close/.test(p)))(
    'POST %s: its body schema lists the fields of the design',
    (path) => {
      const ref = doc.paths[path].post.requestBody?.content['application/json'].schema.$ref;
      expect(ref).toMatch(/^#\/components\/schemas\//);
      const schema = doc.components.schemas[ref!.split('/').pop()!];
      expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(0);
    },
  );

  it('names the design’s field names on the commission side', () => {
    const props = (name: string) => Object.keys(doc.components.schemas[name].properties ?? {});
    expect(props('ScheduleCommissionSessionDto')).toEqual(expect.arrayContaining(['number', 'scheduledOn', 'agenda']));
    expect(props('RecordSessionHeldDto')).toEqual(expect.arrayContaining(['heldOn', 'attendeeOrganizationIds', 'minutesRef']));
    expect(props('RecordDecisionDto')).toEqual(
      expect.arrayContaining(['sessionId', 'number', 'title', 'text', 'kind', 'responsibleAgencyIds', 'dueDate', 'relatedActivityIds', 'relatedRecommendationIds']),
    );
    expect(props('SubmitRecommendationDto')).toEqual(expect.arrayContaining(['source', 'text', 'proposedByOrganizationId', 'targetAgencyIds', 'planId']));
    expect(props('RecommendationSourceDto')).toEqual(expect.arrayContaining(['kind', 'title', 'heldOn']));
    expect(props('ReviewRecommendationDto')).toEqual(expect.arrayContaining(['decisionId', 'reason']));
    expect(props('LinkActivityDto')).toContain('activityId');
    expect(doc.components.schemas.RecordDecisionDto.required).toEqual(expect.arrayContaining(['sessionId', 'number', 'kind']));
  });

  it('every operation that needs a token declares the bearer scheme, so Swagger UI sends it after "Authorize"', () => {
    const bearer = Object.entries(doc.components.securitySchemes ?? {}).find(([, scheme]) => scheme.type === 'http' && scheme.scheme === 'bearer')?.[0];
    expect(bearer).toBeDefined();
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, operation })));
    expect(operations.length).toBeGreaterThan(40);
    const missing = operations.filter(({ key, operation }) => {
      const policy = ROUTE_POLICIES[key];
      const isPublic = policy !== undefined && 'public' in policy;
      const declares = (operation.security ?? []).some((requirement) => bearer! in requirement);
      return isPublic ? declares : !declares;
    });
    expect(missing.map((m) => m.key)).toEqual([]);
  });

  it('every read declares lang (en, ru, tg) and Accept-Language, once each', () => {
    const reads = Object.entries(doc.paths).flatMap(([path, methods]) => (methods.get ? [{ path, parameters: methods.get.parameters ?? [] }] : []));
    expect(reads.length).toBeGreaterThan(20);
    for (const { path, parameters } of reads) {
      expect({ path, lang: parameters.filter((p) => p.name === 'lang' && p.in === 'query').map((p) => p.schema?.enum) }).toEqual({ path, lang: [['en', 'ru', 'tg']] });
      expect({ path, header: parameters.filter((p) => p.name === 'Accept-Language' && p.in === 'header').length }).toEqual({ path, header: 1 });
    }
  });

  it('is the document committed in apps/api/openapi.json, from which the web client is typed (else: npm run openapi && npm run build:web:types)', () => {
    const committed = JSON.parse(readFileSync('apps/api/openapi.json', 'utf8')) as OpenApiDocument;
    // @nestjs/terminus documents /health's answer only where it can load @nestjs/swagger itself, which
    // it cannot under jest's module system: that one operation is compared by its presence alone.
    const withoutHealth = (d: OpenApiDocument) => ({ ...d, paths: Object.fromEntries(Object.entries(d.paths).filter(([path]) => path !== '/health')) });
    expect(Object.keys(doc.paths).sort()).toEqual(Object.keys(committed.paths).sort());
    expect(withoutHealth(doc)).toEqual(withoutHealth(committed));
  });
});
