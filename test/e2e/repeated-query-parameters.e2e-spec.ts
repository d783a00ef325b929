import { committedDocument, readParameters } from '../support/openapi-mutations.js';
import { recordPaths } from '../support/record-paths.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every query parameter takes one value: given twice (`?page=1&page=2`) it is one clear message naming
 * it, not what each rule makes of a list. A parameter no read knows, given twice, is still unknown.
 */
// The one-time link's token is its own to judge: twice over it names no link, and a browser is sent to the
// page that says so (test/e2e/accounts.e2e-spec.ts), as for whatever else a mail program makes of a link.
const parameters = readParameters(committedDocument()).filter((p) => !(p.path === '/auth/password' && p.name === 'token'));

describe('a query parameter given twice', () => {
  let app: TestApp;
  let recordOf: (path: string) => string;
  beforeAll(async () => {
    app = await startTestApp();
    recordOf = await recordPaths(app);
  }, 60_000);
  afterAll(async () => app.close());

  it('?page=1&page=2 on a list: one message, "page must be given once"', async () => {
    const response = await app.http.get('/activities?page=1&page=2');
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', fields: [{ field: 'page', messages: ['page must be given once'] }] });
  });

  it('names the other wrong parameters beside it, each as it always does', async () => {
    const response = await app.http.get('/activities?page=1&page=2&pageSize=0&status=nonsense');
    expect(response.status).toBe(400);
    const fields = Object.fromEntries((response.body.fields as { field: string; messages: string[] }[]).map((f) => [f.field, f.messages]));
    expect(Object.keys(fields).sort()).toEqual(['page', 'pageSize', 'status']);
    expect(fields.page).toEqual(['page must be given once']);
  });

  it('a parameter no read knows, given twice, is refused as unknown', async () => {
    const response = await app.http.get('/activities?colour=a&colour=b');
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([{ field: 'colour', messages: ['property colour should not exist'] }]);
  });

  it('the same value twice is refused too: which one was meant is not the point, a second one is a mistake', async () => {
    expect((await app.http.get('/activities?page=1&page=1')).body.fields).toEqual([{ field: 'page', messages: ['page must be given once'] }]);
  });

  it.each(parameters.map((p) => [`${p.path}?${p.name}`, p] as const))('%s', async (_name, parameter) => {
    const response = await app.http.get(`${recordOf(parameter.path)}?${parameter.name}=a&${parameter.name}=b`);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const about = (response.body.fields as { field: string; messages: string[] }[]).filter((f) => f.field === parameter.name);
    expect(about).toEqual([{ field: parameter.name, messages: [`${parameter.name} must be given once`] }]);
  });

  it('the probes still take whatever a monitor adds to their address', async () => {
    expect((await app.as(null).get('/health?x=1&x=2')).status).toBe(200);
  });
});
