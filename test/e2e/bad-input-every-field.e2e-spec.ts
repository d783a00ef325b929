import { badBodies, committedDocument, pathOfNoRecord, writeOperations } from '../support/openapi-mutations.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every operation of the OpenAPI document that takes a body, and every field of that body to one level
 * down, sent wrong: each answer is a 400 naming the field (or the object holding it, its message naming
 * the field), never a 500, and nothing is appended. Path parameters are ids of no record: validation
 * answers before any lookup. A new endpoint or field is covered as soon as it is documented.
 */
const document = committedDocument();
const operations = writeOperations(document);

interface FieldError {
  field: string;
  messages: string[];
}

/** The field itself, a field inside it, or the object holding it with a message that names it. */
function names(errors: FieldError[], field: string): boolean {
  return errors.some(
    (e) =>
      e.field === field ||
      e.field.startsWith(`${field}.`) ||
      e.field.startsWith(`${field}[`) ||
      ((field.startsWith(`${e.field}.`) || field.startsWith(`${e.field}[`)) && e.messages.some((m) => m.includes(field.slice(field.lastIndexOf('.') + 1)))),
  );
}

describe('every documented body refuses a wrong field with a 400 naming it, and appends nothing', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  it('covers the writes of the document', () => {
    expect(operations.length).toBeGreaterThanOrEqual(60);
    expect(operations.map((o) => `${o.method} ${o.path}`)).toEqual(
      expect.arrayContaining(['post /activities', 'post /activities/{id}/progress-reports', 'post /decisions', 'post /users']),
    );
  });

  it.each(operations.map((o) => [`${o.method.toUpperCase()} ${o.path}`, o] as const))('%s', async (_name, operation) => {
    const url = pathOfNoRecord(operation);
    const cases = [{ name: 'a list for the body', field: '', body: [] as unknown }, ...badBodies(document, operation)];
    const head = await app.events.headPosition();
    // JSON all the same, but not an object: the parser refuses it before validation can name a field.
    const text = await app.http.post(url).set('Content-Type', 'application/json').send('"x"');
    expect(text.body).toEqual({ statusCode: 400, code: 'INVALID_JSON', message: 'the body must be a JSON object' });
    const wrong: string[] = [];
    for (const c of cases) {
      const response = await app.http.post(url).set('Content-Type', 'application/json').send(JSON.stringify(c.body));
      const errors = (response.body?.fields ?? []) as FieldError[];
      const shaped = errors.length > 0 && errors.every((e) => typeof e.field === 'string' && e.messages.length > 0);
      if (response.status !== 400 || response.body.code !== 'VALIDATION_FAILED' || !shaped || (c.field && !names(errors, c.field)))
        wrong.push(`${c.name}: ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
    }
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThan(2);
    expect(await app.events.headPosition()).toBe(head);
  });
});
