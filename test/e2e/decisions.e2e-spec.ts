import { aDecision } from '../support/commission-builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('commission decisions over HTTP', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof commissionScenario>>;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await commissionScenario(app);
  }, 60_000);
  afterAll(async () => app.close());

  it('records a decision at a held session, effective on the day it was held', async () => {
    const response = await app.http.post('/decisions').send(aDecision(ids.heldSessionId, { number: 'IMC-2015/08', responsibleAgencyIds: [ids.leadId], relatedActivityIds: [ids.activityId] }));
    expect(response.status).toBe(201);
    expect(response.body).toEqual({ id: expect.any(String), revision: 0, position: expect.any(String) });
    const [recorded] = await app.events.readStream(`decision-${response.body.id}`);
    expect(recorded.type).toBe('DecisionRecorded');
    expect(recorded.data).toEqual({
      decisionId: response.body.id,
      sessionId: ids.heldSessionId,
      number: 'IMC-2015/08',
      titles: { en: aDecision('').title },
      text: aDecision('').text,
      kind: 'assign_responsibility',
      responsibleAgencyIds: [ids.leadId],
      dueDate: '2016-06-30',
      relatedActivityIds: [ids.activityId],
      relatedRecommendationIds: [],
      effectiveOn: '2015-12-10',
    });
  });

  it('adds follow-ups to an open decision and marks it implemented; then it takes nothing more', async () => {
    const followUp = await app.http
      .post(`/decisions/${ids.decisionId}/follow-ups`)
      .send({ note: 'First two events held in Kulob', evidence: [{ title: 'Report', url: 'https://example.org/r.pdf' }], effectiveOn: '2016-03-01' });
    expect(followUp.status).toBe(201);
    expect(followUp.body.revision).toBe(1);
    const implemented = await app.http.post(`/decisions/${ids.decisionId}/implemented`).set('If-Match', '"1"').send({ implementedOn: '2016-05-20', note: 'Campaign finished' });
    expect(implemented.status).toBe(200);
    expect(implemented.headers.etag).toBe('"2"');
    const stream = await app.events.readStream(`decision-${ids.decisionId}`);
    expect(stream.slice(1).map((e) => [e.type, e.data])).toEqual([
      ['DecisionFollowUpAdded', { note: 'First two events held in Kulob', evidence: [{ title: 'Report', url: 'https://example.org/r.pdf' }], effectiveOn: '2016-03-01' }],
      ['DecisionImplemented', { implementedOn: '2016-05-20', note: 'Campaign finished', evidence: [], effectiveOn: '2016-05-20' }],
    ]);
    const late = await app.http.post(`/decisions/${ids.decisionId}/follow-ups`).send({ note: 'one more' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'TERMINAL_STATE' });
    expect(await app.events.readStream(`decision-${ids.decisionId}`)).toHaveLength(3);
  });

  it('revokes a decision by a later one, with a reason', async () => {
    const first = await write(app, '/decisions', aDecision(ids.heldSessionId, { number: 'IMC-2015/09', kind: 'request_report' }));
    const later = await write(app, '/decisions', aDecision(ids.heldSessionId, { number: 'IMC-2015/10', kind: 'other' }));
    const revoked = await app.http.post(`/decisions/${first.id}/revoke`).send({ reason: 'Superseded by IMC-2015/10', revokedByDecisionId: later.id, effectiveOn: '2015-12-10' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revision).toBe(1);
    const [, event] = await app.events.readStream(`decision-${first.id}`);
    expect(event).toMatchObject({ type: 'DecisionRevoked', data: { reason: 'Superseded by IMC-2015/10', revokedByDecisionId: later.id, effectiveOn: '2015-12-10' } });
    const implemented = await app.http.post(`/decisions/${first.id}/implemented`).send({ implementedOn: '2016-01-10' });
    expect(implemented.status).toBe(409);
    expect(implemented.body).toMatchObject({ code: 'TERMINAL_STATE' });
  });
});
