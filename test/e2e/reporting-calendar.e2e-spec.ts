import { aProgressReport } from '../support/builders.js';
import { plannedActivity, projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('the reporting calendar: POST /plans/:id/reporting-calendar and GET /plans/:id/reporting', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof plannedActivity>>;
  beforeAll(async () => {
    app = await startTestApp();
    s = await plannedActivity(app);
  }, 60_000);
  afterAll(async () => app.close());

  it('refuses a calendar that makes no sense with the field named, appending nothing', async () => {
    const before = (await app.allEvents()).length;
    for (const [body, field] of [
      [{ frequency: 'quarterly', dueDays: -1 }, 'dueDays'],
      [{ frequency: 'monthly', dueDays: 30 }, 'frequency'],
      [{ frequency: 'yearly', dueDays: 2.5 }, 'dueDays'],
      [{ frequency: 'yearly', dueDays: 30, approval: 'yes' }, 'approval'],
      [{ frequency: 'yearly', dueDays: 30, effectiveOn: '2024-02-30' }, 'effectiveOn'],
      [{ frequency: 'yearly', dueDays: 30, reason: null }, 'reason'],
    ] as const) {
      const response = await app.http.post(`/plans/${s.planId}/reporting-calendar`).send(body);
      expect(response.status).toBe(400);
      expect(response.body.fields.map((f: { field: string }) => f.field)).toEqual([field]);
    }
    expect((await app.allEvents()).length).toBe(before);
  });

  it('owes a report per quarter from the activity’s start, due 30 days after; counts what is in, by period, agency and objective', async () => {
    await write(app, `/plans/${s.planId}/reporting-calendar`, { frequency: 'quarterly', dueDays: 30 });
    await write(app, `/activities/${s.activityId}/start`, { startedOn: '2016-02-01' });
    const reported = await write(app, `/activities/${s.activityId}/progress-reports`, aProgressReport({ periodStart: '2016-01-01', periodEnd: '2016-03-31', percentComplete: 20 }));
    await projected(app, reported.position);

    const response = await app.http.get(`/plans/${s.planId}/reporting`).query({ asOf: '2016-08-15' });
    expect(response.status).toBe(200);
    expect(response.body.calendar).toEqual({ frequency: 'quarterly', dueDays: 30, approval: false });
    expect(response.body.periods).toEqual([
      { periodStart: '2016-01-01', periodEnd: '2016-03-31', dueOn: '2016-04-30', expected: 1, submitted: 1, approved: 1, awaitingApproval: 0, missing: 0 },
      { periodStart: '2016-04-01', periodEnd: '2016-06-30', dueOn: '2016-07-30', expected: 1, submitted: 0, approved: 0, awaitingApproval: 0, missing: 1 },
    ]);
    expect(response.body.byAgency).toEqual([expect.objectContaining({ agencyId: s.leadId, expected: 2, submitted: 1, missing: 1 })]);
    expect(response.body.byObjective).toEqual([expect.objectContaining({ objectiveId: s.objectiveId, expected: 2, missing: 1 })]);
    expect(response.body.missing).toEqual([expect.objectContaining({ activityId: s.activityId, periodStart: '2016-04-01', periodEnd: '2016-06-30', dueOn: '2016-07-30' })]);

    // Live, every quarter up to today is owed; the first is in.
    const live = (await app.http.get(`/plans/${s.planId}/reporting`)).body;
    expect(live.periods[0]).toMatchObject({ periodStart: '2016-01-01', submitted: 1 });
    expect(live.missing.length).toBe(live.periods.length - 1);
  });

  it('replacing the calendar needs a reason; the same one again appends nothing; an unknown plan is a 404', async () => {
    const refused = await app.http.post(`/plans/${s.planId}/reporting-calendar`).send({ frequency: 'yearly', dueDays: 60 });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.body.code).toBe('REASON_REQUIRED');
    const same = await app.http.post(`/plans/${s.planId}/reporting-calendar`).send({ frequency: 'quarterly', dueDays: 30 });
    const again = await app.http.post(`/plans/${s.planId}/reporting-calendar`).send({ frequency: 'quarterly', dueDays: 30 });
    expect(again.body.revision).toBe(same.body.revision);
    const changed = await write(app, `/plans/${s.planId}/reporting-calendar`, { frequency: 'yearly', dueDays: 60, approval: true, reason: 'the commission meets once a year' });
    await projected(app, changed.position);
    expect((await app.http.get(`/plans/${s.planId}/reporting`).query({ asOf: '2017-03-15' })).body.periods).toEqual([
      { periodStart: '2016-01-01', periodEnd: '2016-12-31', dueOn: '2017-03-01', expected: 1, submitted: 1, approved: 1, awaitingApproval: 0, missing: 0 },
    ]);
    expect((await app.http.get('/plans/00000000-0000-4000-8000-000000000000/reporting')).status).toBe(404);
  });
});
