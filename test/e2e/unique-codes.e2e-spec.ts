import { v5 as uuidv5 } from 'uuid';
import { normalizeCode } from '#domain';
import { AggregateStore, CodeReservations, COMMISSION_SESSION, DECISION, newIdFor, PLAN, reservationStreamId, reserveExistingCodes, type CommandEnvelope } from '#application';
import { anActivity, anObjective, anOrganization, aPlan } from '../support/builders.js';
import { aDecision, aSession, aSessionHeld } from '../support/commission-builders.js';
import { projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Plan codes, activity codes (per plan), organisation acronyms (per country) and session and decision
 * numbers are unique at write time, across concurrent writers, on the Postgres store and
 * (TEST_EVENT_STORE=esdb) on EventStoreDB.
 */
/** The 409 a repeated code answers: the field at fault and the record that holds the code (by id in `holder`, by kind in words). */
const WORDS: Record<string, string> = { plan: 'plan', activity: 'activity', organization: 'organisation', commission_session: 'commission session', decision: 'decision' };
function expectHeldBy(response: { status: number; body: unknown }, field: string, holder: { kind: string; id: string }) {
  expect(response.status).toBe(409);
  expect(response.body).toEqual({ statusCode: 409, code: 'DUPLICATE_CODE', message: expect.stringMatching(new RegExp(` is already used by another ${WORDS[holder.kind]}$`)), field, holder });
}

describe('unique codes', () => {
  let app: TestApp;
  let last = '';
  const post = async (path: string, body: unknown) => {
    const r = await write(app, path, body);
    last = r.position;
    return r;
  };
  const eventCount = async () => (await app.allEvents()).length;
  const normalized = (data: unknown) => normalizeCode((data as { number: string }).number);
  const envelope = (overrides: Partial<CommandEnvelope> = {}): CommandEnvelope => ({
    commandId: crypto.randomUUID(),
    correlationId: 'test',
    causationId: 'test',
    actor: { id: app.adminId, name: 'test', role: 'admin', organizationId: null },
    today: new Date().toISOString().slice(0, 10),
    recordedAt: new Date(),
    ...overrides,
  });

  /** A session held on 2015-12-10, where decisions may be recorded. */
  const heldSession = async (number: string) => {
    const session = await post('/commission/sessions', aSession({ number }));
    await post(`/commission/sessions/${session.id}/held`, aSessionHeld([]));
    return session.id;
  };

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app.close());

  it('a plan code holds only what an IATI identifier may; a second plan with the same code (case aside) is a 409 DUPLICATE_CODE naming the holder; nothing appended', async () => {
    const first = await post('/plans', aPlan({ code: 'TJ-MIGRATION-2021' }));
    const before = await eventCount();
    // A space or a slash cannot be part of an IATI identifier: refused before uniqueness is asked.
    for (const code of ['  tj-migration-2021 ', 'TJ MIGRATION/2021', 'TJ-\u200bMIGRATION-2021']) {
      const refused = await app.http.post('/plans').send(aPlan({ code }));
      expect(refused.status).toBe(400);
      expect(refused.body.fields.map((f: { field: string }) => f.field)).toEqual(['code']);
    }
    const second = await app.http.post('/plans').send(aPlan({ code: 'tj-migration-2021' }));
    expectHeldBy(second, 'code', { kind: 'plan', id: first.id });
    expect(await eventCount()).toBe(before);
  });

  it('an activity code is unique within its plan, not across plans', async () => {
    const lead = await post('/organizations', anOrganization({ acronym: 'UC-LEAD' }));
    const planA = await post('/plans', aPlan());
    const planB = await post('/plans', aPlan());
    const objA = (await post(`/plans/${planA.id}/objectives`, anObjective())).objectiveId as string;
    const objB = (await post(`/plans/${planB.id}/objectives`, anObjective())).objectiveId as string;
    const a = await post('/activities', anActivity({ planId: planA.id, objectiveId: objA, leadAgencyId: lead.id }, { code: '2.3' }));
    await post('/activities', anActivity({ planId: planB.id, objectiveId: objB, leadAgencyId: lead.id }, { code: '2.3' }));
    const before = await eventCount();
    // A space cannot end an IATI identifier: refused before uniqueness is asked (issue 13).
    const spaced = await app.http.post('/activities').send(anActivity({ planId: planA.id, objectiveId: objA, leadAgencyId: lead.id }, { code: '2.3 ' }));
    expect(spaced.status).toBe(400);
    const again = await app.http.post('/activities').send(anActivity({ planId: planA.id, objectiveId: objA, leadAgencyId: lead.id }, { code: '2.3' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'DUPLICATE_CODE', field: 'code', holder: { kind: 'activity', id: a.id } });
    expect(await eventCount()).toBe(before);
    // The IATI export then names each activity once: a second "2.3" never reached plan A.
    await post('/activities', anActivity({ planId: planA.id, objectiveId: objA, leadAgencyId: lead.id }, { code: '2.4' }));
    const xml = (await app.http.get(`/plans/${planA.id}/iati.xml`).query({ minPosition: last }).buffer(true)).text;
    const identifiers = [...xml.matchAll(/<iati-identifier>([^<]+)<\/iati-identifier>/g)].map((m) => m[1]);
    expect(identifiers).toHaveLength(2);
    expect(new Set(identifiers).size).toBe(2);
  });

  it('an acronym is unique within its country (case-insensitive, trimmed), not across countries', async () => {
    const tj = await post('/organizations', anOrganization({ acronym: 'IOM', kind: 'international_organization', country: 'TJ' }));
    await post('/organizations', anOrganization({ acronym: 'IOM', kind: 'international_organization', country: 'KG' }));
    const before = await eventCount();
    const again = await app.http.post('/organizations').send(anOrganization({ acronym: ' iom', kind: 'international_organization', country: 'TJ' }));
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'DUPLICATE_CODE', field: 'acronym', holder: { kind: 'organization', id: tj.id } });
    expect(await eventCount()).toBe(before);
  });

  it('a session number is unique in the service (case, spacing, invisible characters aside): a 409 DUPLICATE_CODE naming the holder; nothing appended', async () => {
    const first = await post('/commission/sessions', aSession({ number: '2019/2' }));
    const before = await eventCount();
    for (const number of [' 2019/2 ', '2019\u200b/2', '２０１９/2']) {
      const again = await app.http.post('/commission/sessions').send(aSession({ number, scheduledOn: '2019-12-12' }));
      expectHeldBy(again, 'number', { kind: 'commission_session', id: first.id });
    }
    expect(await eventCount()).toBe(before);
    expect((await app.allEvents()).filter((e) => e.type === 'CommissionSessionScheduled' && normalized(e.data) === '2019/2')).toHaveLength(1);
  });

  it('a decision number is unique in the service, across sessions; a decision and a session may share one', async () => {
    const [session7, session8] = [await heldSession('UC-7'), await heldSession('UC-8')];
    const first = await post('/decisions', aDecision(session7, { number: 'IMC-2019/05' }));
    const before = await eventCount();
    for (const [sessionId, number] of [[session7, 'imc-2019/05'], [session8, ' IMC-2019/05']]) {
      const again = await app.http.post('/decisions').send(aDecision(sessionId, { number }));
      expectHeldBy(again, 'number', { kind: 'decision', id: first.id });
    }
    expect(await eventCount()).toBe(before);
    // Kinds do not collide: a session may be numbered as a decision is.
    await post('/commission/sessions', aSession({ number: 'IMC-2019/05' }));
    await post('/decisions', aDecision(session8, { number: 'UC-7' }));
  });

  it('a refused create reserves nothing: the code stays free', async () => {
    const before = await eventCount();
    const refused = await app.http.post('/plans').send(aPlan({ code: 'TJ-REFUSED', effectiveOn: '2199-01-01' }));
    expect(refused.body).toMatchObject({ statusCode: 409, code: 'DATE_IN_FUTURE' });
    expect(await eventCount()).toBe(before);
    await post('/plans', aPlan({ code: 'TJ-REFUSED' }));
  });

  it('a create sent with If-Match (there is no revision yet to match) is a 412 that reserves nothing, on every kind with a code', async () => {
    const pinned = (path: string, body: object) => app.http.post(path).set('If-Match', '"0"').send(body);
    const sessionId = await heldSession('UC-PINNED-HELD');
    const afterSetup = await eventCount();
    const refusals = [
      await pinned('/plans', aPlan({ code: 'TJ-PINNED' })),
      await pinned('/organizations', anOrganization({ acronym: 'PINNED', country: 'TJ' })),
      await pinned('/commission/sessions', aSession({ number: 'UC-PINNED' })),
      await pinned('/decisions', aDecision(sessionId, { number: 'IMC-PINNED' })),
    ];
    expect(refusals.map((r) => [r.status, r.body.code])).toEqual(Array.from({ length: 4 }, () => [412, 'REVISION_MISMATCH']));
    expect(await eventCount()).toBe(afterSetup);
    await post('/plans', aPlan({ code: 'TJ-PINNED' }));
    await post('/organizations', anOrganization({ acronym: 'PINNED', country: 'TJ' }));
    await post('/commission/sessions', aSession({ number: 'UC-PINNED' }));
    await post('/decisions', aDecision(sessionId, { number: 'IMC-PINNED' }));
  });

  it('20 concurrent creates with one code over HTTP: exactly one record, 19 answers naming it', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.http.post('/plans').send(aPlan({ code: 'TJ-RACE' }))));
    const created = responses.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    const winner = created[0].body.id as string;
    const refused = responses.filter((r) => r.status !== 201);
    expect(refused.map((r) => [r.status, r.body.code, r.body.holder])).toEqual(Array.from({ length: 19 }, () => [409, 'DUPLICATE_CODE', { kind: 'plan', id: winner }]));
    const drafted = (await app.allEvents()).filter((e) => e.type === 'PlanDrafted' && (e.data as { code: string }).code === 'TJ-RACE');
    expect(drafted.map((e) => e.stream)).toEqual([`plan-${winner}`]);
  });

  it('20 concurrent creates of one acronym in one country: exactly one organisation', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => app.http.post('/organizations').send(anOrganization({ acronym: i % 2 ? 'UNDP' : 'undp ', country: 'UZ' }))));
    expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 409 && r.body.code === 'DUPLICATE_CODE')).toHaveLength(19);
    const registered = (await app.allEvents()).filter((e) => e.type === 'OrganizationRegistered' && (e.data as { country: string }).country === 'UZ');
    expect(registered).toHaveLength(1);
  });

  it('20 concurrent schedules of one session number, and 20 concurrent decisions of one number: exactly one of each', async () => {
    const sessions = await Promise.all(Array.from({ length: 20 }, (_, i) => app.http.post('/commission/sessions').send(aSession({ number: i % 2 ? 'UC-RACE' : 'uc-race ' }))));
    expect(sessions.filter((r) => r.status === 201)).toHaveLength(1);
    expect(sessions.filter((r) => r.status === 409 && r.body.code === 'DUPLICATE_CODE' && r.body.field === 'number')).toHaveLength(19);
    const sessionId = await heldSession('UC-RACE-HELD');
    const decisions = await Promise.all(Array.from({ length: 20 }, () => app.http.post('/decisions').send(aDecision(sessionId, { number: 'IMC-RACE' }))));
    const winner = decisions.filter((r) => r.status === 201).map((r) => r.body.id as string);
    expect(winner).toHaveLength(1);
    expect(decisions.filter((r) => r.status !== 201).map((r) => r.body.holder)).toEqual(Array.from({ length: 19 }, () => ({ kind: 'decision', id: winner[0] })));
    const events = await app.allEvents();
    expect(events.filter((e) => e.type === 'CommissionSessionScheduled' && normalized(e.data) === 'UC-RACE')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'DecisionRecorded' && normalized(e.data) === 'IMC-RACE').map((e) => e.stream)).toEqual([`decision-${winner[0]}`]);
  });

  describe('a create that stopped between reserving and appending its record', () => {
    it('blocks the code while the reservation is recent (its create may be in flight)', async () => {
      const orphan = crypto.randomUUID();
      await app.app.get(CodeReservations).reserve({ kind: 'plan', scope: '', code: 'TJ-IN-FLIGHT', field: 'code' }, orphan, envelope());
      const response = await app.http.post('/plans').send(aPlan({ code: 'TJ-IN-FLIGHT' }));
      expect(response.status).toBe(409);
      expect(response.body.holder).toEqual({ kind: 'plan', id: orphan });
    });

    it('is completed by a retry with the same Idempotency-Key', async () => {
      // The command id the API derives from the key (apps/api/src/http/envelope.decorator.ts).
      const key = 'crashed-create-1';
      const commandId = uuidv5(`${app.adminId} POST /plans ${key}`, 'c0a3b3a8-8f65-4bb1-9e8c-3b9d5e0f7d21');
      const planId = newIdFor(commandId, 'plan');
      await app.app.get(CodeReservations).reserve({ kind: 'plan', scope: '', code: 'TJ-CRASHED', field: 'code' }, planId, envelope({ commandId }));
      const retry = await app.http.post('/plans').set('Idempotency-Key', key).send(aPlan({ code: 'TJ-CRASHED' }));
      expect(retry.status).toBe(201);
      expect(retry.body.id).toBe(planId);
      last = retry.body.position;
      expect((await app.http.get(`/plans/${planId}`).query({ minPosition: last })).body).toMatchObject({ code: 'TJ-CRASHED' });
    });

    it('is taken over by another create once older than the lease; the takeover is recorded', async () => {
      const orphan = crypto.randomUUID();
      const code = { kind: 'plan' as const, scope: '', code: 'TJ-ABANDONED', field: 'code' };
      await app.app.get(CodeReservations).reserve(code, orphan, envelope({ recordedAt: new Date(Date.now() - 10 * 60_000) }));
      const created = await post('/plans', aPlan({ code: 'TJ-ABANDONED' }));
      const reservation = await app.events.readStream(`code_reservation-${reservationStreamId(code)}`);
      expect(reservation.map((e) => [e.type, (e.data as { recordId: string }).recordId, (e.data as { takenOverFrom?: string }).takenOverFrom])).toEqual([
        ['CodeReserved', orphan, undefined],
        ['CodeReserved', created.id, orphan],
      ]);
    });
  });

  it('records created before reservations: reads keep working; reserve-existing gives the earlier record the code and lists the later', async () => {
    // Two plans sharing a code, appended as the service did before codes were reserved.
    const legacy = async (id: string, code: string) =>
      app.app.get(AggregateStore).create(PLAN, id, envelope(), () => ({ type: 'DraftPlan' as const, data: { ...aPlan({ code }), planId: id, today: new Date().toISOString().slice(0, 10) } }));
    const [older, newer] = [crypto.randomUUID(), crypto.randomUUID()];
    await legacy(older, 'TJ-LEGACY');
    last = (await legacy(newer, 'tj-legacy')).position;
    for (const id of [older, newer]) expect((await app.http.get(`/plans/${id}`).query({ minPosition: last })).body).toMatchObject({ id, code: expect.stringMatching(/legacy/i) });
    // Sessions and decisions sharing a number, likewise (the decisions at a held session, reserved as sessions are now).
    const today = new Date().toISOString().slice(0, 10);
    const legacySession = async (id: string, number: string) =>
      app.app.get(AggregateStore).create(COMMISSION_SESSION, id, envelope(), () => ({
        type: 'ScheduleCommissionSession' as const,
        data: { ...aSession({ number }), agenda: [{ en: 'Deferred items' }], sessionId: id, today },
      }));
    const sessionId = await heldSession('UC-LEGACY-HELD');
    const legacyDecision = async (id: string, number: string) =>
      app.app.get(AggregateStore).create(DECISION, id, envelope(), () => ({
        type: 'RecordDecision' as const,
        data: {
          ...aDecision(sessionId, { number }),
          titles: { en: 'Legacy decision' },
          kind: 'assign_responsibility' as const,
          decisionId: id,
          today,
          context: { session: { sessionId, status: 'held' as const, scheduledOn: '2015-12-10', heldOn: '2015-12-10' } },
        },
      }));
    const [olderSession, newerSession, olderDecision, newerDecision] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await legacySession(olderSession, '2011/1');
    await legacySession(newerSession, '2011/1 ');
    await legacyDecision(olderDecision, 'IMC-2011/01');
    last = (await legacyDecision(newerDecision, 'imc-2011/01')).position;
    // The log is read up to what every transaction older than it has settled (the Postgres store's
    // horizon): while the projector's batch is open the last appends are not yet in it. Once projected, they are.
    await projected(app, last);

    const report = await reserveExistingCodes(app.events, app.app.get(CodeReservations), envelope());
    expect(report.duplicates).toEqual([
      { kind: 'plan', id: newer, code: 'tj-legacy', holder: { kind: 'plan', id: older } },
      { kind: 'commission_session', id: newerSession, code: '2011/1 ', holder: { kind: 'commission_session', id: olderSession } },
      { kind: 'decision', id: newerDecision, code: 'imc-2011/01', holder: { kind: 'decision', id: olderDecision } },
    ]);
    expect(report.held).toBeGreaterThan(5);
    const again = await app.http.post('/plans').send(aPlan({ code: 'TJ-Legacy' }));
    expect(again.body).toMatchObject({ statusCode: 409, code: 'DUPLICATE_CODE', holder: { kind: 'plan', id: older } });
    const sessionAgain = await app.http.post('/commission/sessions').send(aSession({ number: '2011/1' }));
    expect(sessionAgain.body).toMatchObject({ statusCode: 409, code: 'DUPLICATE_CODE', field: 'number', holder: { kind: 'commission_session', id: olderSession } });
    const decisionAgain = await app.http.post('/decisions').send(aDecision(sessionId, { number: 'IMC-2011/01' }));
    expect(decisionAgain.body).toMatchObject({ statusCode: 409, code: 'DUPLICATE_CODE', field: 'number', holder: { kind: 'decision', id: olderDecision } });
    // Safe to re-run: nothing new is recorded.
    const before = await eventCount();
    expect((await reserveExistingCodes(app.events, app.app.get(CodeReservations), envelope())).duplicates).toHaveLength(3);
    expect(await eventCount()).toBe(before);
    expect((await app.http.get(`/plans/${newer}`)).status).toBe(200);
    expect((await app.http.get(`/commission/sessions/${newerSession}`).query({ minPosition: last })).status).toBe(200);
    expect((await app.http.get(`/decisions/${newerDecision}`).query({ minPosition: last })).status).toBe(200);
  });

  it('reservation streams are hash-chained like every stream (audit verification passes) and the projector skips them', async () => {
    await projected(app, last);
    const verify = await app.http.get('/audit/verify').query({ full: 'true' });
    expect(verify.status).toBe(200);
    expect(verify.body).toMatchObject({ ok: true, failureCount: 0 });
    const health = await app.http.get('/health');
    expect(JSON.stringify(health.body)).not.toMatch(/parkedEvents":\{"/);
    const audit = await app.http.get('/audit').query({ minPosition: last, pageSize: '500' });
    expect(JSON.stringify(audit.body)).not.toContain('code_reservation-');
  });
});
