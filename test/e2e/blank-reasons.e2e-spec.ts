import { committedDocument, pathOfNoRecord, writeOperations, type Schema, type WriteOperation } from '../support/openapi-mutations.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Every route that takes a `reason` refuses a blank one (spaces, zero-width and blank characters) at the
 * edge: 400 VALIDATION_FAILED naming `reason`, never the domain's 409 REASON_REQUIRED on some routes and
 * a 400 on others; a required one left out is a 400 naming it too. An optional reason (needed only in
 * some cases: a report correcting a period, closing a plan never adopted…) may still be left out.
 * Path parameters name no record: the body is judged before anything is looked up.
 */
const document = committedDocument();
const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop()!]) : schema);
const BLANK = ' \u200b\u2800\u3164 ';

interface ReasonRoute {
  name: string;
  path: string;
  required: boolean;
}

const documented: ReasonRoute[] = writeOperations(document).flatMap((operation: WriteOperation) => {
  const body = resolve(operation.body);
  if (!body.properties?.reason) return [];
  return [
    { name: `${operation.method.toUpperCase()} ${operation.path}`, path: pathOfNoRecord(operation), required: body.required?.includes('reason') ?? false },
  ];
});
// A person revoking a token of their own may say why; the committed document gives that route no body until it is regenerated.
const routes: ReasonRoute[] = [
  ...documented,
  ...(documented.some((r) => r.name === 'POST /auth/tokens/{id}/revoke')
    ? []
    : [{ name: 'POST /auth/tokens/{id}/revoke', path: '/auth/tokens/00000000-0000-4000-8000-00000000dead/revoke', required: false }]),
];

type FieldError = { field: string; messages: string[] };
const reasonErrors = (body: { fields?: FieldError[] }) => (body.fields ?? []).filter((f) => f.field === 'reason');

describe('a blank reason is refused at the edge on every route that takes one', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  it('covers the routes of the document that take a reason, required and optional', () => {
    expect(routes.length).toBeGreaterThanOrEqual(35);
    const names = routes.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining(['POST /activities/{id}/suspend', 'POST /users/{id}/disable', 'POST /decisions/{id}/revoke', 'POST /plans/{id}/revise']),
    );
    expect(routes.filter((r) => !r.required).map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'POST /activities/{id}/progress-reports',
        'POST /plans/{id}/close',
        'POST /plans/{id}/reporting-calendar',
        'POST /recommendations/{id}/accept',
      ]),
    );
  });

  it.each(routes.map((r) => [r.name, r] as const))('%s', async (_name, route) => {
    const head = await app.events.headPosition();
    const blank = await app.http.post(route.path).send({ reason: BLANK });
    expect(blank.status).toBe(400);
    expect(blank.body.code).toBe('VALIDATION_FAILED');
    expect(reasonErrors(blank.body)).toEqual([{ field: 'reason', messages: ['reason must not be blank'] }]);
    const left = await app.http.post(route.path).send({});
    if (route.required) expect(reasonErrors(left.body).length).toBe(1);
    else expect(reasonErrors(left.body)).toEqual([]);
    expect(await app.events.headPosition()).toBe(head);
  });

  it('on a real record too: a blank reason to suspend a started activity is a 400, not the domain’s 409, and appends nothing', async () => {
    const { activityId } = await plannedActivity(app);
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    const before = (await app.allEvents()).length;
    const response = await app.http.post(`/activities/${activityId}/suspend`).send({ reason: '\u200b' });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([{ field: 'reason', messages: ['reason must not be blank'] }]);
    expect((await app.allEvents()).length).toBe(before);
  });
});
