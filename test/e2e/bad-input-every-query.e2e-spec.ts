import { committedDocument, ODD_QUERY_VALUES, readParameters, readPaths, wrongQueryValues } from '../support/openapi-mutations.js';
import { recordPaths } from '../support/record-paths.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every query parameter of every documented read: a value of the wrong kind (not a number, not true or
 * false, not one of its values, not an id) answers a 400 naming the parameter; long, empty, NUL, lone
 * surrogate, impossible dates and repeated parameters never answer a 5xx. The paths name real records,
 * so the values reach the handlers and the database.
 */
const parameters = readParameters(committedDocument());

describe('every documented query parameter refuses a wrong value with a 400 naming it, and no value costs a 5xx', () => {
  let app: TestApp;
  let recordOf: (path: string) => string;
  beforeAll(async () => {
    app = await startTestApp();
    recordOf = await recordPaths(app);
  }, 60_000);
  afterAll(async () => app.close());

  it('covers the reads of the document', () => {
    expect(parameters.length).toBeGreaterThanOrEqual(100);
    expect(parameters.map((p) => `${p.path}?${p.name}`)).toEqual(
      expect.arrayContaining(['/activities?pageSize', '/activities?overdue', '/plans/{id}/dashboard?asOf', '/audit?from']),
    );
  });

  // A misspelt filter (`?stauts=open`) answered as if it were not there would pass for an empty filter. The
  // probes are the exception (a monitor may add what it likes to its URL), and the one-time link's route
  // (a mail program may add its own parameters to a link in a message).
  it('every documented read refuses a parameter it does not know, naming it (the probes and the one-time link aside)', async () => {
    const probes = ['/health', '/metrics', '/auth/password'];
    const paths = readPaths(committedDocument()).filter((path) => !probes.includes(path));
    expect(paths.length).toBeGreaterThanOrEqual(40);
    const wrong: string[] = [];
    for (const path of paths) {
      const response = await app.http.get(`${recordOf(path)}?colour=blue`);
      const fields = ((response.body?.fields ?? []) as { field: string }[]).map((f) => f.field);
      if (response.status !== 400 || !fields.includes('colour')) wrong.push(`${path}: ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it.each(parameters.map((p) => [`${p.path}?${p.name}`, p] as const))('%s', async (_name, parameter) => {
    const url = recordOf(parameter.path);
    const wrong: string[] = [];
    for (const value of wrongQueryValues(parameter.schema)) {
      const response = await app.http.get(`${url}?${parameter.name}=${encodeURIComponent(value)}`);
      const fields = ((response.body?.fields ?? []) as { field: string }[]).map((f) => f.field);
      if (response.status !== 400 || !fields.includes(parameter.name))
        wrong.push(`${value}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
    }
    for (const query of [...ODD_QUERY_VALUES.map((v) => `${parameter.name}=${v}`), `${parameter.name}=a&${parameter.name}=b`]) {
      const response = await app.http.get(`${url}?${query}`);
      if (response.status >= 500) wrong.push(`${query.slice(0, 40)}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
    }
    expect(wrong).toEqual([]);
  });
});
