import { execFileSync } from 'node:child_process';
import { ACTIVITY, AggregateStore, CodeReservations, PLAN, reserveExistingCodes, type CommandEnvelope } from '#application';
import { planContextOf, type PlanState } from '#domain';
import { anActivity, aPlan, uniqueCode } from '../support/builders.js';
import { correctableActivity } from '../support/correction-scenario.js';
import { schemaOrderErrors } from '../support/iati-schema.js';
import { moment } from '../support/moment.js';
import { projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Correcting a plan's or an activity's code (POST …/recode): a typo fixed in any status, the code's
 * reservation moved with it, a duplicate made before codes were unique resolved, and the IATI export
 * naming the identifier the activity was published under before.
 */
describe('recoding plans and activities over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  const NOBODY = '00000000-0000-4000-8000-000000000000';
  const eventCount = async () => (await app.allEvents()).length;
  const read = async (path: string, position: string, query: Record<string, string> = {}) =>
    (await app.http.get(path).query({ minPosition: position, ...query })).body;
  const found = async (path: string, query: Record<string, string>, position: string) =>
    ((await app.http.get(path).query({ pageSize: 100, minPosition: position, ...query })).body.items as { id: string }[]).map((item) => item.id);
  const lastChange = async (path: string, position: string) => (await app.http.get(`${path}/history`).query({ minPosition: position })).body.items.at(-1);
  const refusal = (response: { status: number; body: { code?: string; field?: string; holder?: unknown } }) => ({
    status: response.status,
    code: response.body.code,
    field: response.body.field,
    holder: response.body.holder,
  });
  const anotherActivity = (s: Awaited<ReturnType<typeof correctableActivity>>, code: string) =>
    app.http.post('/activities').send(anActivity({ planId: s.planId, objectiveId: s.objectiveId, leadAgencyId: s.leadId }, { code }));

  describe('POST /activities/:id/recode', () => {
    it('corrects the code: the activity, its list, search, export and history follow; the old code is free, the new one taken', async () => {
      const s = await correctableActivity(app);
      const path = `/activities/${s.activityId}`;
      const shownBefore = await moment();
      const recoded = await app.http.post(`${path}/recode`).set('If-Match', '"0"').send({ code: '2.3b', reason: 'typed 2.3 for 2.3b' });
      expect({ status: recoded.status, revision: recoded.body.revision, etag: recoded.headers.etag }).toEqual({ status: 200, revision: 1, etag: '"1"' });

      expect(await read(path, recoded.body.position)).toMatchObject({
        code: '2.3b',
        formerCodes: [{ code: '2.3', until: expect.any(String) }],
        status: 'planned',
      });
      expect(await found('/activities', { planId: s.planId, q: '2.3b' }, recoded.body.position)).toEqual([s.activityId]);
      expect(await found('/activities', { planId: s.planId, code: '2.3' }, recoded.body.position)).toEqual([]);
      // A correction says what the record should always have said: every asOf sees it; knownAt before it does not.
      expect(await read(path, recoded.body.position, { asOf: '2016-01-01' })).toMatchObject({ code: '2.3b' });
      expect((await app.http.get(path).query({ knownAt: shownBefore })).body).toMatchObject({ code: '2.3' });
      const csv = (await app.http.get(`/plans/${s.planId}/export.csv`).query({ minPosition: recoded.body.position })).text;
      expect(csv).toContain('2.3b');
      expect(await lastChange(path, recoded.body.position)).toMatchObject({
        type: 'ActivityRecoded',
        reason: 'typed 2.3 for 2.3b',
        data: { before: { code: '2.3' }, after: { code: '2.3b' } },
      });

      expect((await anotherActivity(s, '2.3')).status).toBe(201);
      expect(refusal(await anotherActivity(s, '2.3B'))).toEqual({
        status: 409,
        code: 'DUPLICATE_CODE',
        field: 'code',
        holder: { kind: 'activity', id: s.activityId },
      });
    });

    it('corrects the code of a completed or cancelled activity too', async () => {
      const s = await correctableActivity(app);
      await write(app, `/activities/${s.activityId}/cancel`, { reason: 'funding withdrawn' });
      const recoded = await app.http.post(`/activities/${s.activityId}/recode`).send({ code: '2.4', reason: 'numbered 2.4 in the decree' });
      expect(recoded.status).toBe(200);
      expect(await read(`/activities/${s.activityId}`, recoded.body.position)).toMatchObject({ code: '2.4', status: 'cancelled' });
    });

    it('refuses a code another activity of the plan holds (409 naming it), appending nothing; an activity of another plan may hold it', async () => {
      const s = await correctableActivity(app);
      const other = await anotherActivity(s, '3.1a');
      const elsewhere = await correctableActivity(app);
      const count = await eventCount();
      const refused = await app.http.post(`/activities/${s.activityId}/recode`).send({ code: '3.1A', reason: 'x' });
      expect(refusal(refused)).toEqual({ status: 409, code: 'DUPLICATE_CODE', field: 'code', holder: { kind: 'activity', id: other.body.id } });
      expect(await eventCount()).toBe(count);
      expect((await app.http.post(`/activities/${elsewhere.activityId}/recode`).send({ code: '3.1a', reason: 'the other plan numbers it so' })).status).toBe(
        200,
      );
    });

    it('records another spelling of its own code without moving the reservation', async () => {
      const s = await correctableActivity(app, { code: '4.1a' });
      const count = await eventCount();
      const respelt = await app.http.post(`/activities/${s.activityId}/recode`).send({ code: '4.1A', reason: 'the plan writes letters in capitals' });
      expect(respelt.status).toBe(200);
      // The activity's event alone: no reservation taken or released.
      expect((await app.allEvents()).slice(count).map((e) => e.type)).toEqual(['ActivityRecoded']);
      expect(refusal(await anotherActivity(s, '4.1a'))).toEqual({
        status: 409,
        code: 'DUPLICATE_CODE',
        field: 'code',
        holder: { kind: 'activity', id: s.activityId },
      });
    });
  });

  describe('POST /plans/:id/recode', () => {
    it('corrects the code of an adopted plan: the plan, its list, its dashboard and history follow; the old code is free, the new one taken', async () => {
      const s = await correctableActivity(app);
      const path = `/plans/${s.planId}`;
      const adopted = await write(app, `${path}/adopt`, { adoptedOn: '2015-03-03', instrument: 'Government Decree No. 123' });
      const before = (await read(path, adopted.position)).code as string;
      const after = uniqueCode('TJ-DIASPORA-2015');
      const recoded = await app.http.post(`${path}/recode`).set('If-Match', `"${adopted.revision}"`).send({ code: after, reason: 'the decree names it so' });
      expect({ status: recoded.status, revision: recoded.body.revision }).toEqual({ status: 200, revision: adopted.revision + 1 });

      expect(await read(path, recoded.body.position)).toMatchObject({
        code: after,
        formerCodes: [{ code: before, until: expect.any(String) }],
        status: 'adopted',
      });
      expect(await found('/plans', { q: after }, recoded.body.position)).toEqual([s.planId]);
      expect(await found('/plans', { q: before }, recoded.body.position)).toEqual([]);
      expect(await read(`${path}/dashboard`, recoded.body.position)).toMatchObject({ code: after });
      expect(await lastChange(path, recoded.body.position)).toMatchObject({
        type: 'PlanRecoded',
        reason: 'the decree names it so',
        data: { before: { code: before }, after: { code: after } },
      });

      expect((await app.http.post('/plans').send(aPlan({ code: before }))).status).toBe(201);
      expect(refusal(await app.http.post('/plans').send(aPlan({ code: after.toLowerCase() })))).toEqual({
        status: 409,
        code: 'DUPLICATE_CODE',
        field: 'code',
        holder: { kind: 'plan', id: s.planId },
      });
    });

    it('refuses a code another plan holds (409 naming it), appending nothing', async () => {
      const s = await correctableActivity(app);
      const otherCode = uniqueCode('TJ-OTHER');
      const other = await write(app, '/plans', aPlan({ code: otherCode }));
      const count = await eventCount();
      const refused = await app.http.post(`/plans/${s.planId}/recode`).send({ code: otherCode.toLowerCase(), reason: 'x' });
      expect(refusal(refused)).toEqual({ status: 409, code: 'DUPLICATE_CODE', field: 'code', holder: { kind: 'plan', id: other.id } });
      expect(await eventCount()).toBe(count);
    });
  });

  type Scenario = Awaited<ReturnType<typeof correctableActivity>>;
  /** Both routes, on a record of the correction scenario. */
  const ROUTES = [
    { name: 'an activity', record: (s: Scenario) => `/activities/${s.activityId}`, unknown: `/activities/${NOBODY}/recode`, tooLong: 31 },
    { name: 'a plan', record: (s: Scenario) => `/plans/${s.planId}`, unknown: `/plans/${NOBODY}/recode`, tooLong: 61 },
  ];

  const BAD_BODIES = (tooLong: number) => [
    { name: 'no code', body: { reason: 'x' }, fields: ['code'] },
    { name: 'a blank code', body: { code: '   ', reason: 'x' }, fields: ['code'] },
    { name: 'a code with a space', body: { code: '1 2', reason: 'x' }, fields: ['code'] },
    { name: 'a code with a slash', body: { code: '1/2', reason: 'x' }, fields: ['code'] },
    { name: 'a code of invisible characters', body: { code: '\u200b', reason: 'x' }, fields: ['code'] },
    { name: 'a code that is no string', body: { code: 7, reason: 'x' }, fields: ['code'] },
    { name: 'a code too long', body: { code: 'x'.repeat(tooLong), reason: 'x' }, fields: ['code'] },
    { name: 'no reason', body: { code: 'X-1' }, fields: ['reason'] },
    { name: 'a blank reason', body: { code: 'X-1', reason: ' ' }, fields: ['reason'] },
    { name: 'an unknown field', body: { code: 'X-1', reason: 'x', title: 'y' }, fields: ['title'] },
  ];

  describe.each(ROUTES)('recoding $name', ({ record, unknown, tooLong }) => {
    it.each(BAD_BODIES(tooLong))('refuses $name with a 400 naming the field, appending nothing', async ({ body, fields }) => {
      const s = await correctableActivity(app);
      const count = await eventCount();
      const response = await app.http.post(`${record(s)}/recode`).send(body);
      expect({ status: response.status, code: response.body.code, fields: (response.body.fields as { field: string }[]).map((f) => f.field) }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields,
      });
      expect(await eventCount()).toBe(count);
    });

    it('records nothing for the code it has, and answers its revision', async () => {
      const s = await correctableActivity(app);
      const { code, revision } = await read(record(s), s.activity.position);
      const count = await eventCount();
      const same = await app.http.post(`${record(s)}/recode`).send({ code, reason: 'checked against the decree' });
      expect({ status: same.status, revision: same.body.revision }).toEqual({ status: 200, revision });
      expect(await eventCount()).toBe(count);
    });

    it('answers 404 for an unknown record, 412 for a stale If-Match (reserving nothing), 403 to an agency, a donor and the commission', async () => {
      const s = await correctableActivity(app);
      const count = await eventCount();
      const missing = await app.http.post(unknown).send({ code: uniqueCode('N'), reason: 'x' });
      expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      const stale = await app.http
        .post(`${record(s)}/recode`)
        .set('If-Match', '"9"')
        .send({ code: uniqueCode('N'), reason: 'x' });
      expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'REVISION_MISMATCH' });
      for (const [role, organization] of [
        ['agency', s.leadId],
        ['donor', s.donorId],
        ['commission', null],
      ] as const) {
        const caller = await app.token(role, organization);
        const refused = await app
          .as(caller.token)
          .post(`${record(s)}/recode`)
          .send({ code: uniqueCode('N'), reason: 'x' });
        expect({ role, status: refused.status }).toEqual({ role, status: 403 });
      }
      expect(await eventCount()).toBe(count);
    });

    it('a retry with the same Idempotency-Key answers the same and appends nothing', async () => {
      const s = await correctableActivity(app);
      const body = { code: uniqueCode('R'), reason: 'typo' };
      const key = `recode-${crypto.randomUUID()}`;
      const first = await app.http
        .post(`${record(s)}/recode`)
        .set('Idempotency-Key', key)
        .send(body);
      expect(first.status).toBe(200);
      const count = await eventCount();
      const again = await app.http
        .post(`${record(s)}/recode`)
        .set('Idempotency-Key', key)
        .send(body);
      expect(again.body).toEqual(first.body);
      expect(await eventCount()).toBe(count);
    });
  });

  it('the IATI export names the identifiers an activity had before its code and its plan’s were corrected (A3, in the schema’s order)', async () => {
    const s = await correctableActivity(app, { code: '1.2.33' });
    const ref = app.config.IATI_REPORTING_ORG_REF;
    const typed = (await read(`/plans/${s.planId}`, s.activity.position)).code as string;
    const planCode = uniqueCode('TJ-CORRECTED');
    await write(app, `/activities/${s.activityId}/recode`, { code: '1.2.3', reason: 'typed 1.2.33 for 1.2.3' });
    const last = await write(app, `/plans/${s.planId}/recode`, { code: planCode, reason: 'the decree names it so' });
    // An activity planned after the plan's correction was never published under its old code.
    const later = await anotherActivity(s, '1.2.4');
    await projected(app, later.body.position);

    const xml = (await app.http.get(`/plans/${s.planId}/iati.xml`).query({ minPosition: last.position }).buffer(true)).text;
    expect(() => execFileSync('xmllint', ['--noout', '-'], { input: xml, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
    expect(schemaOrderErrors(xml).errors).toEqual([]);
    const activities = [...xml.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>[\s\S]*?<activity-status/g)].map((m) => ({
      identifier: m[1],
      previous: [...m[0].matchAll(/<other-identifier ref="([^"]+)" type="A3"\/>/g)].map((p) => p[1]),
    }));
    expect(activities).toEqual([
      { identifier: `${ref}-${planCode}-1.2.3`, previous: [`${ref}-${typed}-1.2.33`, `${ref}-${typed}-1.2.3`] },
      { identifier: `${ref}-${planCode}-1.2.4`, previous: [] },
    ]);
  });

  it('resolves codes shared before they were unique: recoding the later record, after which reserve-existing lists none', async () => {
    const envelope = (): CommandEnvelope => {
      const commandId = crypto.randomUUID();
      return {
        commandId,
        correlationId: commandId,
        causationId: commandId,
        actor: { id: app.adminId, name: 'test', role: 'admin', organizationId: null },
        today: new Date().toISOString().slice(0, 10),
        recordedAt: new Date(),
      };
    };
    const today = new Date().toISOString().slice(0, 10);
    const s = await correctableActivity(app);
    const aggregates = app.app.get(AggregateStore);
    // Appended as the service did before codes were reserved: straight to the store, no reservation.
    const legacyPlan = (id: string, code: string) =>
      aggregates.create(PLAN, id, envelope(), () => ({ type: 'DraftPlan' as const, data: { ...aPlan({ code }), planId: id, today } }));
    const plan = (await aggregates.load(PLAN, s.planId)).state as PlanState;
    const legacyActivity = (id: string, code: string) =>
      aggregates.create(ACTIVITY, id, envelope(), () => ({
        type: 'PlanActivity' as const,
        data: {
          ...anActivity({ planId: s.planId, objectiveId: s.objectiveId, leadAgencyId: s.leadId }, { code }),
          titles: { en: 'Legacy activity' },
          activityId: id,
          today,
          context: { plan: planContextOf(plan)! },
        },
      }));
    const legacyCode = uniqueCode('TJ-LEGACY');
    const [olderPlan, newerPlan, olderActivity, newerActivity] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await legacyPlan(olderPlan, legacyCode);
    await legacyPlan(newerPlan, legacyCode.toLowerCase());
    await legacyActivity(olderActivity, '9.1');
    await projected(app, (await legacyActivity(newerActivity, '9.1')).position);
    const reserveExisting = () => reserveExistingCodes(app.events, app.app.get(CodeReservations), envelope());
    expect((await reserveExisting()).duplicates).toEqual([
      { kind: 'plan', id: newerPlan, code: legacyCode.toLowerCase(), holder: { kind: 'plan', id: olderPlan } },
      { kind: 'activity', id: newerActivity, code: '9.1', holder: { kind: 'activity', id: olderActivity } },
    ]);

    // Recoding the later one onto a code another record holds is refused; onto a free one, accepted.
    const onto = await app.http.post(`/activities/${newerActivity}/recode`).send({ code: '2.3', reason: 'x' });
    expect(refusal(onto)).toEqual({ status: 409, code: 'DUPLICATE_CODE', field: 'code', holder: { kind: 'activity', id: s.activityId } });
    const plans = await app.http.post(`/plans/${newerPlan}/recode`).send({ code: `${legacyCode}-B`, reason: 'the second plan of that name' });
    const activity = await app.http.post(`/activities/${newerActivity}/recode`).send({ code: '9.2', reason: 'the second activity numbered 9.1' });
    expect([plans.status, activity.status]).toEqual([200, 200]);

    expect((await reserveExisting()).duplicates).toEqual([]);
    // The earlier records keep their codes (the later one gave up nothing it held); the new codes are held.
    const refs = { planId: s.planId, objectiveId: s.objectiveId, leadAgencyId: s.leadId };
    const holders = await Promise.all([
      app.http.post('/plans').send(aPlan({ code: legacyCode })),
      app.http.post('/plans').send(aPlan({ code: `${legacyCode}-B` })),
      app.http.post('/activities').send(anActivity(refs, { code: '9.1' })),
      app.http.post('/activities').send(anActivity(refs, { code: '9.2' })),
    ]);
    expect(holders.map((r) => [r.status, r.body.holder?.id])).toEqual([
      [409, olderPlan],
      [409, newerPlan],
      [409, olderActivity],
      [409, newerActivity],
    ]);
    expect((await read(`/plans/${newerPlan}`, activity.body.position)).code).toBe(`${legacyCode}-B`);
    expect((await read(`/activities/${newerActivity}`, activity.body.position)).code).toBe('9.2');
  });
});
