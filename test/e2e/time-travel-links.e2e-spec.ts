import { aDecision, aRecommendation, aSession, aSessionHeld } from '../support/commission-builders.js';
import { anActivity, anObjective, anOrganization, aPlan } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { moment } from '../support/moment.js';

/**
 * A time-travel dashboard counts a record under the plan only if it was linked to the plan then.
 * A recommendation made under no plan is accepted (with a decision naming it), and only later
 * linked to one of the plan's activities: before the link it is not the plan's, nor is the decision
 * that relates to it, on either clock.
 */
describe('time-travel dashboard: records chosen by their links at that time', () => {
  let app: TestApp;
  const s: Record<string, string> = {};
  let last = '';
  const post = async (path: string, body: unknown) => {
    const r = await write(app, path, body);
    last = r.position;
    return r;
  };
  const dashboard = async (query: Record<string, string> = {}) => {
    const response = await app.http.get(`/plans/${s.plan}/dashboard`).query({ ...query, minPosition: last });
    expect(response.status).toBe(200);
    return response.body;
  };
  const counted = (d: { decisions: { total: number }; recommendations: { total: number } }) => ({ decisions: d.decisions.total, recommendations: d.recommendations.total });
  const at: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    s.lead = (await post('/organizations', anOrganization({ acronym: 'MS' }))).id;
    s.plan = (await post('/plans', aPlan({ effectiveOn: '2014-12-01' }))).id;
    s.objective = (await post(`/plans/${s.plan}/objectives`, anObjective({ code: '1', effectiveOn: '2014-12-01' }))).objectiveId as string;
    s.activity = (await post('/activities', anActivity({ planId: s.plan, objectiveId: s.objective, leadAgencyId: s.lead }, { effectiveOn: '2015-12-01' }))).id;
    s.session = (await post('/commission/sessions', aSession())).id;
    await post(`/commission/sessions/${s.session}/held`, aSessionHeld([s.lead]));
    // Made under no plan, accepted on 2015-12-10 by a decision that names it.
    s.recommendation = (await post('/recommendations', aRecommendation(s.lead))).id;
    await post(`/recommendations/${s.recommendation}/schedule`, { sessionId: s.session });
    s.decision = (await post('/decisions', aDecision(s.session, { kind: 'accept_recommendation', relatedRecommendationIds: [s.recommendation] }))).id;
    await post(`/recommendations/${s.recommendation}/accept`, { decisionId: s.decision });
    at.beforeLink = await moment();
    await post(`/recommendations/${s.recommendation}/link-activity`, { activityId: s.activity, effectiveOn: '2016-06-01' });
    at.afterLink = await moment();
  }, 60_000);
  afterAll(async () => app.close());

  it('live, and after the link on both clocks: the recommendation and its decision are the plan’s', async () => {
    expect(counted(await dashboard())).toEqual({ decisions: 1, recommendations: 1 });
    expect(counted(await dashboard({ knownAt: at.afterLink }))).toEqual({ decisions: 1, recommendations: 1 });
    expect(counted(await dashboard({ asOf: '2016-07-01' }))).toEqual({ decisions: 1, recommendations: 1 });
  });

  it('knownAt before the link was recorded: neither is counted', async () => {
    expect(counted(await dashboard({ knownAt: at.beforeLink }))).toEqual({ decisions: 0, recommendations: 0 });
  });

  it('asOf before the link took effect: neither is counted', async () => {
    expect(counted(await dashboard({ asOf: '2016-03-01' }))).toEqual({ decisions: 0, recommendations: 0 });
  });
});

/** The time-travel cache answers what folding answers, and a new event makes it fold again. */
describe('time-travel dashboard cache', () => {
  let app: TestApp;
  const s: Record<string, string> = {};
  beforeAll(async () => {
    app = await startTestApp();
    s.lead = (await write(app, '/organizations', anOrganization({ acronym: 'MS' }))).id;
    s.plan = (await write(app, '/plans', aPlan({ effectiveOn: '2014-12-01' }))).id;
    s.objective = (await write(app, `/plans/${s.plan}/objectives`, anObjective({ code: '1', effectiveOn: '2014-12-01' }))).objectiveId as string;
    s.last = (await write(app, '/activities', anActivity({ planId: s.plan, objectiveId: s.objective, leadAgencyId: s.lead }, { code: '1.1', effectiveOn: '2015-12-01' }))).position;
  }, 60_000);
  afterAll(async () => app.close());

  it('repeats give equal answers; a later back-dated activity shows at once on the same asOf', async () => {
    const get = async () => (await app.http.get(`/plans/${s.plan}/dashboard`).query({ asOf: '2016-06-30', minPosition: s.last })).body;
    const first = await get();
    expect(first.activities.total).toBe(1);
    expect(await get()).toEqual(first);
    s.last = (await write(app, '/activities', anActivity({ planId: s.plan, objectiveId: s.objective, leadAgencyId: s.lead }, { code: '1.2', effectiveOn: '2015-12-01' }))).position;
    const after = await get();
    expect(after.activities.total).toBe(2);
    expect(await get()).toEqual(after);
  });
});
