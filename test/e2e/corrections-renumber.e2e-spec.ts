import { AggregateStore, CodeReservations, COMMISSION_SESSION, DECISION, reserveExistingCodes, type CommandEnvelope } from '#application';
import { uniqueCode } from '../support/builders.js';
import { aDecision, aSession, aSessionHeld } from '../support/commission-builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { moment } from '../support/moment.js';

/**
 * Correcting a session's or a decision's number (POST …/renumber): a typo fixed after the session was
 * held or the decision implemented, the number's reservation moved with it, and a duplicate made before
 * numbers were unique resolved.
 */
describe('renumbering sessions and decisions over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  const NOBODY = '00000000-0000-4000-8000-000000000000';
  const eventCount = async () => (await app.allEvents()).length;
  const inList = async (path: string, id: string, query: Record<string, string>) =>
    ((await app.http.get(path).query({ pageSize: 100, ...query })).body.items as { id: string }[]).find((item) => item.id === id);
  /** The record as read once the projections have caught up with every write so far. */
  const current = async (path: string) => (await app.http.get(path).query({ minPosition: (await app.events.headPosition())! })).body;
  const numberOf = async (path: string, position: string) => (await app.http.get(path).query({ minPosition: position })).body.number as string;
  const found = async (path: string, q: string, position: string) =>
    ((await app.http.get(path).query({ q, pageSize: 100, minPosition: position })).body.items as { id: string }[]).map((item) => item.id);
  const lastChange = async (path: string, position: string) => (await app.http.get(`${path}/history`).query({ minPosition: position })).body.items.at(-1);
  const refusal = (response: { status: number; body: { code?: string; field?: string; holder?: unknown } }) => ({
    status: response.status,
    code: response.body.code,
    field: response.body.field,
    holder: response.body.holder,
  });

  describe('POST /commission/sessions/:id/renumber', () => {
    it('corrects the number of a held session: reads, search and history follow; the old number is free, the new one taken', async () => {
      const s = await commissionScenario(app);
      const path = `/commission/sessions/${s.heldSessionId}`;
      const before = (await current(path)).number as string;
      const after = uniqueCode('2016/1');
      const renumbered = await app.http.post(`${path}/renumber`).set('If-Match', '"1"').send({ number: after, reason: 'typed 2016/10 for 2016/01' });
      expect({ status: renumbered.status, revision: renumbered.body.revision, etag: renumbered.headers.etag }).toEqual({
        status: 200,
        revision: 2,
        etag: '"2"',
      });

      expect(await numberOf(path, renumbered.body.position)).toBe(after);
      expect((await app.http.get(path)).body).toMatchObject({ status: 'held', heldOn: '2015-12-10' });
      expect(await found('/commission/sessions', after, renumbered.body.position)).toEqual([s.heldSessionId]);
      expect(await found('/commission/sessions', before, renumbered.body.position)).toEqual([]);
      expect(await lastChange(path, renumbered.body.position)).toMatchObject({
        type: 'CommissionSessionRenumbered',
        reason: 'typed 2016/10 for 2016/01',
        data: { before: { number: before }, after: { number: after } },
      });

      expect((await app.http.post('/commission/sessions').send(aSession({ number: before }))).status).toBe(201);
      const taken = await app.http.post('/commission/sessions').send(aSession({ number: ` ${after.toLowerCase()}` }));
      expect(refusal(taken)).toEqual({ status: 409, code: 'DUPLICATE_CODE', field: 'number', holder: { kind: 'commission_session', id: s.heldSessionId } });
    });

    it('refuses a number another session holds (409 naming it), appending nothing; a decision may hold it', async () => {
      const s = await commissionScenario(app);
      const other = await write(app, '/commission/sessions', aSession({ number: uniqueCode('2016/2') }));
      const otherNumber = (await app.http.get(`/commission/sessions/${other.id}`).query({ minPosition: other.position })).body.number as string;
      await write(app, `/decisions/${s.decisionId}/renumber`, { number: otherNumber, reason: 'kinds do not collide' });
      const count = await eventCount();
      const refused = await app.http.post(`/commission/sessions/${s.scheduledSessionId}/renumber`).send({ number: otherNumber.toLowerCase(), reason: 'x' });
      expect(refusal(refused)).toEqual({ status: 409, code: 'DUPLICATE_CODE', field: 'number', holder: { kind: 'commission_session', id: other.id } });
      expect(await eventCount()).toBe(count);
    });
  });

  describe('POST /decisions/:id/renumber', () => {
    it('corrects the number of an implemented decision: the decision, the tracker and its session follow; the old number is free, the new one taken', async () => {
      const s = await commissionScenario(app);
      const path = `/decisions/${s.decisionId}`;
      await write(app, `${path}/implemented`, { implementedOn: '2016-01-15' });
      const before = (await current(path)).number as string;
      const after = uniqueCode('IMC-2015/08');
      const shownBefore = await moment();
      const renumbered = await app.http.post(`${path}/renumber`).send({ number: after, reason: 'the minutes number it 08' });
      expect(renumbered.status).toBe(200);
      // A correction says what the record should always have said: every asOf sees it; knownAt before it does not.
      expect(await inList('/decisions', s.decisionId, { asOf: '2015-12-31', minPosition: renumbered.body.position })).toMatchObject({
        number: after,
        status: 'open',
      });
      expect(await inList('/decisions', s.decisionId, { knownAt: shownBefore })).toMatchObject({ number: before, status: 'implemented' });

      expect((await app.http.get(path).query({ minPosition: renumbered.body.position })).body).toMatchObject({ number: after, status: 'implemented' });
      expect(await found('/decisions', after, renumbered.body.position)).toEqual([s.decisionId]);
      expect(await found('/decisions', before, renumbered.body.position)).toEqual([]);
      expect((await app.http.get(`/commission/sessions/${s.heldSessionId}`)).body.decisions).toEqual([
        expect.objectContaining({ id: s.decisionId, number: after }),
      ]);
      expect(await lastChange(path, renumbered.body.position)).toMatchObject({
        type: 'DecisionRenumbered',
        reason: 'the minutes number it 08',
        data: { before: { number: before }, after: { number: after } },
      });

      expect((await app.http.post('/decisions').send(aDecision(s.heldSessionId, { number: before }))).status).toBe(201);
      const taken = await app.http.post('/decisions').send(aDecision(s.heldSessionId, { number: after.toLowerCase() }));
      expect(refusal(taken)).toEqual({ status: 409, code: 'DUPLICATE_CODE', field: 'number', holder: { kind: 'decision', id: s.decisionId } });
    });

    it('refuses a number another decision holds (409 naming it), appending nothing', async () => {
      const s = await commissionScenario(app);
      const otherNumber = uniqueCode('IMC-2015/09');
      const other = await write(app, '/decisions', aDecision(s.heldSessionId, { number: otherNumber }));
      const count = await eventCount();
      const refused = await app.http.post(`/decisions/${s.decisionId}/renumber`).send({ number: ` ${otherNumber} `, reason: 'x' });
      expect(refusal(refused)).toEqual({ status: 409, code: 'DUPLICATE_CODE', field: 'number', holder: { kind: 'decision', id: other.id } });
      expect(await eventCount()).toBe(count);
    });
  });

  /** Both routes, on a record of the commission scenario. */
  const ROUTES = [
    {
      name: 'a session',
      path: (s: Awaited<ReturnType<typeof commissionScenario>>) => `/commission/sessions/${s.heldSessionId}/renumber`,
      unknown: `/commission/sessions/${NOBODY}/renumber`,
    },
    {
      name: 'a decision',
      path: (s: Awaited<ReturnType<typeof commissionScenario>>) => `/decisions/${s.decisionId}/renumber`,
      unknown: `/decisions/${NOBODY}/renumber`,
    },
  ];

  const BAD_BODIES = [
    { name: 'no number', body: { reason: 'x' }, fields: ['number'] },
    { name: 'a blank number', body: { number: '   ', reason: 'x' }, fields: ['number'] },
    { name: 'a number of invisible characters', body: { number: '\u200b', reason: 'x' }, fields: ['number'] },
    { name: 'a number that is no string', body: { number: 7, reason: 'x' }, fields: ['number'] },
    { name: 'a number too long', body: { number: 'x'.repeat(61), reason: 'x' }, fields: ['number'] },
    { name: 'no reason', body: { number: 'X-1' }, fields: ['reason'] },
    { name: 'a blank reason', body: { number: 'X-1', reason: ' ' }, fields: ['reason'] },
    { name: 'an unknown field', body: { number: 'X-1', reason: 'x', scheduledOn: '2016-01-01' }, fields: ['scheduledOn'] },
  ];

  describe.each(ROUTES)('renumbering $name', ({ path, unknown }) => {
    it.each(BAD_BODIES)('refuses $name with a 400 naming the field, appending nothing', async ({ body, fields }) => {
      const s = await commissionScenario(app);
      const count = await eventCount();
      const response = await app.http.post(path(s)).send(body);
      expect({ status: response.status, code: response.body.code, fields: (response.body.fields as { field: string }[]).map((f) => f.field) }).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        fields,
      });
      expect(await eventCount()).toBe(count);
    });

    it('records nothing for the number it has, and answers its revision', async () => {
      const s = await commissionScenario(app);
      const record = path(s).replace('/renumber', '');
      const { number, revision } = await current(record);
      const count = await eventCount();
      const same = await app.http.post(path(s)).send({ number, reason: 'checked against the minutes' });
      expect({ status: same.status, revision: same.body.revision }).toEqual({ status: 200, revision });
      expect(await eventCount()).toBe(count);
    });

    it('answers 404 for an unknown record, 412 for a stale If-Match (reserving nothing), 403 to an agency and the commission', async () => {
      const s = await commissionScenario(app);
      const count = await eventCount();
      const missing = await app.http.post(unknown).send({ number: uniqueCode('N'), reason: 'x' });
      expect({ status: missing.status, code: missing.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      const stale = await app.http
        .post(path(s))
        .set('If-Match', '"9"')
        .send({ number: uniqueCode('N'), reason: 'x' });
      expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'REVISION_MISMATCH' });
      for (const role of ['agency', 'commission'] as const) {
        const caller = await app.token(role, role === 'agency' ? s.leadId : null);
        expect(
          (
            await app
              .as(caller.token)
              .post(path(s))
              .send({ number: uniqueCode('N'), reason: 'x' })
          ).status,
        ).toBe(403);
      }
      expect(await eventCount()).toBe(count);
    });

    it('a retry with the same Idempotency-Key answers the same and appends nothing', async () => {
      const s = await commissionScenario(app);
      const body = { number: uniqueCode('R'), reason: 'typo' };
      const key = `renumber-${crypto.randomUUID()}`;
      const first = await app.http.post(path(s)).set('Idempotency-Key', key).send(body);
      expect(first.status).toBe(200);
      const count = await eventCount();
      const again = await app.http.post(path(s)).set('Idempotency-Key', key).send(body);
      expect(again.body).toEqual(first.body);
      expect(await eventCount()).toBe(count);
    });
  });

  it('resolves numbers shared before they were unique: renumbering the later record, after which reserve-existing lists none', async () => {
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
    // Appended as the service did before numbers were reserved: straight to the store, no reservation.
    const legacySession = (id: string, number: string) =>
      app.app.get(AggregateStore).create(COMMISSION_SESSION, id, envelope(), () => ({
        type: 'ScheduleCommissionSession' as const,
        data: { ...aSession({ number }), agenda: [{ en: 'Deferred items' }], sessionId: id, today },
      }));
    const held = await write(app, '/commission/sessions', aSession({ number: uniqueCode('HELD') }));
    await write(app, `/commission/sessions/${held.id}/held`, aSessionHeld([]));
    const legacyDecision = (id: string, number: string) =>
      app.app.get(AggregateStore).create(DECISION, id, envelope(), () => ({
        type: 'RecordDecision' as const,
        data: {
          ...aDecision(held.id, { number }),
          titles: { en: 'Legacy decision' },
          kind: 'assign_responsibility' as const,
          decisionId: id,
          today,
          context: { session: { sessionId: held.id, status: 'held' as const, scheduledOn: '2015-12-10', heldOn: '2015-12-10' } },
        },
      }));
    const [olderSession, newerSession, olderDecision, newerDecision] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await legacySession(olderSession, '2011/1');
    await legacySession(newerSession, '2011/1');
    await legacyDecision(olderDecision, 'IMC-2011/01');
    await legacyDecision(newerDecision, 'IMC-2011/01');
    const reserveExisting = () => reserveExistingCodes(app.events, app.app.get(CodeReservations), envelope());
    expect((await reserveExisting()).duplicates).toEqual([
      { kind: 'commission_session', id: newerSession, code: '2011/1', holder: { kind: 'commission_session', id: olderSession } },
      { kind: 'decision', id: newerDecision, code: 'IMC-2011/01', holder: { kind: 'decision', id: olderDecision } },
    ]);

    // Renumbering the later one onto a number another record holds is refused; onto a free one, accepted.
    const heldNumber = (await current(`/commission/sessions/${held.id}`)).number as string;
    const onto = await app.http.post(`/commission/sessions/${newerSession}/renumber`).send({ number: heldNumber, reason: 'x' });
    expect(refusal(onto)).toEqual({ status: 409, code: 'DUPLICATE_CODE', field: 'number', holder: { kind: 'commission_session', id: held.id } });
    const session = await app.http.post(`/commission/sessions/${newerSession}/renumber`).send({ number: '2011/2', reason: 'the second session of 2011' });
    const decision = await app.http.post(`/decisions/${newerDecision}/renumber`).send({ number: 'IMC-2011/02', reason: 'the second decision of 2011' });
    expect([session.status, decision.status]).toEqual([200, 200]);

    expect((await reserveExisting()).duplicates).toEqual([]);
    // The earlier records keep their numbers (the later one gave up nothing it held); the new numbers are held.
    const holders = await Promise.all([
      app.http.post('/commission/sessions').send(aSession({ number: '2011/1' })),
      app.http.post('/commission/sessions').send(aSession({ number: '2011/2' })),
      app.http.post('/decisions').send(aDecision(held.id, { number: 'IMC-2011/01' })),
      app.http.post('/decisions').send(aDecision(held.id, { number: 'IMC-2011/02' })),
    ]);
    expect(holders.map((r) => [r.status, r.body.holder?.id])).toEqual([
      [409, olderSession],
      [409, newerSession],
      [409, olderDecision],
      [409, newerDecision],
    ]);
    expect(await numberOf(`/commission/sessions/${newerSession}`, decision.body.position)).toBe('2011/2');
    expect(await numberOf(`/decisions/${newerDecision}`, decision.body.position)).toBe('IMC-2011/02');
  });
});
