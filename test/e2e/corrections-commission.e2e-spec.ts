import { anOrganization, uniqueCode } from '../support/builders.js';
import { aSession } from '../support/commission-builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { uniqueAcronym } from '../support/correction-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { moment } from '../support/moment.js';

/** Issue 16, corrections on the commission side: a session before it is held, a decision, a recommendation. */
describe('commission corrections over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  const NOBODY = '00000000-0000-4000-8000-000000000000';
  const inList = async (path: string, id: string, query: Record<string, string>) =>
    ((await app.http.get(path).query({ pageSize: 100, ...query })).body.items as { id: string }[]).find((item) => item.id === id);

  describe('POST /commission/sessions/:id/amend', () => {
    it('corrects the date and agenda of a session not yet held; history shows before and after', async () => {
      const session = await write(app, '/commission/sessions', aSession({ number: uniqueCode('9'), scheduledOn: '2016-06-15' }));
      const amended = await app.http.post(`/commission/sessions/${session.id}/amend`).set('If-Match', '"0"').send({ scheduledOn: '2016-06-22', agenda: ['Mid-term review'], reason: 'moved by the chair' });
      expect(amended.status).toBe(200);
      const read = await app.http.get(`/commission/sessions/${session.id}`).query({ minPosition: amended.body.position });
      expect(read.body).toMatchObject({ scheduledOn: '2016-06-22', agenda: ['Mid-term review'], status: 'scheduled' });
      const history = await app.http.get(`/commission/sessions/${session.id}/history`).query({ minPosition: amended.body.position });
      expect(history.body.items.at(-1)).toMatchObject({
        type: 'CommissionSessionAmended',
        reason: 'moved by the chair',
        data: { before: { scheduledOn: '2016-06-15', agenda: aSession().agenda.map((en) => ({ en })) }, after: { scheduledOn: '2016-06-22', agenda: [{ en: 'Mid-term review' }] } },
      });
    });

    const cases = [
      { name: 'no reason', body: { agenda: ['x'] }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'blank reason', body: { agenda: ['x'], reason: '  ' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a date that is no date', body: { scheduledOn: '2016-06-31', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an agenda that is no list', body: { agenda: 'x', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'the number (not amendable)', body: { number: '10', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'no field', body: { reason: 'x' }, status: 409, code: 'AMENDMENT_EMPTY' },
    ];
    it.each(cases)('refuses $name ($status $code), appending nothing', async ({ body, status, code }) => {
      const session = await write(app, '/commission/sessions', aSession({ number: uniqueCode('9'), scheduledOn: '2016-06-15' }));
      const count = (await app.allEvents()).length;
      const response = await app.http.post(`/commission/sessions/${session.id}/amend`).send(body);
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
      expect((await app.allEvents()).length).toBe(count);
    });

    it('refuses a held session (409), an unknown one (404), a stale If-Match (412), an agency (403)', async () => {
      const s = await commissionScenario(app);
      const count = (await app.allEvents()).length;
      const held = await app.http.post(`/commission/sessions/${s.heldSessionId}/amend`).send({ agenda: ['x'], reason: 'x' });
      expect({ status: held.status, code: held.body.code }).toEqual({ status: 409, code: 'SESSION_ALREADY_HELD' });
      expect((await app.http.post(`/commission/sessions/${NOBODY}/amend`).send({ agenda: ['x'], reason: 'x' })).status).toBe(404);
      expect((await app.http.post(`/commission/sessions/${s.scheduledSessionId}/amend`).set('If-Match', '"4"').send({ agenda: ['x'], reason: 'x' })).status).toBe(412);
      const agency = await app.token('agency', s.leadId);
      expect((await app.as(agency.token).post(`/commission/sessions/${s.scheduledSessionId}/amend`).send({ agenda: ['x'], reason: 'x' })).status).toBe(403);
      expect((await app.allEvents()).length).toBe(count);
    });
  });

  describe('POST /decisions/:id/amend', () => {
    it('corrects the due date and the responsible agencies: the tracker and the agency scope follow, knownAt before answers what was shown then', async () => {
      const s = await commissionScenario(app);
      const other = await write(app, '/organizations', anOrganization({ name: 'Agency for Labour', acronym: uniqueAcronym('AL') }));
      const before = await moment();
      const amended = await app.http.post(`/decisions/${s.decisionId}/amend`).send({ dueDate: '2016-09-30', responsibleAgencyIds: [other.id], reason: 'the minutes name the Agency for Labour' });
      expect(amended.status).toBe(200);
      const read = await app.http.get(`/decisions/${s.decisionId}`).query({ minPosition: amended.body.position });
      expect(read.body).toMatchObject({ dueDate: '2016-09-30', responsibleAgencyIds: [other.id] });
      const history = await app.http.get(`/decisions/${s.decisionId}/history`).query({ minPosition: amended.body.position });
      expect(history.body.items.at(-1)).toMatchObject({ type: 'DecisionAmended', data: { before: { dueDate: '2016-06-30', responsibleAgencyIds: [s.leadId] }, after: { dueDate: '2016-09-30', responsibleAgencyIds: [other.id] } } });
      expect(await inList('/decisions', s.decisionId, { knownAt: before })).toMatchObject({ dueDate: '2016-06-30', responsibleAgencyIds: [s.leadId] });
      // The new responsible agency adds follow-ups; the former one no longer may.
      const newAgency = await app.token('agency', other.id);
      expect((await app.as(newAgency.token).post(`/decisions/${s.decisionId}/follow-ups`).send({ note: 'started' })).status).toBe(201);
      const formerAgency = await app.token('agency', s.leadId);
      expect((await app.as(formerAgency.token).post(`/decisions/${s.decisionId}/follow-ups`).send({ note: 'started' })).status).toBe(403);
    });

    const cases = [
      { name: 'no reason', body: { text: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a due date that is no date', body: { dueDate: '30.09.2016', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'agencies that are no UUIDs', body: { responsibleAgencyIds: ['MS'], reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'the kind (not amendable)', body: { kind: 'request_report', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'a due date before the session', body: { dueDate: '2015-01-01', reason: 'x' }, status: 409, code: 'DUE_DATE_BEFORE_DECISION' },
      { name: 'no field', body: { reason: 'x' }, status: 409, code: 'AMENDMENT_EMPTY' },
      { name: 'an unknown agency', body: { responsibleAgencyIds: [NOBODY], reason: 'x' }, status: 404, code: 'NOT_FOUND' },
    ];
    it.each(cases)('refuses $name ($status $code), appending nothing', async ({ body, status, code }) => {
      const s = await commissionScenario(app);
      const count = (await app.allEvents()).length;
      const response = await app.http.post(`/decisions/${s.decisionId}/amend`).send(body);
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
      expect((await app.allEvents()).length).toBe(count);
    });

    it('answers 404 for an unknown decision, 412 for a stale If-Match, 403 to a responsible agency', async () => {
      const s = await commissionScenario(app);
      const count = (await app.allEvents()).length;
      expect((await app.http.post(`/decisions/${NOBODY}/amend`).send({ text: 'x', reason: 'x' })).status).toBe(404);
      expect((await app.http.post(`/decisions/${s.decisionId}/amend`).set('If-Match', '"5"').send({ text: 'x', reason: 'x' })).status).toBe(412);
      const agency = await app.token('agency', s.leadId);
      expect((await app.as(agency.token).post(`/decisions/${s.decisionId}/amend`).send({ text: 'x', reason: 'x' })).status).toBe(403);
      expect((await app.allEvents()).length).toBe(count);
    });
  });

  describe('POST /recommendations/:id/amend', () => {
    it('corrects the text and the target agencies; history shows before and after; knownAt before answers what was shown then', async () => {
      const s = await commissionScenario(app);
      const before = await moment();
      const amended = await app.http.post(`/recommendations/${s.recommendationId}/amend`).send({ text: 'Open a one-stop information point in Khujand and Kulob.', targetAgencyIds: [s.leadId, s.donorId], reason: 'as worded in the minutes' });
      expect(amended.status).toBe(200);
      const read = await app.http.get(`/recommendations/${s.recommendationId}`).query({ minPosition: amended.body.position });
      expect(read.body).toMatchObject({ text: 'Open a one-stop information point in Khujand and Kulob.', targetAgencyIds: [s.leadId, s.donorId] });
      const history = await app.http.get(`/recommendations/${s.recommendationId}/history`).query({ minPosition: amended.body.position });
      expect(history.body.items.at(-1)).toMatchObject({ type: 'RecommendationAmended', reason: 'as worded in the minutes', data: { before: { targetAgencyIds: [s.leadId] }, after: { targetAgencyIds: [s.leadId, s.donorId] } } });
      expect(await inList('/recommendations', s.recommendationId, { knownAt: before })).toMatchObject({ text: 'Open a one-stop information point for diaspora investors in Khujand.', targetAgencyIds: [s.leadId] });
    });

    const cases = [
      { name: 'no reason', body: { text: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'blank reason', body: { text: 'x', reason: ' ' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'an empty text', body: { text: '', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'the source (not amendable)', body: { source: {}, reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
      { name: 'no field', body: { reason: 'x' }, status: 409, code: 'AMENDMENT_EMPTY' },
      { name: 'an unknown agency', body: { targetAgencyIds: [NOBODY], reason: 'x' }, status: 404, code: 'NOT_FOUND' },
    ];
    it.each(cases)('refuses $name ($status $code), appending nothing', async ({ body, status, code }) => {
      const s = await commissionScenario(app);
      const count = (await app.allEvents()).length;
      const response = await app.http.post(`/recommendations/${s.recommendationId}/amend`).send(body);
      expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
      expect((await app.allEvents()).length).toBe(count);
    });

    it('answers 404 for an unknown recommendation, 412 for a stale If-Match, 403 to an agency', async () => {
      const s = await commissionScenario(app);
      const count = (await app.allEvents()).length;
      expect((await app.http.post(`/recommendations/${NOBODY}/amend`).send({ text: 'x', reason: 'x' })).status).toBe(404);
      expect((await app.http.post(`/recommendations/${s.recommendationId}/amend`).set('If-Match', '"0"').send({ text: 'x', reason: 'x' })).status).toBe(412);
      const agency = await app.token('agency', s.leadId);
      expect((await app.as(agency.token).post(`/recommendations/${s.recommendationId}/amend`).send({ text: 'x', reason: 'x' })).status).toBe(403);
      expect((await app.allEvents()).length).toBe(count);
    });
  });
});
