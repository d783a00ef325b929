import { plannedActivity } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Path parameters and query windows that cannot name anything are 400s naming the field, never a 404 or an answer about something else. */
describe('paths and windows that name nothing', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof plannedActivity>>;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await plannedActivity(app);
  }, 60_000);
  afterAll(async () => app.close());

  const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

  it('a funding entry named by a revision that is no whole number in range: 400 on revision', async () => {
    const before = (await app.allEvents()).length;
    for (const revision of ['-1', '1.5', 'x', '99999999999999999999', '2147483648']) {
      const response = await app.http.post(`/activities/${ids.activityId}/funding-commitments/${revision}/reverse`).send({ reason: 'entered twice' });
      expect(`${revision} ${response.status} ${response.body.code}`).toBe(`${revision} 400 VALIDATION_FAILED`);
      expect(fieldsOf(response.body)).toEqual(['revision']);
      expect(JSON.stringify(response.body)).not.toContain('100000000000000000000');
    }
    expect((await app.allEvents()).length).toBe(before);
  });

  it('a token named by what is no id: 400 on id', async () => {
    const response = await app.http.post('/tokens/not-a-uuid/revoke').send({});
    expect({ status: response.status, fields: fieldsOf(response.body) }).toEqual({ status: 400, fields: ['id'] });
  });

  it('a dimension named by what is no code: 400 on code, the bytes sent not echoed', async () => {
    const response = await app.http.post(`/plans/${ids.planId}/disaggregations/%00/amend`).send({ reason: 'typo', names: { en: 'Sex' } });
    expect({ status: response.status, fields: fieldsOf(response.body) }).toEqual({ status: 400, fields: ['code'] });
    expect(JSON.stringify(response.body)).not.toContain('\\u0000');
  });

  it('meetings between two days in the wrong order: 400 on to, as every other window', async () => {
    const response = await app.http.get('/meetings').query({ from: '2020-01-01', to: '2019-01-01' });
    expect({ status: response.status, fields: fieldsOf(response.body) }).toEqual({ status: 400, fields: ['to'] });
    expect((await app.http.get('/meetings').query({ from: '2019-01-01', to: '2019-01-01' })).status).toBe(200);
  });

  it('an audit digest at a position the log has not reached: 400 on at; at its head, the digest', async () => {
    const head = (await app.allEvents()).at(-1)!.position;
    const beyond = await app.http.get('/audit/digest').query({ at: '99999999999999999999' });
    expect({ status: beyond.status, fields: fieldsOf(beyond.body) }).toEqual({ status: 400, fields: ['at'] });
    const atHead = await app.http.get('/audit/digest').query({ at: head });
    expect(atHead.status).toBe(200);
    expect(atHead.body.position).toBe(head);
  });
});
