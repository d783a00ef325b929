import { aPlan, aProgressReport, anActivity, anObjective, anOrganization } from '../support/builders.js';
import { projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Owed {
  planId: string;
  planCode: string;
  activityId: string;
  code: string;
  leadAgencyId: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  overdue: boolean;
}

const dayAfter = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('GET /progress-reports/owed: the reports due and not in across plans', () => {
  let app: TestApp;
  let lead: string;
  let partner: string;
  let other: string;
  let past: { planId: string; code: string; activityId: string };
  let open: { planId: string; code: string; activityId: string };
  const today = new Date().toISOString().slice(0, 10);

  /** A plan with a quarterly calendar (30 days to report, reports approved by the secretariat) and one activity started on `startedOn`. */
  async function planWithActivity(period: { periodStart: string; periodEnd: string }, activity: Record<string, unknown>, startedOn: string) {
    const plan = await write(app, '/plans', aPlan(period));
    await write(app, `/plans/${plan.id}/reporting-calendar`, { frequency: 'quarterly', dueDays: 30, approval: true });
    const objective = await write(app, `/plans/${plan.id}/objectives`, anObjective());
    const created = await write(
      app,
      '/activities',
      anActivity({ planId: plan.id, objectiveId: objective.objectiveId as string, leadAgencyId: lead }, activity),
    );
    const started = await write(app, `/activities/${created.id}/start`, { startedOn });
    await projected(app, started.position);
    return { planId: plan.id, code: (await app.http.get(`/plans/${plan.id}`)).body.code as string, activityId: created.id };
  }

  beforeAll(async () => {
    app = await startTestApp();
    [lead, partner, other] = (await Promise.all([anOrganization(), anOrganization(), anOrganization()].map((o) => write(app, '/organizations', o)))).map(
      (o) => o.id,
    );
    // 2016 in a plan that ended in 2016: three quarters owed, the first reported.
    past = await planWithActivity(
      { periodStart: '2015-01-01', periodEnd: '2016-09-30' },
      { plannedStart: '2016-01-01', plannedEnd: '2016-09-30' },
      '2016-01-15',
    );
    const reported = await write(
      app,
      `/activities/${past.activityId}/progress-reports`,
      aProgressReport({ periodStart: '2016-01-01', periodEnd: '2016-03-31', percentComplete: 30 }),
    );
    // Started a year ago in a plan running for decades, with a partner: a quarter falls due in any 100 days ahead.
    open = await planWithActivity(
      { periodStart: '2020-01-01', periodEnd: '2199-12-31' },
      { code: '1.1', partnerAgencyIds: [partner], plannedStart: '2020-01-01', plannedEnd: '2199-12-31' },
      dayAfter(today, -365),
    );
    await projected(app, reported.position);
  }, 90_000);
  afterAll(async () => app.close());

  const owed = async (query: Record<string, string> = {}) => {
    const response = await app.http.get('/progress-reports/owed').query(query);
    expect(response.status).toBe(200);
    return response.body as { dueBy: string; items: Owed[] };
  };

  it('lists what each plan’s reporting status lists as missing, with its plan, oldest due first, judged on today', async () => {
    const answer = await owed();
    expect(answer.dueBy).toBe(today);
    const missing = async (planId: string) =>
      ((await app.http.get(`/plans/${planId}/reporting`)).body.missing as Owed[]).map((m) => `${m.activityId} ${m.periodStart} ${m.dueOn}`);
    expect(answer.items.map((m) => `${m.activityId} ${m.periodStart} ${m.dueOn}`).sort()).toEqual(
      [...(await missing(past.planId)), ...(await missing(open.planId))].sort(),
    );
    const pastActivity = {
      planId: past.planId,
      planCode: past.code,
      activityId: past.activityId,
      code: '2.3',
      title: 'Information campaign on investing remittances',
      leadAgencyId: lead,
    };
    expect(answer.items.filter((m) => m.planId === past.planId)).toEqual([
      { ...pastActivity, periodStart: '2016-04-01', periodEnd: '2016-06-30', dueOn: '2016-07-30', overdue: true },
      { ...pastActivity, periodStart: '2016-07-01', periodEnd: '2016-09-30', dueOn: '2016-10-30', overdue: true },
    ]);
    expect(answer.items.filter((m) => m.planId === open.planId).length).toBeGreaterThanOrEqual(3);
    expect(answer.items.every((m) => m.overdue && m.dueOn < today)).toBe(true);
    expect(answer.items.map((m) => m.dueOn)).toEqual(answer.items.map((m) => m.dueOn).sort());
  });

  it('looks ahead with dueBy: the reports falling due until then, not overdue yet', async () => {
    const dueBy = dayAfter(today, 100);
    const ahead = await owed({ dueBy });
    const upcoming = ahead.items.filter((m) => !m.overdue);
    expect(upcoming.length).toBeGreaterThanOrEqual(1);
    expect(upcoming.every((m) => m.planId === open.planId && m.dueOn >= today && m.dueOn <= dueBy)).toBe(true);
    expect(ahead.items.length).toBe((await owed()).items.length + upcoming.length);
  });

  it('filters by plan and by agency, lead or partner; an organisation with no activity owes nothing', async () => {
    expect(new Set((await owed({ planId: past.planId })).items.map((m) => m.planId))).toEqual(new Set([past.planId]));
    const all = (await owed()).items.length;
    expect((await owed({ agencyId: lead })).items.length).toBe(all);
    expect((await owed({ agencyId: partner })).items.map((m) => m.activityId)).toEqual((await owed({ planId: open.planId })).items.map((m) => m.activityId));
    expect((await owed({ agencyId: other })).items).toEqual([]);
  });

  it('takes a report off once it is submitted; a draft is not in', async () => {
    const before = (await owed({ planId: past.planId })).items;
    const draft = await write(
      app,
      `/activities/${past.activityId}/progress-reports`,
      aProgressReport({ periodStart: '2016-04-01', periodEnd: '2016-06-30', percentComplete: 50, draft: true }),
    );
    await projected(app, draft.position);
    expect((await owed({ planId: past.planId })).items).toEqual(before);
    const report = await write(
      app,
      `/activities/${past.activityId}/progress-reports`,
      aProgressReport({ periodStart: '2016-04-01', periodEnd: '2016-06-30', percentComplete: 50 }),
    );
    // Read-your-writes, as on every read: the answer waits for the report's position.
    expect((await owed({ planId: past.planId, minPosition: report.position as string })).items.map((m) => m.periodStart)).toEqual(['2016-07-01']);
    const underway = await app.http.get('/progress-reports').query({ planId: past.planId, minPosition: report.position });
    expect(underway.status).toBe(200);
    expect(underway.body.items.map((r: { periodStart: string; stage: string }) => `${r.periodStart} ${r.stage}`)).toEqual([
      '2016-01-01 submitted',
      '2016-04-01 submitted',
    ]);
  });

  it('a completed activity still owes the reports of the periods it ran in, and they can be made late; none after it', async () => {
    const completed = await write(app, `/activities/${past.activityId}/complete`, { completedOn: '2016-08-15' });
    await projected(app, completed.position);
    expect((await owed({ planId: past.planId })).items.map((m) => m.periodStart)).toEqual(['2016-07-01']);
    const late = await write(
      app,
      `/activities/${past.activityId}/progress-reports`,
      aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 100 }),
    );
    await projected(app, late.position);
    expect((await owed({ planId: past.planId })).items).toEqual([]);
    const after = await app.http
      .post(`/activities/${past.activityId}/progress-reports`)
      .send(aProgressReport({ periodStart: '2016-10-01', periodEnd: '2016-12-31', percentComplete: 100 }));
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({ code: 'TERMINAL_STATE', field: 'periodStart' });
  });

  it('refuses a query it cannot answer with the field named', async () => {
    for (const [query, field] of [
      [{ dueBy: '2016-02-30' }, 'dueBy'],
      [{ agencyId: 'MS' }, 'agencyId'],
      [{ planId: '1' }, 'planId'],
    ] as const) {
      const response = await app.http.get('/progress-reports/owed').query(query);
      expect(response.status).toBe(400);
      expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
  });
});
