import { anObjective, anOrganization, aProgressReport } from '../support/builders.js';
import { correctableActivity as plannedActivity, uniqueAcronym } from '../support/correction-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { moment } from '../support/moment.js';

/** Issue 16, corrections: POST /activities/:id/amend, with a reason, before and after in the history. */
describe('POST /activities/:id/amend', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());


  it('corrects the details; the activity, the dashboard and the agency scope follow; the history shows before and after; knownAt before answers what was shown then', async () => {
    const { activityId, planId, objectiveId, leadId } = await plannedActivity(app);
    const other = await write(app, `/plans/${planId}/objectives`, anObjective({ code: '3', title: 'Skills' }));
    const partner = await write(app, '/organizations', anOrganization({ name: 'Agency for Labour', acronym: uniqueAcronym('AL') }));
    const shown = await app.http.get(`/activities/${activityId}`);
    const dashboardShown = await app.http.get(`/plans/${planId}/dashboard`);
    const before = await moment();

    const amended = await app.http
      .post(`/activities/${activityId}/amend`)
      .set('If-Match', shown.headers.etag)
      .send({
        title: 'Information campaign on investing remittances in Sughd',
        objectiveId: other.objectiveId,
        leadAgencyId: partner.id,
        partnerAgencyIds: [leadId],
        locations: [{ province: 'Sughd' }],
        budget: { amount: '300000', currency: 'EUR' },
        reason: 'entered under the wrong objective and lead',
      });
    expect(amended.status).toBe(200);

    const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: amended.body.position });
    expect(read.body).toMatchObject({
      title: 'Information campaign on investing remittances in Sughd',
      objectiveId: other.objectiveId,
      leadAgencyId: partner.id,
      partnerAgencyIds: [leadId],
      locations: [{ province: 'Sughd' }],
      budget: { amount: '300000.00', currency: 'EUR' },
      code: '2.3',
    });
    expect(read.headers.etag).toBe(`"${amended.body.revision}"`);

    const history = await app.http.get(`/activities/${activityId}/history`).query({ minPosition: amended.body.position });
    expect(history.body.items.at(-1)).toMatchObject({
      type: 'ActivityAmended',
      reason: 'entered under the wrong objective and lead',
      data: {
        before: { objectiveId, leadAgencyId: leadId, partnerAgencyIds: [], titles: { en: 'Information campaign on investing remittances' }, budget: { amount: '250000.00', currency: 'EUR' } },
        after: { objectiveId: other.objectiveId, leadAgencyId: partner.id, partnerAgencyIds: [leadId], budget: { amount: '300000.00', currency: 'EUR' } },
      },
    });

    const dashboard = await app.http.get(`/plans/${planId}/dashboard`).query({ minPosition: amended.body.position });
    const activitiesOf = (d: { byObjective: { objectiveId: string; activities: number }[] }, id: string) => d.byObjective.find((o) => o.objectiveId === id)?.activities;
    expect([activitiesOf(dashboard.body, objectiveId), activitiesOf(dashboard.body, other.objectiveId as string)]).toEqual([0, 1]);
    expect(dashboard.body.budget).toEqual([expect.objectContaining({ currency: 'EUR', planned: '300000.00' })]);
    expect(dashboard.body.byProvince.map((p: { province: string }) => p.province)).toEqual(['Sughd']);

    // knownAt before the amendment: what was shown then.
    const then = await app.http.get(`/activities/${activityId}`).query({ knownAt: before });
    expect({ ...then.body, asOf: shown.body.asOf }).toEqual(shown.body);
    const dashboardThen = await app.http.get(`/plans/${planId}/dashboard`).query({ knownAt: before });
    expect({ ...dashboardThen.body, asOf: dashboardShown.body.asOf }).toEqual({ ...dashboardShown.body, byObjective: expect.arrayContaining(dashboardShown.body.byObjective) });

    // The new lead agency now writes progress on it; the former lead, now a partner, still may.
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    const newLead = await app.token('agency', partner.id);
    const report = await app.as(newLead.token).post(`/activities/${activityId}/progress-reports`).send(aProgressReport());
    expect(report.status).toBe(201);
  });

  it('an amendment that changes nothing appends nothing and answers the current revision', async () => {
    const { activityId, activity } = await plannedActivity(app);
    const count = (await app.allEvents()).length;
    const response = await app.http.post(`/activities/${activityId}/amend`).send({ title: 'Information campaign on investing remittances', reason: 'checking' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: activityId, revision: activity.revision });
    expect((await app.allEvents()).length).toBe(count);
  });

  type Case = { name: string; body: (ids: { otherPlanObjective: string }) => Record<string, unknown>; status: number; code: string; field?: string };
  const cases: Case[] = [
    { name: 'no reason', body: () => ({ title: 'x' }), status: 400, code: 'VALIDATION_FAILED', field: 'reason' },
    { name: 'blank reason', body: () => ({ title: 'x', reason: ' \t' }), status: 400, code: 'VALIDATION_FAILED', field: 'reason' },
    { name: 'empty title', body: () => ({ title: '', reason: 'r' }), status: 400, code: 'VALIDATION_FAILED', field: 'title' },
    { name: 'objective not a uuid', body: () => ({ objectiveId: 'obj-2', reason: 'r' }), status: 400, code: 'VALIDATION_FAILED', field: 'objectiveId' },
    { name: 'budget with a bad amount', body: () => ({ budget: { amount: '1,000', currency: 'EUR' }, reason: 'r' }), status: 400, code: 'VALIDATION_FAILED', field: 'budget.amount' },
    { name: 'a bad SDG tag', body: () => ({ tags: { sdg: ['x'], gcm: [] }, reason: 'r' }), status: 400, code: 'VALIDATION_FAILED', field: 'tags.sdg' },
    { name: 'the code (not amendable here)', body: () => ({ code: '9.9', reason: 'r' }), status: 400, code: 'VALIDATION_FAILED', field: 'code' },
    { name: 'no field to amend', body: () => ({ reason: 'r' }), status: 409, code: 'AMENDMENT_EMPTY' },
    { name: 'an objective of another plan', body: (i) => ({ objectiveId: i.otherPlanObjective, reason: 'r' }), status: 409, code: 'OBJECTIVE_NOT_IN_PLAN', field: 'objectiveId' },
    { name: 'a zero budget', body: () => ({ budget: { amount: '0', currency: 'EUR' }, reason: 'r' }), status: 400, code: 'VALIDATION_FAILED', field: 'budget.amount' },
    { name: 'an unknown lead agency', body: () => ({ leadAgencyId: '00000000-0000-4000-8000-000000000001', reason: 'r' }), status: 404, code: 'NOT_FOUND', field: 'leadAgencyId' },
    { name: 'an unknown partner', body: () => ({ partnerAgencyIds: ['00000000-0000-4000-8000-000000000001'], reason: 'r' }), status: 404, code: 'NOT_FOUND', field: 'partnerAgencyIds[0]' },
  ];
  it.each(cases)('refuses $name ($status $code), appending nothing', async ({ body, status, code, field }) => {
    const { activityId } = await plannedActivity(app);
    const otherPlan = await plannedActivity(app);
    const count = (await app.allEvents()).length;
    const response = await app.http.post(`/activities/${activityId}/amend`).send(body({ otherPlanObjective: otherPlan.objectiveId }));
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    if (status === 400) expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    else if (field) expect(response.body.field).toBe(field);
    expect((await app.allEvents()).length).toBe(count);
  });

  it('answers 404 for an unknown activity, 412 for a stale If-Match, 403 to an agency, appending nothing', async () => {
    const { activityId, leadId } = await plannedActivity(app);
    const count = (await app.allEvents()).length;
    const unknown = await app.http.post('/activities/00000000-0000-4000-8000-000000000000/amend').send({ title: 'x', reason: 'r' });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const stale = await app.http.post(`/activities/${activityId}/amend`).set('If-Match', '"7"').send({ title: 'x', reason: 'r' });
    expect({ status: stale.status, code: stale.body.code, expected: stale.body.expected, actual: stale.body.actual }).toEqual({ status: 412, code: 'REVISION_MISMATCH', expected: 7, actual: 0 });
    const agency = await app.token('agency', leadId);
    const forbidden = await app.as(agency.token).post(`/activities/${activityId}/amend`).send({ title: 'x', reason: 'r' });
    expect(forbidden.status).toBe(403);
    expect((await app.allEvents()).length).toBe(count);
  });
});
