import { anActivity, anOrganization } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** An Idempotency-Key names one request: a retry of it answers the first result, anything else is a 422. */
describe('Idempotency-Key reused for a different request', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof plannedActivity>>;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await plannedActivity(app);
    await write(app, `/activities/${ids.activityId}/start`, { startedOn: '2016-02-01' });
  }, 60_000);
  afterAll(async () => app.close());

  const commitment = (amount: string) => ({ donorId: ids.donorId, money: { amount, currency: 'EUR' }, committedOn: '2016-01-15' });
  const commit = (key: string, amount: string) => app.http.post(`/activities/${ids.activityId}/funding-commitments`).set('Idempotency-Key', key).send(commitment(amount));
  /** A second activity under the same plan and objective (codes are unique within a plan). */
  const anotherActivity = (code: string) => write(app, '/activities', anActivity({ planId: ids.planId, objectiveId: ids.objectiveId, leadAgencyId: ids.leadId }, { code }));
  const commitments = async () => (await app.events.readStream(`activity-${ids.activityId}`)).filter((e) => e.type === 'FundsCommitted');

  it('answers 20 different commitments sent one after another with one key: the first stored, 19 × 422', async () => {
    const before = (await commitments()).length;
    const first = await commit('one-key-20-commitments', '1.00');
    expect(first.status).toBe(201);
    for (let n = 2; n <= 20; n++) {
      const response = await commit('one-key-20-commitments', `${n}.00`);
      expect(response.status).toBe(422);
      expect(response.body).toMatchObject({ statusCode: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(typeof response.body.message).toBe('string');
    }
    const stored = await commitments();
    expect(stored).toHaveLength(before + 1);
    expect(stored.at(-1)!.data).toMatchObject({ money: { amount: '1.00', currency: 'EUR' } });
  });

  it('answers 20 different commitments sent at once with one key: exactly one stored, every other a 422', async () => {
    const before = (await commitments()).length;
    const responses = await Promise.all(Array.from({ length: 20 }, (_, n) => commit('one-key-20-at-once', `${n + 1}.00`)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array(19).fill(422)]);
    expect(await commitments()).toHaveLength(before + 1);
  });

  it('spends a key on a request that changed nothing: another request under it is a 422, and the same again answers as the first time', async () => {
    const amend = (key: string, description: string) => app.http.post(`/activities/${ids.activityId}/amend`).set('Idempotency-Key', key).send({ description, reason: 'wording' });
    const stream = `activity-${ids.activityId}`;
    const current = (await app.http.get(`/activities/${ids.activityId}`)).body.description as string;
    const unchanged = await amend('no-op-first', current);
    expect(unchanged.status).toBe(200);
    const before = (await app.events.readStream(stream)).length;
    const other = await amend('no-op-first', 'A description the first request did not send');
    expect({ status: other.status, code: other.body.code }).toEqual({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED' });
    // Someone else changes the record; the first request sent again still changes nothing and answers as before.
    expect((await amend('someone-else', 'Reworded by a colleague')).status).toBe(200);
    const moved = (await app.events.readStream(stream)).length;
    expect(moved).toBe(before + 1);
    const again = await amend('no-op-first', current);
    expect({ status: again.status, body: again.body }).toEqual({ status: 200, body: unchanged.body });
    expect(await app.events.readStream(stream)).toHaveLength(moved);
  });

  it('still answers the same request sent again with the same key from the first result, even with the keys of its body reordered', async () => {
    const first = await commit('same-request-twice', '5.00');
    const body = commitment('5.00');
    const reordered = { committedOn: body.committedOn, money: { currency: 'EUR', amount: '5.00' }, donorId: body.donorId };
    const again = await app.http.post(`/activities/${ids.activityId}/funding-commitments`).set('Idempotency-Key', 'same-request-twice').send(reordered);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it('refuses a create retried with the same key but another body, and creates nothing more', async () => {
    const first = await app.http.post('/organizations').set('Idempotency-Key', 'create-org-once').send(anOrganization({ acronym: 'ONE' }));
    expect(first.status).toBe(201);
    const other = await app.http.post('/organizations').set('Idempotency-Key', 'create-org-once').send(anOrganization({ acronym: 'TWO' }));
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const stream = await app.events.readStream(`organization-${first.body.id}`);
    expect(stream).toHaveLength(1);
    expect(stream[0].data).toMatchObject({ acronym: 'ONE' });
  });

  it('refuses the key of one write on another path of the same record', async () => {
    const { id: activityId } = await anotherActivity('3.1');
    expect((await app.http.post(`/activities/${activityId}/start`).set('Idempotency-Key', 'start-then-suspend').send({ startedOn: '2016-02-01' })).status).toBe(200);
    const before = await app.events.readStream(`activity-${activityId}`);
    const other = await app.http.post(`/activities/${activityId}/suspend`).set('Idempotency-Key', 'start-then-suspend').send({ reason: 'funding gap' });
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await app.events.readStream(`activity-${activityId}`)).toHaveLength(before.length);
  });

  it('refuses the key of one record on another record, and on another route, appending nothing there', async () => {
    const second = { activityId: (await anotherActivity('3.2')).id, donorId: ids.donorId };
    await write(app, `/activities/${second.activityId}/start`, { startedOn: '2016-02-01' });
    expect((await commit('first-record-only', '7.00')).status).toBe(201);
    const before = await app.events.readStream(`activity-${second.activityId}`);
    const elsewhere = await app.http
      .post(`/activities/${second.activityId}/funding-commitments`)
      .set('Idempotency-Key', 'first-record-only')
      .send({ donorId: second.donorId, money: { amount: '7.00', currency: 'EUR' }, committedOn: '2016-01-15' });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await app.events.readStream(`activity-${second.activityId}`)).toHaveLength(before.length);
    const created = await app.http.post('/organizations').set('Idempotency-Key', 'first-record-only').send(anOrganization({ acronym: 'ELSE' }));
    expect(created.status).toBe(422);
    expect(created.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('keeps keys apart per caller: another token may use the same key for its own request', async () => {
    const other = await app.token('secretariat');
    const mine = await app.http.post('/organizations').set('Idempotency-Key', 'shared-key').send(anOrganization({ acronym: 'MINE' }));
    const theirs = await app.as(other.token).post('/organizations').set('Idempotency-Key', 'shared-key').send(anOrganization({ acronym: 'THEIRS' }));
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).not.toBe(mine.body.id);
  });
});
