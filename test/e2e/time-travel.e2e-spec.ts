import { anActivity, anObjective, anOrganization, aPlan, aProgressReport } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { moment } from '../support/moment.js';

/**
 * Both clocks on GET /activities/:id and GET /plans/:id/dashboard. Everything is recorded today about
 * 2015–2017 (back-filled), then corrected later: a lower progress figure for the same period, with a
 * reason, and a reschedule dated back to 2016. `knownAt` moments are taken between the writes
 * (recordedAt is the server clock at the command), with a short pause on either side so that the
 * moment is strictly between two recordings; nothing asserts on time itself.
 */
describe('time travel: asOf (business date) and knownAt (recording time)', () => {
  let app: TestApp;
  const s: Record<string, string> = {};
  let last = '';
  const post = async (path: string, body: unknown) => {
    const r = await write(app, path, body);
    last = r.position;
    return r;
  };
  const activity = async (id: string, query: Record<string, string> = {}) => {
    const response = await app.http.get(`/activities/${id}`).query({ ...query, minPosition: last });
    return response.status === 200 ? response.body : response.status;
  };
  const dashboard = async (query: Record<string, string> = {}) => {
    const response = await app.http.get(`/plans/${s.plan}/dashboard`).query({ ...query, minPosition: last });
    return response.status === 200 ? response.body : response.status;
  };

  /** What the system showed just before the corrections, captured live then. */
  const before: Record<string, any> = {};
  const at: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    at.beforeAnything = await moment();
    s.lead = (await post('/organizations', anOrganization({ acronym: 'MS' }))).id;
    s.eu = (await post('/organizations', anOrganization({ name: 'European Union', acronym: 'EU', kind: 'donor', country: 'BE' }))).id;
    s.plan = (await post('/plans', aPlan({ effectiveOn: '2014-12-01' }))).id;
    s.objective = (await post(`/plans/${s.plan}/objectives`, anObjective({ code: '1', effectiveOn: '2014-12-01' }))).objectiveId as string;
    const plan = (overrides: Record<string, unknown>) =>
      post('/activities', anActivity({ planId: s.plan, objectiveId: s.objective, leadAgencyId: s.lead }, { effectiveOn: '2015-12-01', locations: [{ province: 'Sughd' }], ...overrides }));

    // A1: started 2016-02-01, due 2016-05-31; 60 % for Q2 2016; EU commits 600 EUR in January, disburses 100 in August.
    s.a1 = (await plan({ code: '1.1', plannedStart: '2016-01-01', plannedEnd: '2016-05-31', budget: { amount: '1000.00', currency: 'EUR' } })).id;
    await post(`/activities/${s.a1}/start`, { startedOn: '2016-02-01' });
    await post(`/activities/${s.a1}/funding-commitments`, { donorId: s.eu, money: { amount: '600', currency: 'EUR' }, committedOn: '2016-01-10' });
    await post(`/activities/${s.a1}/progress-reports`, aProgressReport({ periodStart: '2016-04-01', periodEnd: '2016-06-30', percentComplete: 60 }));
    at.afterQ2Report = await moment();
    await post(`/activities/${s.a1}/progress-reports`, aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 80 }));
    await post(`/activities/${s.a1}/disbursements`, { donorId: s.eu, money: { amount: '100', currency: 'EUR' }, disbursedOn: '2016-08-01' });
    // A2: started 2016-03-01, completed 2016-12-15, due 2017-06-30.
    s.a2 = (await plan({ code: '1.2', plannedStart: '2016-03-01', plannedEnd: '2017-06-30', budget: { amount: '500.00', currency: 'EUR' } })).id;
    await post(`/activities/${s.a2}/start`, { startedOn: '2016-03-01' });
    await post(`/activities/${s.a2}/complete`, { completedOn: '2016-12-15' });
    // A3: planned only from 2016-08-01 on (it did not exist on 2016-06-30), due 2017-12-31, never started.
    s.a3 = (await plan({ code: '1.3', plannedStart: '2016-09-01', plannedEnd: '2017-12-31', budget: { amount: '2000.00', currency: 'EUR' }, effectiveOn: '2016-08-01' })).id;

    before.a1 = await activity(s.a1);
    before.a1AsOf = await activity(s.a1, { asOf: '2016-06-30' });
    before.dashboard = await dashboard();
    before.dashboardAsOf = await dashboard({ asOf: '2016-06-30' });
    at.beforeCorrections = await moment();

    // The corrections, recorded later: Q2 2016 was over-reported, and the due date had been moved in May 2016.
    await post(`/activities/${s.a1}/progress-reports`, aProgressReport({ periodStart: '2016-04-01', periodEnd: '2016-06-30', percentComplete: 45, reason: 'roundtables double-counted' }));
    await post(`/activities/${s.a1}/reschedule`, { plannedEnd: '2016-12-31', reason: 'commission decision IMC-2016/03', effectiveOn: '2016-05-15' });
    at.afterCorrections = await moment();
  });
  afterAll(async () => app.close());

  describe('asOf=2016-06-30 on the back-filled record (before the corrections)', () => {
    it('GET /activities/:id: the state on that date, overdue judged on it', () => {
      expect(before.a1AsOf).toMatchObject({
        id: s.a1,
        asOf: '2016-06-30',
        status: 'in_progress',
        percentComplete: 60,
        plannedEnd: '2016-05-31',
        overdue: true,
        funding: [{ donorId: s.eu, currency: 'EUR', committed: '600.00', disbursed: '0.00' }],
      });
      expect(before.a1).toMatchObject({ status: 'in_progress', percentComplete: 80, overdue: true, funding: [{ donorId: s.eu, currency: 'EUR', committed: '600.00', disbursed: '100.00' }] });
    });

    it('GET /activities/:id: not yet completed, not yet planned', async () => {
      expect(await activity(s.a2, { asOf: '2016-06-30' })).toMatchObject({ status: 'in_progress', percentComplete: 0, overdue: false });
      expect(await activity(s.a2)).toMatchObject({ status: 'completed', percentComplete: 100, overdue: false });
      expect(await activity(s.a3, { asOf: '2016-06-30' })).toBe(404);
      expect(await activity(s.a3, { asOf: '2016-08-01' })).toMatchObject({ status: 'planned', overdue: false });
    });

    it('GET /plans/:id/dashboard: the activities that existed then, their state, overdue and money on that date', () => {
      expect(before.dashboardAsOf).toMatchObject({
        asOf: '2016-06-30',
        activities: { total: 2, byStatus: { planned: 0, in_progress: 2, completed: 0, suspended: 0, cancelled: 0 }, overdue: 1 },
        percentComplete: 30, // (60 + 0) / 2
        budget: [{ currency: 'EUR', planned: '1500.00', committed: '600.00', disbursed: '0.00' }],
      });
      // Today: A1 at 80 and overdue, A2 completed, A3 planned and overdue.
      expect(before.dashboard).toMatchObject({
        activities: { total: 3, byStatus: { planned: 1, in_progress: 1, completed: 1, suspended: 0, cancelled: 0 }, overdue: 2 },
        percentComplete: 60, // (80 + 100 + 0) / 3
        budget: [{ currency: 'EUR', planned: '3500.00', committed: '600.00', disbursed: '100.00' }],
      });
    });
  });

  describe('a correction recorded later', () => {
    it('changes the answer for 2016-06-30 by what is known now', async () => {
      expect(await activity(s.a1, { asOf: '2016-06-30' })).toMatchObject({ percentComplete: 45, plannedEnd: '2016-12-31', overdue: false });
      expect(await dashboard({ asOf: '2016-06-30' })).toMatchObject({ activities: { total: 2, overdue: 0 }, percentComplete: 22.5 });
    });

    it('leaves today’s percent alone (a later period’s report stands) but moves the due date', async () => {
      expect(await activity(s.a1)).toMatchObject({ percentComplete: 80, plannedEnd: '2016-12-31', overdue: true });
    });

    it('knownAt before it: exactly what the system showed then, live', async () => {
      expect(await activity(s.a1, { knownAt: at.beforeCorrections })).toEqual(before.a1);
      expect(await dashboard({ knownAt: at.beforeCorrections })).toEqual(before.dashboard);
    });

    it('knownAt after it: the corrected state, as shown live now', async () => {
      expect(await activity(s.a1, { knownAt: at.afterCorrections })).toEqual(await activity(s.a1));
      expect(await dashboard({ knownAt: at.afterCorrections })).toEqual(await dashboard());
    });

    it('asOf and knownAt together: the state on 2016-06-30 as known before the corrections, then after', async () => {
      expect(await activity(s.a1, { asOf: '2016-06-30', knownAt: at.beforeCorrections })).toEqual(before.a1AsOf);
      expect(await dashboard({ asOf: '2016-06-30', knownAt: at.beforeCorrections })).toEqual(before.dashboardAsOf);
      expect(await activity(s.a1, { asOf: '2016-06-30', knownAt: at.afterCorrections })).toEqual(await activity(s.a1, { asOf: '2016-06-30' }));
    });

    it('asOf and knownAt together before the later-period report was recorded: Q3 2016 not yet known', async () => {
      expect(await activity(s.a1, { asOf: '2016-09-30' })).toMatchObject({ percentComplete: 80, funding: [{ disbursed: '100.00' }] });
      expect(await activity(s.a1, { asOf: '2016-09-30', knownAt: at.afterQ2Report })).toMatchObject({
        percentComplete: 60,
        funding: [{ committed: '600.00', disbursed: '0.00' }],
        overdue: true,
      });
      // A2 and A3 were not recorded yet at that moment.
      expect(await dashboard({ asOf: '2016-09-30', knownAt: at.afterQ2Report })).toMatchObject({ activities: { total: 1, overdue: 1 }, percentComplete: 60 });
    });

    it('knownAt before anything was recorded: nothing existed', async () => {
      expect(await activity(s.a1, { knownAt: at.beforeAnything })).toBe(404);
      expect(await dashboard({ knownAt: at.beforeAnything })).toBe(404);
      // The dashboard says when the plan was first recorded, the first moment worth asking for.
      const before = await app.http.get(`/plans/${s.plan}/dashboard`).query({ knownAt: at.beforeAnything });
      const first = (await app.http.get(`/plans/${s.plan}/history`)).body.items[0].recordedAt as string;
      expect(before.body).toMatchObject({ statusCode: 404, code: 'NOT_YET_RECORDED', firstRecordedAt: first, message: expect.stringContaining(first) });
      expect((await app.http.get(`/plans/${s.plan}/dashboard`).query({ knownAt: first })).status).toBe(200);
      const unknown = await app.http.get('/plans/00000000-0000-4000-8000-000000000000/dashboard').query({ knownAt: at.beforeAnything });
      expect(unknown.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    });

    it('asOf before anything of it took effect: the plan and the activity say the date they first did', async () => {
      const firstOn = async (path: string) => ((await app.http.get(path)).body.items as { effectiveOn: string }[]).map((e) => e.effectiveOn).sort()[0];
      const planFirst = await firstOn(`/plans/${s.plan}/history`);
      const activityFirst = await firstOn(`/activities/${s.a1}/history`);
      const dayBefore = (date: string) => new Date(Date.parse(date) - 86_400_000).toISOString().slice(0, 10);
      const plan = await app.http.get(`/plans/${s.plan}/dashboard`).query({ asOf: dayBefore(planFirst) });
      expect(plan.body).toMatchObject({ statusCode: 404, code: 'NOT_YET_IN_EFFECT', firstEffectiveOn: planFirst, message: expect.stringContaining(planFirst) });
      expect((await app.http.get(`/plans/${s.plan}/dashboard`).query({ asOf: planFirst })).status).toBe(200);
      for (const path of [`/activities/${s.a1}`, `/activities/${s.a1}/history`]) {
        const answer = await app.http.get(path).query({ asOf: dayBefore(activityFirst) });
        expect(answer.body).toMatchObject({ statusCode: 404, code: 'NOT_YET_IN_EFFECT', firstEffectiveOn: activityFirst });
        expect((await app.http.get(path).query({ asOf: activityFirst })).status).toBe(200);
      }
      // Recorded after knownAt comes first: nothing can be said of its dates then.
      expect((await app.http.get(`/activities/${s.a1}`).query({ asOf: dayBefore(activityFirst), knownAt: at.beforeAnything })).body.code).toBe('NOT_YET_RECORDED');
      const unknown = await app.http.get('/activities/00000000-0000-4000-8000-000000000000').query({ asOf: '2000-01-01' });
      expect(unknown.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    });

    it('the history shows the correction with its reason, the figure before and after', async () => {
      const history = (await app.http.get(`/activities/${s.a1}/history`).query({ minPosition: last })).body;
      const entries = Array.isArray(history) ? history : history.items;
      expect(entries.filter((e: any) => e.type === 'ActivityProgressReported').map((e: any) => [e.data.percentComplete, e.reason])).toEqual([
        [60, null],
        [80, null],
      ]);
      // Issue 16: a report for a period already reported is a correction, recorded as such.
      expect(entries.filter((e: any) => e.type === 'ActivityProgressCorrected').map((e: any) => [e.data.before.percentComplete, e.data.after.percentComplete, e.reason])).toEqual([
        [60, 45, 'roundtables double-counted'],
      ]);
    });
  });
});
