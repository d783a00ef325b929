import { randomUUID } from 'node:crypto';
import { aPlan, anActivity, anObjective, anOrganization, aProgressReport } from '../support/builders.js';
import { aDecision, aRecommendation, aSession, aSessionHeld } from '../support/commission-builders.js';
import { mountedRoutes } from '../support/access-scenario.js';
import { answerChecker, committedOpenApi } from '../support/openapi-answers.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A 503 on a write means "outcome unknown": the write may or may not have been stored. The client
 * retries with the same Idempotency-Key, and that is safe for every write of the API: a retry after
 * the first was stored answers the same { id, revision, position } — for a create, the same new id,
 * since it derives from the key — and appends nothing. Each write runs once in a story that makes
 * the state it needs, and is then sent again with its key.
 */
describe('every write is safe to retry with the same Idempotency-Key', () => {
  let app: TestApp;
  const covered = new Set<string>();
  const check = answerChecker(committedOpenApi());
  const undocumented: unknown[] = [];
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  /** Sends the write, then the same request again with the same key: same answer, nothing appended. */
  async function twice(route: string, path: string, body: object, as = app.http): Promise<{ id: string; revision: number; position: string; [k: string]: unknown }> {
    covered.add(route);
    const key = `retry-${randomUUID()}`;
    const first = await as.post(path).set('Idempotency-Key', key).send(body);
    if (first.status !== 200 && first.status !== 201) throw new Error(`${route} → ${first.status}: ${JSON.stringify(first.body)}`);
    // The answer is the one the document promises (the web client's types are generated from it).
    const template = route.replace(/^POST /, '').replace(/:(\w+)/g, '{$1}');
    const errors = check('post', template, first.status, first.body);
    if (errors) undocumented.push({ route, errors });
    const stored = await app.allEvents();
    const retried = await as.post(path).set('Idempotency-Key', key).send(body);
    expect({ route, status: retried.status, body: retried.body, etag: retried.headers.etag }).toEqual({ route, status: first.status, body: first.body, etag: first.headers.etag });
    expect({ route, events: (await app.allEvents()).length }).toEqual({ route, events: stored.length });
    return first.body;
  }

  it('for each write route of the API, creates included', async () => {
    const lead = await twice('POST /organizations', '/organizations', anOrganization());
    const donor = await twice('POST /organizations', '/organizations', anOrganization({ name: 'European Union', acronym: 'EU', kind: 'donor', country: 'BE' }));
    const plan = await twice('POST /plans', '/plans', aPlan());
    const objective = await twice('POST /plans/:id/objectives', `/plans/${plan.id}/objectives`, anObjective());
    await twice('POST /plans/:id/adopt', `/plans/${plan.id}/adopt`, { adoptedOn: '2015-03-03', instrument: 'Government Decree No. 97' });
    await twice('POST /plans/:id/revise', `/plans/${plan.id}/revise`, { changes: { coordinatingBody: 'Inter-ministerial commission on migration' }, reason: 'Renamed', effectiveOn: '2015-06-01' });

    // Corrections (issue 16) of the organisations and the plan.
    await twice('POST /organizations/:id/amend', `/organizations/${lead.id}/amend`, { name: 'Migration Service of the MoLMPE', reason: 'registered from an old letterhead' });
    await twice('POST /organizations/:id/rename', `/organizations/${donor.id}/rename`, { name: 'European Union (DG INTPA)', effectiveOn: '2016-01-01' });
    await twice('POST /plans/:id/amend', `/plans/${plan.id}/amend`, { coordinatingBody: 'Commission on migration', reason: 'the decree’s wording' });
    await twice('POST /plans/:id/recode', `/plans/${plan.id}/recode`, { code: aPlan().code, reason: 'the decree’s code' });
    await twice('POST /plans/:id/objectives/:objective/amend', `/plans/${plan.id}/objectives/${objective.objectiveId}/amend`, { title: 'Diaspora investment', reason: 'typo' });
    const spare = await twice('POST /plans/:id/objectives', `/plans/${plan.id}/objectives`, anObjective({ code: '9', title: 'Entered by mistake' }));
    await twice('POST /plans/:id/objectives/:objective/remove', `/plans/${plan.id}/objectives/${spare.objectiveId}/remove`, { reason: 'entered by mistake' });

    // The results framework (issue 12): the catalogue and an objective indicator.
    const dimension = { code: 'sex', names: { en: 'Sex' }, exhaustive: true, categories: [{ code: 'female', names: { en: 'Female' } }, { code: 'male', names: { en: 'Male' } }] };
    await twice('POST /plans/:id/disaggregations', `/plans/${plan.id}/disaggregations`, dimension);
    await twice('POST /plans/:id/disaggregations/:code/amend', `/plans/${plan.id}/disaggregations/sex/amend`, { names: { ru: 'Пол' }, reason: 'Russian name' });
    const o = `/plans/${plan.id}/objectives/${objective.objectiveId}/indicators`;
    const goal = await twice('POST /plans/:id/objectives/:objective/indicators', o, { name: 'Communities reached', unit: 'communities', baseline: 0, targets: [{ year: 2016, value: 100 }] });
    await twice('POST /plans/:id/objectives/:objective/indicators/:indicator/revise', `${o}/${goal.indicatorId}/revise`, { baseline: 5, reason: 'baseline survey' });

    const refs = { planId: plan.id, objectiveId: objective.objectiveId as string, leadAgencyId: lead.id };
    const activity = await twice('POST /activities', '/activities', anActivity(refs));
    const a = `/activities/${activity.id}`;
    await twice('POST /activities/:id/indicators', `${a}/indicators`, { name: 'Diaspora-funded projects', unit: 'projects', baseline: 0, target: 40 });
    await twice('POST /activities/:id/funding-commitments', `${a}/funding-commitments`, { donorId: donor.id, money: { amount: '100000', currency: 'EUR' }, committedOn: '2016-01-15' });
    await twice('POST /activities/:id/start', `${a}/start`, { startedOn: '2016-02-01' });
    await twice('POST /activities/:id/progress-reports', `${a}/progress-reports`, aProgressReport());
    await twice('POST /activities/:id/disbursements', `${a}/disbursements`, { donorId: donor.id, money: { amount: '40000.50', currency: 'EUR' }, disbursedOn: '2016-03-01' });
    // Corrections (issue 16) of the activity.
    await twice('POST /activities/:id/amend', `${a}/amend`, { title: 'Information campaign on investing remittances in Sughd', reason: 'typo' });
    await twice('POST /activities/:id/recode', `${a}/recode`, { code: '2.3a', reason: 'numbered 2.3a in the decree' });
    const indicator = await twice('POST /activities/:id/indicators', `${a}/indicators`, { name: 'Visitors', unit: 'persons', baseline: 0, target: 4 });
    await twice('POST /activities/:id/indicators/:indicator/revise', `${a}/indicators/${indicator.indicatorId}/revise`, { target: 400, reason: 'a zero was missing' });
    await twice('POST /activities/:id/indicators/:indicator/retire', `${a}/indicators/${indicator.indicatorId}/retire`, { reason: 'no longer measured' });
    await twice('POST /activities/:id/progress-reports', `${a}/progress-reports`, aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 50 }));
    await twice('POST /activities/:id/progress-reports/withdraw', `${a}/progress-reports/withdraw`, { periodStart: '2016-07-01', periodEnd: '2016-09-30', reason: 'reported on the wrong activity' });
    // The approval of reports (issue 11), on a plan that asks for it; approved by someone other than the submitter.
    const approving = await twice('POST /plans', '/plans', aPlan());
    const approvingObjective = await twice('POST /plans/:id/objectives', `/plans/${approving.id}/objectives`, anObjective());
    await twice('POST /plans/:id/adopt', `/plans/${approving.id}/adopt`, { adoptedOn: '2015-03-03', instrument: 'Government Decree No. 98' });
    await twice('POST /plans/:id/reporting-calendar', `/plans/${approving.id}/reporting-calendar`, { frequency: 'half_yearly', dueDays: 30, approval: true });
    const reviewed = await twice('POST /activities', '/activities', anActivity({ planId: approving.id, objectiveId: approvingObjective.objectiveId as string, leadAgencyId: lead.id }));
    const r = `/activities/${reviewed.id}`;
    const period = { periodStart: '2016-01-01', periodEnd: '2016-06-30' };
    await twice('POST /activities/:id/start', `${r}/start`, { startedOn: '2016-02-01' });
    await twice('POST /activities/:id/progress-reports', `${r}/progress-reports`, { ...aProgressReport(period), draft: true });
    await twice('POST /activities/:id/progress-reports/submit', `${r}/progress-reports/submit`, period);
    await twice('POST /activities/:id/progress-reports/return', `${r}/progress-reports/return`, { ...period, comment: 'count Kulob once' });
    await twice('POST /activities/:id/progress-reports/submit', `${r}/progress-reports/submit`, period);
    const reviewer = app.as((await app.token('secretariat', null, 'Reviewer')).token);
    await twice('POST /activities/:id/progress-reports/approve', `${r}/progress-reports/approve`, period, reviewer);
    await twice('POST /activities/:id/progress-reports/reopen', `${r}/progress-reports/reopen`, { ...period, reason: 'the ministry revised its count' }, reviewer);
    const mistaken = await twice('POST /activities/:id/disbursements', `${a}/disbursements`, { donorId: donor.id, money: { amount: '10', currency: 'EUR' }, disbursedOn: '2016-03-02' });
    await twice('POST /activities/:id/disbursements/:revision/reverse', `${a}/disbursements/${mistaken.revision}/reverse`, { reason: 'entered twice' });
    const twiceCommitted = await twice('POST /activities/:id/funding-commitments', `${a}/funding-commitments`, { donorId: donor.id, money: { amount: '5', currency: 'EUR' }, committedOn: '2016-01-16' });
    await twice('POST /activities/:id/funding-commitments/:revision/reverse', `${a}/funding-commitments/${twiceCommitted.revision}/reverse`, { reason: 'entered twice' });
    await twice('POST /activities/:id/reschedule', `${a}/reschedule`, { plannedEnd: '2017-12-31', reason: 'commission decision IMC-2016/03', effectiveOn: '2016-05-15' });
    await twice('POST /activities/:id/suspend', `${a}/suspend`, { reason: 'funding gap', effectiveOn: '2016-06-01' });
    await twice('POST /activities/:id/resume', `${a}/resume`, { reason: 'funds arrived', effectiveOn: '2016-07-01' });
    await twice('POST /activities/:id/complete', `${a}/complete`, { completedOn: '2017-05-30', summary: 'done' });
    const other = await twice('POST /activities', '/activities', anActivity(refs, { code: '2.4' }));
    await twice('POST /activities/:id/cancel', `/activities/${other.id}/cancel`, { reason: 'merged into 2.3' });
    // An import of a spreadsheet: its body is the file, not JSON.
    {
      const route = 'POST /plans/:id/activities/import';
      covered.add(route);
      const key = `retry-${randomUUID()}`;
      const file = `Objective,Code,Title (en),Lead agency,Planned start,Planned end\n2,2.9,Imported,${lead.id},2016-01-01,2016-12-31\n`;
      const send = () => app.http.post(`/plans/${plan.id}/activities/import`).set('Idempotency-Key', key).set('Content-Type', 'text/csv').send(file);
      const first = await send();
      expect({ route, status: first.status }).toEqual({ route, status: 201 });
      const errors = check('post', '/plans/{id}/activities/import', first.status, first.body);
      if (errors) undocumented.push({ route, errors });
      const stored = (await app.allEvents()).length;
      const retried = await send();
      expect({ route, status: retried.status, body: retried.body }).toEqual({ route, status: 201, body: first.body });
      expect({ route, events: (await app.allEvents()).length }).toEqual({ route, events: stored });
    }

    const session = await twice('POST /commission/sessions', '/commission/sessions', aSession());
    await twice('POST /commission/sessions/:id/held', `/commission/sessions/${session.id}/held`, aSessionHeld([lead.id, donor.id]));
    const decision = await twice('POST /decisions', '/decisions', aDecision(session.id, { responsibleAgencyIds: [lead.id], relatedActivityIds: [activity.id] }));
    await twice('POST /decisions/:id/amend', `/decisions/${decision.id}/amend`, { dueDate: '2016-09-30', reason: 'the minutes say September' });
    const next = await twice('POST /commission/sessions', '/commission/sessions', aSession({ number: '5', scheduledOn: '2016-06-15' }));
    await twice('POST /commission/sessions/:id/amend', `/commission/sessions/${next.id}/amend`, { scheduledOn: '2016-06-22', reason: 'moved by the chair' });
    await twice('POST /commission/sessions/:id/renumber', `/commission/sessions/${next.id}/renumber`, { number: '5bis', reason: 'the minutes number it 5bis' });
    await twice('POST /decisions/:id/renumber', `/decisions/${decision.id}/renumber`, { number: 'IMC-2015/07bis', reason: 'the minutes number it so' });
    await twice('POST /decisions/:id/follow-ups', `/decisions/${decision.id}/follow-ups`, { note: 'First roundtable held' });
    await twice('POST /decisions/:id/implemented', `/decisions/${decision.id}/implemented`, { implementedOn: '2016-05-20', note: 'Campaign finished' });
    const superseded = await twice('POST /decisions', '/decisions', aDecision(session.id, { number: 'IMC-2015/09', kind: 'request_report' }));
    await twice('POST /decisions/:id/revoke', `/decisions/${superseded.id}/revoke`, { reason: 'Superseded by IMC-2015/07', revokedByDecisionId: decision.id, effectiveOn: '2015-12-10' });

    const recommendation = async (outcome: string) => {
      const made = await twice('POST /recommendations', '/recommendations', aRecommendation(donor.id, { targetAgencyIds: [lead.id], planId: plan.id, text: `To be ${outcome}` }));
      await twice('POST /recommendations/:id/schedule', `/recommendations/${made.id}/schedule`, { sessionId: session.id });
      return made.id;
    };
    const decided = (kind: string, recommendationId: string, number: string) => twice('POST /decisions', '/decisions', aDecision(session.id, { number, kind, relatedRecommendationIds: [recommendationId] }));

    const accepted = await recommendation('accepted');
    const acceptance = await decided('accept_recommendation', accepted, 'IMC-2015/11');
    await twice('POST /recommendations/:id/accept', `/recommendations/${accepted}/accept`, { decisionId: acceptance.id, reason: 'Fits objective 2' });
    await twice('POST /recommendations/:id/link-activity', `/recommendations/${accepted}/link-activity`, { activityId: activity.id, effectiveOn: '2016-01-05' });
    await twice('POST /recommendations/:id/implemented', `/recommendations/${accepted}/implemented`, { implementedOn: '2017-09-01', note: 'Information point open in Khujand' });
    const rejected = await recommendation('rejected');
    const rejection = await decided('reject_recommendation', rejected, 'IMC-2015/13');
    await twice('POST /recommendations/:id/reject', `/recommendations/${rejected}/reject`, { decisionId: rejection.id, reason: 'Outside the plan’s mandate' });
    const deferred = await recommendation('deferred');
    const deferral = await decided('defer_recommendation', deferred, 'IMC-2015/12');
    await twice('POST /recommendations/:id/defer', `/recommendations/${deferred}/defer`, { decisionId: deferral.id, reason: 'Needs a legal review' });
    await twice('POST /recommendations/:id/amend', `/recommendations/${accepted}/amend`, { text: 'Open an information point in Khujand', reason: 'as worded in the minutes' });
    const meeting = await twice('POST /meetings', '/meetings', { kind: 'roundtable', heldOn: '2015-12-18', title: 'International Migrants Day roundtable', organizerIds: [lead.id, donor.id] });
    await twice('POST /meetings/:id/amend', `/meetings/${meeting.id}/amend`, { place: 'Dushanbe', reason: 'as in the report' });
    await twice('POST /meetings/:id/documents', `/meetings/${meeting.id}/documents`, { title: 'Roundtable report', url: 'https://example.org/roundtable.pdf' });
    await twice('POST /recommendations', '/recommendations', { ...aRecommendation(donor.id, { text: 'Named by its meeting' }), source: undefined, meetingId: meeting.id });
    const withdrawn = await twice('POST /recommendations', '/recommendations', aRecommendation(donor.id, { text: 'To be withdrawn' }));
    await twice('POST /recommendations/:id/withdraw', `/recommendations/${withdrawn.id}/withdraw`, { reason: 'Merged into another recommendation' });

    await twice('POST /plans/:id/reporting-calendar', `/plans/${plan.id}/reporting-calendar`, { frequency: 'quarterly', dueDays: 30 });
    await twice('POST /plans/:id/close', `/plans/${plan.id}/close`, { closedOn: '2021-12-31' });

    // People and their access: the user's stream, like any record's (an invitation retried mails nothing more).
    const person = await twice('POST /users', '/users', { email: 'retry@example.org', displayName: 'Retry', role: 'agency', organizationId: lead.id });
    await twice('POST /users/:id/invitation', `/users/${person.id}/invitation`, { reason: 'the first mail was lost' });
    await twice('POST /users/:id/organization', `/users/${person.id}/organization`, { organizationId: donor.id, reason: 'transferred' });
    await twice('POST /users/:id/role', `/users/${person.id}/role`, { role: 'commission', reason: 'appointed to the commission' });
    await twice('POST /users/:id/disable', `/users/${person.id}/disable`, { reason: 'left' });
    await twice('POST /users/:id/enable', `/users/${person.id}/enable`, { reason: 'back' });
    const own = await app.http.post('/auth/tokens').send({ displayName: 'retry script' });
    await twice('POST /auth/tokens/:id/revoke', `/auth/tokens/${own.body.id}/revoke`, { reason: 'done' });
    // A token's secret is shown once: a retried creation is refused (409 naming the token) and appends nothing.
    for (const [route, path] of [['POST /users/:id/tokens', `/users/${app.adminId}/tokens`], ['POST /auth/tokens', '/auth/tokens']]) {
      covered.add(route);
      const key = `retry-${randomUUID()}`;
      const first = await app.http.post(path).set('Idempotency-Key', key).send({ displayName: 'retried' });
      expect({ route, status: first.status }).toEqual({ route, status: 201 });
      const stored = (await app.allEvents()).length;
      const retried = await app.http.post(path).set('Idempotency-Key', key).send({ displayName: 'retried' });
      expect({ route, status: retried.status, code: retried.body.code, tokenId: retried.body.tokenId }).toEqual({ route, status: 409, code: 'TOKEN_ALREADY_ISSUED', tokenId: first.body.id });
      expect({ route, events: (await app.allEvents()).length }).toEqual({ route, events: stored });
    }

    // Every write the app serves is in the story, except the admin's token routes (rows of their own),
    // signing in and out and one-time links (sessions and links, not records: a used link answers 410),
    // and lifting a sign-in lock (a counter cleared, nothing appended).
    const outside = (key: string) => key.startsWith('POST /tokens') || ['POST /auth/login', 'POST /auth/logout', 'POST /auth/password', 'POST /auth/password-reset', 'POST /users/:id/unlock'].includes(key);
    const writes = mountedRoutes(app.app).filter((key) => !key.startsWith('GET ') && !outside(key));
    expect(writes.filter((key) => !covered.has(key))).toEqual([]);
    expect(undocumented).toEqual([]);
  }, 120_000);
});
