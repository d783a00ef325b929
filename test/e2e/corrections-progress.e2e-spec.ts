import { aProgressReport } from '../support/builders.js';
import { correctableActivity as plannedActivity, uniqueAcronym } from '../support/correction-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { moment } from '../support/moment.js';

/**
 * Issue 16, corrections: a progress report for a period already reported replaces it (with a
 * reason), a report can be withdrawn (with a reason), the "never lower" rule forgets replaced and
 * withdrawn reports, and the history and both time-travel clocks show the correction.
 */
describe('progress report corrections over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  const Q1 = { periodStart: '2016-01-01', periodEnd: '2016-03-31' };
  const Q2 = { periodStart: '2016-04-01', periodEnd: '2016-06-30' };

  async function startedActivity() {
    const scenario = await plannedActivity(app);
    await write(app, `/activities/${scenario.activityId}/start`, { startedOn: '2016-01-15' });
    return scenario;
  }

  it('refuses a period sharing days with a report in force (409 REPORT_PERIOD_OVERLAPS naming it), appending nothing; withdrawn, its days are free', async () => {
    const { activityId } = await startedActivity();
    await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q1, percentComplete: 30 }));
    const count = (await app.allEvents()).length;
    const overlapping = { periodStart: '2016-03-01', periodEnd: '2016-05-31' };
    const refused = await app.http.post(`/activities/${activityId}/progress-reports`).send(aProgressReport({ ...overlapping, percentComplete: 40 }));
    expect({ status: refused.status, code: refused.body.code, field: refused.body.field }).toEqual({ status: 409, code: 'REPORT_PERIOD_OVERLAPS', field: 'periodStart' });
    expect(refused.body.message).toContain('overlaps the report for 2016-01-01..2016-03-31');
    expect((await app.allEvents()).length).toBe(count);

    await write(app, `/activities/${activityId}/progress-reports/withdraw`, { ...Q1, reason: 'the quarter was reported as two months' });
    const reported = await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...overlapping, percentComplete: 40 }));
    const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: reported.position });
    expect(read.body.progressReports).toEqual([expect.objectContaining({ ...overlapping, percentComplete: 40 })]);
  });

  it('a report for a period already reported replaces it; a later report compares with the correction, not with the replaced figure', async () => {
    const { activityId, planId } = await startedActivity();
    await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q1, percentComplete: 70 }));
    const beforeCorrection = await moment();
    const shownBefore = (await app.http.get(`/activities/${activityId}`).query({ minPosition: (await app.allEvents()).at(-1)!.position })).body;

    const correction = await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q1, percentComplete: 45, reason: '70 counted Kulob twice' }));
    const later = await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q2, percentComplete: 50 }));

    const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: later.position });
    expect(read.body).toMatchObject({ percentComplete: 50, progressReports: [{ ...Q1, percentComplete: 45 }, { ...Q2, percentComplete: 50 }] });

    const history = await app.http.get(`/activities/${activityId}/history`).query({ minPosition: later.position });
    const corrected = history.body.items.find((e: { revision: number }) => e.revision === correction.revision);
    expect(corrected).toMatchObject({
      type: 'ActivityProgressCorrected',
      reason: '70 counted Kulob twice',
      effectiveOn: Q1.periodEnd,
      data: { ...Q1, before: { percentComplete: 70 }, after: { percentComplete: 45 } },
    });

    // knownAt before the correction: what was shown then, on the activity and on the dashboard.
    const then = await app.http.get(`/activities/${activityId}`).query({ knownAt: beforeCorrection });
    expect({ ...then.body, asOf: shownBefore.asOf, overdue: shownBefore.overdue }).toEqual(shownBefore);
    const dashboardThen = await app.http.get(`/plans/${planId}/dashboard`).query({ knownAt: beforeCorrection });
    expect(dashboardThen.body.percentComplete).toBe(70);
    const dashboardNow = await app.http.get(`/plans/${planId}/dashboard`).query({ minPosition: later.position });
    expect(dashboardNow.body.percentComplete).toBe(50);
    // asOf the end of Q1: the corrected figure (a correction is effective when the corrected report was).
    const asOfQ1 = await app.http.get(`/activities/${activityId}`).query({ asOf: Q1.periodEnd });
    expect(asOfQ1.body.percentComplete).toBe(45);
    // The history at the same clocks: known by then, the correction and the later report are not in it;
    // in effect by the end of Q1, the correction is and the Q2 report is not.
    const types = async (query: Record<string, string>) =>
      ((await app.http.get(`/activities/${activityId}/history`).query(query)).body.items as { revision: number }[]).map((e) => e.revision);
    const whole = await types({ minPosition: later.position });
    expect(await types({ knownAt: beforeCorrection })).toEqual(whole.filter((r) => r < correction.revision));
    expect(await types({ asOf: Q1.periodEnd })).toEqual(whole.filter((r) => r !== later.revision));
    expect((await app.http.get(`/activities/${activityId}/history`).query({ knownAt: '2001-01-01T00:00:00Z' })).status).toBe(404);
  });

  it('refuses a correction without a reason (409 REASON_REQUIRED), appending nothing', async () => {
    const { activityId } = await startedActivity();
    await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q1, percentComplete: 70 }));
    const count = (await app.allEvents()).length;
    const refused = await app.http.post(`/activities/${activityId}/progress-reports`).send(aProgressReport({ ...Q1, percentComplete: 75 }));
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
    expect((await app.allEvents()).length).toBe(count);
  });

  describe('POST /activities/:id/progress-reports/withdraw', () => {
    it('withdraws the report of a period; the figure falls back to the report in force', async () => {
      const { activityId } = await startedActivity();
      await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q1, percentComplete: 30 }));
      const q2 = await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q2, percentComplete: 60 }));
      const beforeWithdrawal = await moment();
      const withdrawn = await app.http
        .post(`/activities/${activityId}/progress-reports/withdraw`)
        .set('If-Match', `"${q2.revision}"`)
        .set('Idempotency-Key', 'withdraw-q2')
        .send({ ...Q2, reason: 'reported on the wrong activity' });
      expect(withdrawn.status).toBe(200);
      const again = await app.http.post(`/activities/${activityId}/progress-reports/withdraw`).set('Idempotency-Key', 'withdraw-q2').send({ ...Q2, reason: 'reported on the wrong activity' });
      expect(again.body).toEqual(withdrawn.body);

      const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: withdrawn.body.position });
      expect(read.body).toMatchObject({ percentComplete: 30, progressReports: [{ ...Q1, percentComplete: 30 }] });
      const then = await app.http.get(`/activities/${activityId}`).query({ knownAt: beforeWithdrawal });
      expect(then.body.percentComplete).toBe(60);
      const history = await app.http.get(`/activities/${activityId}/history`).query({ minPosition: withdrawn.body.position });
      expect(history.body.items.at(-1)).toMatchObject({ type: 'ActivityProgressWithdrawn', reason: 'reported on the wrong activity', data: { ...Q2, before: { percentComplete: 60 } } });
      // The withdrawn 60 % no longer counts: 40 % for Q2 needs no reason.
      await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q2, percentComplete: 40 }));
    });

    const cases: { name: string; body: Record<string, unknown>; status: number; code: string; field?: string }[] = [
      { name: 'no reason', body: { ...Q1 }, status: 400, code: 'VALIDATION_FAILED', field: 'reason' },
      { name: 'blank reason', body: { ...Q1, reason: '   ' }, status: 400, code: 'VALIDATION_FAILED', field: 'reason' },
      { name: 'reason not a string', body: { ...Q1, reason: 7 }, status: 400, code: 'VALIDATION_FAILED', field: 'reason' },
      { name: 'no period', body: { reason: 'x' }, status: 400, code: 'VALIDATION_FAILED', field: 'periodStart' },
      { name: 'not a date', body: { ...Q1, periodEnd: '2016-02-30', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED', field: 'periodEnd' },
      { name: 'end before start', body: { periodStart: '2016-03-31', periodEnd: '2016-01-01', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED', field: 'periodEnd' },
      { name: 'unknown property', body: { ...Q1, reason: 'x', percentComplete: 3 }, status: 400, code: 'VALIDATION_FAILED', field: 'percentComplete' },
      { name: 'a period with no report', body: { ...Q2, reason: 'x' }, status: 409, code: 'PROGRESS_REPORT_NOT_FOUND', field: 'periodEnd' },
    ];
    it.each(cases)('refuses $name ($status $code), appending nothing', async ({ body, status, code, field }) => {
      const { activityId } = await startedActivity();
      await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q1, percentComplete: 30 }));
      const count = (await app.allEvents()).length;
      const response = await app.http.post(`/activities/${activityId}/progress-reports/withdraw`).send(body);
      expect(response.status).toBe(status);
      expect(response.body.code).toBe(code);
      if (status === 400) expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
      else expect(response.body.field).toBe(field);
      expect((await app.allEvents()).length).toBe(count);
    });

    it('answers 404 for an unknown activity and 412 for a stale If-Match, appending nothing', async () => {
      const { activityId } = await startedActivity();
      const report = await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q1, percentComplete: 30 }));
      const count = (await app.allEvents()).length;
      const unknown = await app.http.post('/activities/00000000-0000-4000-8000-000000000000/progress-reports/withdraw').send({ ...Q1, reason: 'x' });
      expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      const stale = await app.http.post(`/activities/${activityId}/progress-reports/withdraw`).set('If-Match', `"${report.revision - 1}"`).send({ ...Q1, reason: 'x' });
      expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'REVISION_MISMATCH' });
      expect((await app.allEvents()).length).toBe(count);
    });

    it('lets an agency withdraw reports of its own activities only', async () => {
      const { activityId, leadId } = await startedActivity();
      await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ ...Q1, percentComplete: 30 }));
      const own = await app.token('agency', leadId);
      const other = await app.token('agency', (await write(app, '/organizations', { name: 'Other agency', acronym: uniqueAcronym('OA'), kind: 'state_agency', country: 'TJ' })).id);
      const refused = await app.as(other.token).post(`/activities/${activityId}/progress-reports/withdraw`).send({ ...Q1, reason: 'x' });
      expect(refused.status).toBe(403);
      const allowed = await app.as(own.token).post(`/activities/${activityId}/progress-reports/withdraw`).send({ ...Q1, reason: 'x' });
      expect(allowed.status).toBe(200);
    });
  });
});
