import type TestAgent from 'supertest/lib/agent.js';
import { aProgressReport } from '../support/builders.js';
import { plannedActivity, projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const H1 = { periodStart: '2016-01-01', periodEnd: '2016-06-30' };
const H2 = { periodStart: '2016-07-01', periodEnd: '2016-12-31' };

/**
 * The approval of progress reports (issue 11 item 2) over HTTP, with an agency focal point and two
 * secretariat members: draft → submit → return → resubmit → approve → locked → reopen → approve again.
 */
describe('progress reports under approval', () => {
  let app: TestApp;
  let s: Awaited<ReturnType<typeof plannedActivity>>;
  let agency: TestAgent;
  let secretariat: TestAgent;
  const reports = (path = '') => `/activities/${s.activityId}/progress-reports${path}`;
  const activity = async (query: Record<string, string> = {}) => (await app.http.get(`/activities/${s.activityId}`).query(query).expect(200)).body;
  const reporting = async () => (await app.http.get(`/plans/${s.planId}/reporting`).query({ asOf: '2016-09-30' }).expect(200)).body.periods[0];
  const settled = async (response: { body: { position: string } }) => projected(app, response.body.position);

  beforeAll(async () => {
    app = await startTestApp();
    s = await plannedActivity(app);
    await write(app, `/plans/${s.planId}/reporting-calendar`, { frequency: 'half_yearly', dueDays: 30, approval: true });
    await write(app, `/activities/${s.activityId}/start`, { startedOn: '2016-02-01' });
    agency = app.as((await app.token('agency', s.leadId, 'Migration Service focal point')).token);
    secretariat = app.as((await app.token('secretariat', null, 'Secretariat officer')).token);
  }, 60_000);
  afterAll(async () => app.close());

  it('runs draft → submit → return → resubmit → approve, counting only approved figures', async () => {
    const drafted = await agency.post(reports()).send({ ...aProgressReport({ ...H1, percentComplete: 40 }), draft: true }).expect(201);
    await settled(drafted);
    expect(await activity()).toMatchObject({ percentComplete: 0, progressReports: [], pendingReports: [{ ...H1, stage: 'draft', percentComplete: 40 }] });
    expect(await reporting()).toMatchObject({ expected: 1, submitted: 0, approved: 0, awaitingApproval: 0, missing: 1 });

    await settled(await agency.post(reports('/submit')).send(H1).expect(200));
    expect((await activity()).pendingReports).toEqual([expect.objectContaining({ ...H1, stage: 'submitted', submittedBy: expect.any(String) })]);
    expect(await reporting()).toMatchObject({ submitted: 1, approved: 0, awaitingApproval: 1, missing: 0 });
    const queue = (await app.http.get('/progress-reports').query({ planId: s.planId, stage: 'submitted' }).expect(200)).body.items;
    expect(queue).toEqual([expect.objectContaining({ activityId: s.activityId, ...H1, stage: 'submitted', percentComplete: 40 })]);
    // An agency cannot approve, not even another's report.
    expect((await agency.post(reports('/approve')).send(H1)).status).toBe(403);

    const before = (await app.allEvents()).length;
    const blank = await secretariat.post(reports('/return')).send({ ...H1, comment: ' ' });
    expect(blank.status).toBe(400);
    expect(blank.body.fields.map((f: { field: string }) => f.field)).toEqual(['comment']);
    expect((await app.allEvents()).length).toBe(before);
    await settled(await secretariat.post(reports('/return')).send({ ...H1, comment: 'The Kulob figure counts the pilot twice' }).expect(200));
    expect((await activity()).pendingReports).toEqual([expect.objectContaining({ stage: 'returned', comment: 'The Kulob figure counts the pilot twice', submittedBy: null })]);
    expect(await reporting()).toMatchObject({ submitted: 0, awaitingApproval: 0, missing: 1 });

    await agency.post(reports()).send(aProgressReport({ ...H1, percentComplete: 35 })).expect(201);
    const beforeApproval = new Date().toISOString();
    const approved = await secretariat.post(reports('/approve')).send(H1).expect(200);
    await settled(approved);
    expect(await activity()).toMatchObject({ percentComplete: 35, progressReports: [expect.objectContaining({ ...H1, percentComplete: 35 })], pendingReports: [] });
    expect(await reporting()).toMatchObject({ submitted: 1, approved: 1, awaitingApproval: 0, missing: 0 });
    // Time travel shows what was approved at that time.
    expect(await activity({ knownAt: beforeApproval })).toMatchObject({ percentComplete: 0, progressReports: [], pendingReports: [expect.objectContaining({ stage: 'submitted', percentComplete: 35 })] });

    const history = (await app.http.get(`/activities/${s.activityId}/history`).expect(200)).body.items.map((e: { type: string }) => e.type);
    expect(history.slice(-6)).toEqual(['ProgressReportDrafted', 'ProgressReportSubmitted', 'ProgressReportReturned', 'ProgressReportSubmitted', 'ProgressReportApproved', 'ActivityProgressReported']);
  });

  it('locks an approved report until the secretariat reopens it with a reason; the approved figure counts until the correction is approved', async () => {
    const before = (await app.allEvents()).length;
    const corrected = await agency.post(reports()).send(aProgressReport({ ...H1, percentComplete: 30, reason: 'recount' }));
    expect(corrected.status).toBe(409);
    expect(corrected.body.code).toBe('REPORT_APPROVED_LOCKED');
    expect((await agency.post(reports('/withdraw')).send({ ...H1, reason: 'wrong activity' })).body.code).toBe('REPORT_APPROVED_LOCKED');
    const noReason = await secretariat.post(reports('/reopen')).send({ ...H1, reason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields.map((f: { field: string }) => f.field)).toEqual(['reason']);
    expect((await app.allEvents()).length).toBe(before);

    await settled(await secretariat.post(reports('/reopen')).send({ ...H1, reason: 'The ministry revised its count' }).expect(200));
    expect(await activity()).toMatchObject({ percentComplete: 35, pendingReports: [expect.objectContaining({ stage: 'reopened', reopenReason: 'The ministry revised its count' })] });
    await agency.post(reports()).send(aProgressReport({ ...H1, percentComplete: 30 })).expect(201);
    expect((await activity()).percentComplete).toBe(35);
    await settled(await app.http.post(reports('/approve')).send(H1).expect(200));
    expect((await activity()).percentComplete).toBe(30);
    const [correction] = (await app.http.get(`/activities/${s.activityId}/history`).expect(200)).body.items.slice(-1);
    expect(correction).toMatchObject({ type: 'ActivityProgressCorrected', data: { before: { percentComplete: 35 }, after: { percentComplete: 30 }, reason: 'The ministry revised its count' } });
  });

  it('refuses approving one’s own submission, a submission for a period not ended, a new report while one awaits approval', async () => {
    await secretariat.post(reports()).send(aProgressReport({ ...H2, percentComplete: 60 })).expect(201);
    const own = await secretariat.post(reports('/approve')).send(H2);
    expect(own.status).toBe(409);
    expect(own.body.code).toBe('OWN_SUBMISSION');
    const again = await agency.post(reports()).send(aProgressReport({ ...H2, percentComplete: 65 }));
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('REPORT_AWAITING_APPROVAL');

    const future = { periodStart: '2099-01-01', periodEnd: '2099-06-30' };
    await agency.post(reports()).send({ ...aProgressReport({ ...future, percentComplete: 90 }), draft: true }).expect(201);
    const early = await agency.post(reports('/submit')).send(future);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ code: 'DATE_IN_FUTURE', field: 'periodEnd' });
    const nothing = await agency.post(reports('/submit')).send({ periodStart: '2016-01-01', periodEnd: '2016-03-31' });
    expect(nothing.status).toBe(409);
    expect(nothing.body.code).toBe('REPORT_NOT_DRAFTED');
  });
});
