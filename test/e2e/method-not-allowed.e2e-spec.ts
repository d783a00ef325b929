import { committedDocument } from '../support/openapi-mutations.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A path that exists, asked with a method it does not take, answers 405 with `Allow` (RFC 9110) and the
 * usual error body; a path no route takes stays a 404. HEAD and OPTIONS are answered as before (HEAD as
 * GET where GET is taken, OPTIONS by CORS when it is on), and so are the web application's pages.
 */
const NO_RECORD = '00000000-0000-4000-8000-00000000dead';
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
const allowOf = (header: string | undefined) =>
  (header ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter(Boolean);

describe('a method a path does not take: 405 with Allow', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  it.each([
    ['delete', `/plans/${NO_RECORD}`, ['GET', 'HEAD']],
    ['put', '/activities', ['GET', 'HEAD', 'POST']],
    ['get', '/auth/login', ['POST']],
    ['patch', `/activities/${NO_RECORD}/start`, ['POST']],
  ] as const)('%s %s → 405, Allow: %j', async (method, path, allowed) => {
    for (const client of [app.http, app.as(null)]) {
      const response = await client[method](path);
      expect(response.status).toBe(405);
      expect(allowOf(response.headers.allow)).toEqual(allowed);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.body).toEqual({ statusCode: 405, code: 'METHOD_NOT_ALLOWED', message: expect.stringContaining(method.toUpperCase()) });
    }
  });

  it('every documented path asked with a method it does not document: 405, Allow naming every documented method', async () => {
    const paths = Object.entries(committedDocument().paths);
    expect(paths.length).toBeGreaterThanOrEqual(100);
    const wrong: string[] = [];
    for (const [template, operations] of paths) {
      const documented = Object.keys(operations).filter((m) => (METHODS as readonly string[]).includes(m));
      const method = METHODS.find((m) => !documented.includes(m))!;
      const response = await app.http[method](template.replace(/\{[^}]+\}/g, NO_RECORD));
      const allowed = allowOf(response.headers.allow);
      const expected = documented.map((m) => m.toUpperCase());
      if (
        response.status !== 405 ||
        response.body.code !== 'METHOD_NOT_ALLOWED' ||
        !expected.every((m) => allowed.includes(m)) ||
        allowed.includes(method.toUpperCase())
      )
        wrong.push(`${method.toUpperCase()} ${template}: ${response.status} Allow ${response.headers.allow}`);
    }
    expect(wrong).toEqual([]);
  });

  it('a path no route takes stays a 404 NOT_FOUND, whatever the method, with no Allow', async () => {
    for (const [method, path] of [
      ['get', '/nothing-here'],
      ['delete', '/nothing-here'],
      ['post', `/plans/${NO_RECORD}/nothing-here`],
      ['get', '/plans/a/b/c/d/e'],
      // The web application's pages (an SPA, served when built): never a 405.
      ['post', '/app/plans'],
      ['delete', '/app/plans/1'],
    ] as const) {
      const response = await app.http[method](path);
      expect({ method, path, status: response.status, code: response.body.code }).toEqual({ method, path, status: 404, code: 'NOT_FOUND' });
      expect(response.headers.allow).toBeUndefined();
    }
  });

  it('HEAD and OPTIONS are answered as before: HEAD as GET where GET is taken; otherwise, and OPTIONS without CORS, a 404', async () => {
    const head = await app.http.head('/plans');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toMatch(/^application\/json/);
    for (const [method, path] of [
      ['head', '/auth/login'],
      ['options', '/plans'],
      ['options', '/nothing-here'],
    ] as const) {
      const response = await app.http[method](path);
      expect({ method, path, status: response.status, allow: response.headers.allow }).toEqual({ method, path, status: 404, allow: undefined });
    }
  });

  it('the web application’s pages are not routes: a GET is its page (when built) or a 404, never a 405', async () => {
    expect([200, 404]).toContain((await app.as(null).get('/app/plans')).status);
  });
});

describe('with CORS on: a preflight is answered by CORS, not a 405', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: 'https://dashboard.example.org' });
  }, 60_000);
  afterAll(async () => app.close());

  it('answers the preflight of a method the path does not take as any other, and the method itself with 405 and CORS headers', async () => {
    const preflight = await app.as(null).options('/activities').set('Origin', 'https://dashboard.example.org').set('Access-Control-Request-Method', 'PUT');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://dashboard.example.org');
    const put = await app.as(null).put('/activities').set('Origin', 'https://dashboard.example.org');
    expect(put.status).toBe(405);
    expect(put.headers['access-control-allow-origin']).toBe('https://dashboard.example.org');
  });
});
