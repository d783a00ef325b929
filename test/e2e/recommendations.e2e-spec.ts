import { meetingIdOf, type InlineMeeting } from '#domain';
import { aDecision, aRecommendation, aSession, aSessionHeld } from '../support/commission-builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('recommendations through review over HTTP', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof commissionScenario>>;
  const stream = async (id: string) => (await app.events.readStream(`recommendation-${id}`)).map((e) => e.type);

  /** A session scheduled and held on `on`, so that decisions can be recorded at it. */
  async function heldSession(number: string, on: string) {
    const session = await write(app, '/commission/sessions', aSession({ number, scheduledOn: on }));
    await write(app, `/commission/sessions/${session.id}/held`, aSessionHeld([ids.leadId], { heldOn: on }));
    return session.id;
  }

  beforeAll(async () => {
    app = await startTestApp();
    ids = await commissionScenario(app);
  }, 60_000);
  afterAll(async () => app.close());

  it('walkthrough: technical meeting → scheduled → refused by another session’s decision → accepted by its own → linked → implemented', async () => {
    const submitted = await app.http.post('/recommendations').send(aRecommendation(ids.donorId, { targetAgencyIds: [ids.leadId], planId: ids.planId }));
    expect(submitted.status).toBe(201);
    const recommendationId = submitted.body.id as string;
    const [first] = await app.events.readStream(`recommendation-${recommendationId}`);
    // The inline source became the meeting of the id derived from it, recorded first.
    const meetingId = meetingIdOf(aRecommendation(ids.donorId).source as InlineMeeting);
    expect(first.data).toEqual(expect.objectContaining({ meetingId, proposedByOrganizationIds: [ids.donorId], planId: ids.planId, effectiveOn: '2015-11-18' }));
    expect(first.data).not.toHaveProperty('source');
    expect((await app.events.readStream(`meeting-${meetingId}`)).map((e) => e.type)).toEqual(['MeetingRecorded']);

    const scheduled = await app.http.post(`/recommendations/${recommendationId}/schedule`).send({ sessionId: ids.heldSessionId });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body.revision).toBe(1);

    // A decision of another session cannot decide on it, even one that names it.
    const otherSessionId = await heldSession('4a', '2015-12-20');
    const foreign = await write(app, '/decisions', aDecision(otherSessionId, { number: 'IMC-2015/20', kind: 'accept_recommendation', relatedRecommendationIds: [recommendationId] }));
    const refused = await app.http.post(`/recommendations/${recommendationId}/accept`).send({ decisionId: foreign.id });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'DECISION_NOT_OF_SCHEDULED_SESSION', field: 'decisionId' });
    expect(await stream(recommendationId)).toEqual(['RecommendationSubmitted', 'RecommendationScheduledForReview']);

    const own = await write(app, '/decisions', aDecision(ids.heldSessionId, { number: 'IMC-2015/11', kind: 'accept_recommendation', relatedRecommendationIds: [recommendationId] }));
    const accepted = await app.http.post(`/recommendations/${recommendationId}/accept`).send({ decisionId: own.id, reason: 'Fits objective 2' });
    expect(accepted.status).toBe(200);
    const linked = await app.http.post(`/recommendations/${recommendationId}/link-activity`).send({ activityId: ids.activityId, effectiveOn: '2016-01-05' });
    expect(linked.status).toBe(200);
    const implemented = await app.http.post(`/recommendations/${recommendationId}/implemented`).send({ implementedOn: '2017-09-01', note: 'Information point open in Khujand' });
    expect(implemented.status).toBe(200);
    expect(implemented.body.revision).toBe(4);

    const events = await app.events.readStream(`recommendation-${recommendationId}`);
    expect(events.slice(2).map((e) => [e.type, e.data])).toEqual([
      ['RecommendationAccepted', { decisionId: own.id, sessionId: ids.heldSessionId, reason: 'Fits objective 2', effectiveOn: '2015-12-10' }],
      ['RecommendationLinkedToActivity', { activityId: ids.activityId, effectiveOn: '2016-01-05' }],
      ['RecommendationImplemented', { implementedOn: '2017-09-01', note: 'Information point open in Khujand', evidence: [], effectiveOn: '2017-09-01' }],
    ]);
  });

  it('defers at one session and accepts at a later one; the same session cannot review it twice', async () => {
    const rec = await write(app, '/recommendations', aRecommendation(ids.leadId, { text: 'Simplify registration of diaspora associations' }));
    await write(app, `/recommendations/${rec.id}/schedule`, { sessionId: ids.heldSessionId });
    const deferral = await write(app, '/decisions', aDecision(ids.heldSessionId, { number: 'IMC-2015/12', kind: 'defer_recommendation', relatedRecommendationIds: [rec.id] }));
    expect((await app.http.post(`/recommendations/${rec.id}/defer`).send({ decisionId: deferral.id, reason: 'Needs a legal review' })).status).toBe(200);

    const again = await app.http.post(`/recommendations/${rec.id}/schedule`).send({ sessionId: ids.heldSessionId });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'ALREADY_REVIEWED_AT_SESSION' });

    const laterSessionId = await heldSession('5a', '2016-06-20');
    await write(app, `/recommendations/${rec.id}/schedule`, { sessionId: laterSessionId });
    const acceptance = await write(app, '/decisions', aDecision(laterSessionId, { number: 'IMC-2016/03', kind: 'accept_recommendation', relatedRecommendationIds: [rec.id] }));
    expect((await app.http.post(`/recommendations/${rec.id}/accept`).send({ decisionId: acceptance.id })).status).toBe(200);
    expect(await stream(rec.id)).toEqual([
      'RecommendationSubmitted',
      'RecommendationScheduledForReview',
      'RecommendationDeferred',
      'RecommendationScheduledForReview',
      'RecommendationAccepted',
    ]);
  });

  it('rejects by a decision of the session, and a rejected recommendation is final', async () => {
    const rec = await write(app, '/recommendations', aRecommendation(ids.leadId, { source: { kind: 'roundtable', title: 'International Migrants Day roundtable', heldOn: '2015-12-03' } }));
    await write(app, `/recommendations/${rec.id}/schedule`, { sessionId: ids.heldSessionId });
    const rejection = await write(app, '/decisions', aDecision(ids.heldSessionId, { number: 'IMC-2015/13', kind: 'reject_recommendation', relatedRecommendationIds: [rec.id] }));
    const rejected = await app.http.post(`/recommendations/${rec.id}/reject`).send({ decisionId: rejection.id, reason: 'Outside the plan’s mandate' });
    expect(rejected.status).toBe(200);
    const withdraw = await app.http.post(`/recommendations/${rec.id}/withdraw`).send({ reason: 'no longer relevant' });
    expect(withdraw.status).toBe(409);
    expect(withdraw.body).toMatchObject({ code: 'TERMINAL_STATE' });
    expect(await stream(rec.id)).toEqual(['RecommendationSubmitted', 'RecommendationScheduledForReview', 'RecommendationRejected']);
  });

  it('withdraws a submitted recommendation, with a reason', async () => {
    const rec = await write(app, '/recommendations', aRecommendation(ids.leadId));
    const withdrawn = await app.http.post(`/recommendations/${rec.id}/withdraw`).send({ reason: 'Merged into another recommendation', effectiveOn: '2015-11-30' });
    expect(withdrawn.status).toBe(200);
    const [, event] = await app.events.readStream(`recommendation-${rec.id}`);
    expect(event).toMatchObject({ type: 'RecommendationWithdrawn', data: { reason: 'Merged into another recommendation', effectiveOn: '2015-11-30' } });
  });
});
