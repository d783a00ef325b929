import { anActivity, anOrganization, aProgressReport } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Attacks on the JSON and query-string edge: deep nesting, NUL and lone surrogates, prototype keys,
 * impossible timestamps. Each answers a 400 naming the field (never a 500), and nothing is appended.
 */
interface Case {
  name: string;
  method?: 'get' | 'post';
  path: (ids: Ids) => string;
  /** The body exactly as sent: JSON escapes such as \u0000 reach the parser unchanged. */
  raw?: (ids: Ids) => string;
  code?: string;
  field: string | RegExp;
}
type Ids = Awaited<ReturnType<typeof plannedActivity>> & { startedActivityId: string };

const nested = (depth: number, leaf = '0') => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
const nestedArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const json = (value: unknown) => JSON.stringify(value);
/** A JSON text with `"<marker>"` replaced by raw JSON (escapes JSON.stringify would not write). */
const withRaw = (value: unknown, marker: string, rawJson: string) => json(value).replace(`"${marker}"`, rawJson);
const activity = (i: Ids, overrides: Record<string, unknown> = {}) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '9.9', ...overrides });

const CASES: Case[] = [
  // Item 12: depth, anywhere in the body
  { name: '10,000 levels under an unknown key', path: () => '/organizations', raw: () => withRaw(anOrganization({ extra: 'DEEP' }), 'DEEP', nested(10_000)), code: 'JSON_TOO_DEEP', field: /^extra(\.a)+$/ },
  { name: '10,000 levels inside a known field', path: () => '/organizations', raw: () => withRaw(anOrganization({ name: 'DEEP' }), 'DEEP', nested(10_000)), code: 'JSON_TOO_DEEP', field: /^name(\.a)+$/ },
  { name: '10,000 nested arrays in evidence', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, raw: () => withRaw(aProgressReport({ evidence: 'DEEP' }), 'DEEP', nestedArray(10_000)), code: 'JSON_TOO_DEEP', field: /^evidence(\[0\])+$/ },
  { name: '10,000 levels as the whole body', path: () => '/organizations', raw: () => nestedArray(10_000), code: 'JSON_TOO_DEEP', field: /^(\[0\])+$/ },
  // Item 13: NUL and lone surrogates in any string or key
  { name: 'NUL in a name', path: () => '/organizations', raw: () => withRaw(anOrganization({ name: 'X' }), 'X', '"IOM\\u0000"'), field: 'name' },
  { name: 'lone high surrogate in an evidence title', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, raw: () => withRaw(aProgressReport({ evidence: [{ title: 'X', url: 'https://example.org/a.pdf' }] }), 'X', '"Minutes \\ud800"'), field: 'evidence[0].title' },
  { name: 'lone low surrogate in a narrative', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, raw: () => withRaw(aProgressReport({ narrative: 'X' }), 'X', '"\\udc00 end"'), field: 'narrative' },
  { name: 'NUL in a location province', path: () => '/activities', raw: (i) => withRaw(activity(i, { locations: [{ province: 'X' }] }), 'X', '"Khatlon\\u0000"'), field: 'locations[0].province' },
  { name: 'NUL in a key', path: () => '/organizations', raw: () => json(anOrganization()).replace('{', '{"we\\u0000b":1,'), field: 'we\\u0000b' },
  // Item 17: prototype keys, refused like any unknown field, at any depth
  { name: '__proto__ at the top', path: () => '/organizations', raw: () => json(anOrganization()).replace('{', '{"__proto__":{"role":"admin"},'), field: '__proto__' },
  { name: 'constructor at the top', path: () => '/organizations', raw: () => json(anOrganization()).replace('{', '{"constructor":{"prototype":{"x":1}},'), field: 'constructor' },
  { name: 'prototype inside budget', path: () => '/activities', raw: (i) => json(activity(i)).replace('"budget":{', '"budget":{"prototype":1,'), field: 'budget.prototype' },
  { name: '__proto__ inside a location', path: () => '/activities', raw: (i) => json(activity(i)).replace('"locations":[{', '"locations":[{"__proto__":{"x":1},'), field: 'locations[0].__proto__' },
  // Item 13 in query strings that reach storage
  { name: 'NUL in a list filter', method: 'get', path: () => '/activities?province=Khat%00lon', field: 'province' },
  { name: 'NUL in the audit stream filter', method: 'get', path: () => '/audit?stream=activity-%00', field: 'stream' },
  // Names every object answers to: the check for unknown fields took them for known ones.
  { name: 'toString as a list filter', method: 'get', path: () => '/activities?toString=1', field: 'toString' },
  { name: 'valueOf in an export\'s query', method: 'get', path: (i) => `/plans/${i.planId}/export.csv?valueOf=1`, field: 'valueOf' },
  { name: 'hasOwnProperty in a body', path: () => '/organizations', raw: () => json(anOrganization()).replace('{', '{"hasOwnProperty":"x",'), field: 'hasOwnProperty' },
  // Item 15: impossible timestamps
  { name: 'impossible knownAt on an activity', method: 'get', path: (i) => `/activities/${i.activityId}?knownAt=2020-13-45T99:99Z`, field: 'knownAt' },
  { name: 'impossible knownAt on a dashboard', method: 'get', path: (i) => `/plans/${i.planId}/dashboard?knownAt=2019-02-29T10:00Z`, field: 'knownAt' },
  { name: 'year 0 knownAt', method: 'get', path: (i) => `/activities/${i.activityId}?knownAt=0000-01-01T00:00Z`, field: 'knownAt' },
  { name: 'impossible audit from', method: 'get', path: () => '/audit?from=2020-13-45T99:99Z', field: 'from' },
  { name: 'impossible audit to (a date)', method: 'get', path: () => '/audit?to=2020-02-30', field: 'to' },
  { name: 'year 0 audit from', method: 'get', path: () => '/audit?from=0000-01-01', field: 'from' },
  // A window that ends before it begins is a mistake to say, not an empty page.
  { name: 'audit to before from', method: 'get', path: () => '/audit?from=2020-02-01T00:00:00Z&to=2020-01-31T23:59:59Z', field: 'to' },
  { name: 'audit to (a date) before from (a moment in another zone)', method: 'get', path: () => '/audit?from=2020-02-01T05:00%2B05:00&to=2020-01-31', field: 'to' },
  // Item 1: the asOf query is a business date like the others
  { name: 'asOf in year 0', method: 'get', path: (i) => `/activities/${i.activityId}?asOf=0000-01-01`, field: 'asOf' },
  { name: 'asOf after 2199', method: 'get', path: (i) => `/plans/${i.planId}/dashboard?asOf=2200-01-01`, field: 'asOf' },
];

describe('the JSON and query edge refuses bad input with a 400 naming the field, and appends nothing', () => {
  let app: TestApp;
  let ids: Ids;
  beforeAll(async () => {
    app = await startTestApp();
    const base = await plannedActivity(app);
    const started = await write(app, '/activities', anActivity({ planId: base.planId, objectiveId: base.objectiveId, leadAgencyId: base.leadId }, { code: '2.4' }));
    await write(app, `/activities/${started.id}/start`, { startedOn: '2016-02-01' });
    ids = { ...base, startedActivityId: started.id };
  }, 60_000);
  afterAll(async () => app.close());

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await app.allEvents();
    const response = c.method === 'get' ? await app.http.get(c.path(ids)) : await app.http.post(c.path(ids)).set('Content-Type', 'application/json').send(c.raw!(ids));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: c.code ?? 'VALIDATION_FAILED' });
    expect(typeof response.body.message).toBe('string');
    const fields: string[] = response.body.fields.map((f: { field: string }) => f.field);
    if (typeof c.field === 'string') expect(fields).toContain(c.field);
    else expect(fields.some((f) => (c.field as RegExp).test(f))).toBe(true);
    expect(JSON.stringify(response.body)).not.toMatch(/stack|SELECT|INSERT|at \w+ \(/);
    expect((await app.allEvents()).map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  it('answers a body that is not JSON with a 415 saying what to send, not with fields it could not read; an empty write passes', async () => {
    const before = (await app.allEvents()).length;
    const body = JSON.stringify(anOrganization());
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const response = await app.http.post('/organizations').set('Content-Type', type).send(body);
      expect(`${type} ${response.status}`).toBe(`${type} 415`);
      expect(response.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: expect.stringContaining('application/json') });
    }
    expect((await app.allEvents()).length).toBe(before);
    // A write that carries no body at all is the route's to judge (here: a 400 naming the fields it needs).
    const empty = await app.http.post('/organizations');
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('VALIDATION_FAILED');
  });

  it('refuses bytes that are not UTF-8 in a JSON body (they would be stored as U+FFFD), appending nothing', async () => {
    const before = (await app.allEvents()).length;
    const text = JSON.stringify(anOrganization({ name: 'Ministry XX' }));
    for (const bad of [Buffer.from([0xff, 0xfe]), Buffer.from([0xc0, 0x80])]) {
      const at = text.indexOf('XX');
      const body = Buffer.concat([Buffer.from(text.slice(0, at)), bad, Buffer.from(text.slice(at + 2))]);
      // The bytes as sent (the test agent would send a Buffer as its JSON form).
      const response = await fetch(`${app.url}/organizations`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${app.adminToken}` }, body });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ code: 'INVALID_JSON', message: 'the body is not valid UTF-8' });
    }
    expect((await app.allEvents()).length).toBe(before);
  });

  it('reads JSON sent under another JSON media type (merge-patch, a vendor type) as JSON', async () => {
    for (const [type, acronym] of [['application/merge-patch+json', 'MERGE'], ['application/vnd.api+json; charset=utf-8', 'VENDOR']]) {
      const response = await app.http.post('/organizations').set('Content-Type', type).send(JSON.stringify(anOrganization({ acronym })));
      expect(`${type} ${response.status}`).toBe(`${type} 201`);
      expect((await app.http.get(`/organizations/${response.body.id}`).query({ minPosition: response.body.position })).body.acronym).toBe(acronym);
    }
  });

  it('still accepts text with ordinary non-ASCII characters and well-formed surrogate pairs', async () => {
    const response = await app.http.post('/organizations').send(anOrganization({ name: 'Ассоциация мигрантов 🇹🇯 Ōsaka' }));
    expect(response.status).toBe(201);
  });

  it('lets 64 levels reach validation and refuses 65 at the parser', async () => {
    // The body object is level 1: under `extra`, 63 more objects make 64 levels, 64 more make 65.
    const atLimit = await app.http.post('/organizations').set('Content-Type', 'application/json').send(withRaw(anOrganization({ extra: 'DEEP' }), 'DEEP', nested(63)));
    expect(atLimit.status).toBe(400);
    expect(atLimit.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'extra' }] });
    const over = await app.http.post('/organizations').set('Content-Type', 'application/json').send(withRaw(anOrganization({ extra: 'DEEP' }), 'DEEP', nested(64)));
    expect(over.status).toBe(400);
    expect(over.body.code).toBe('JSON_TOO_DEEP');
  });
});
