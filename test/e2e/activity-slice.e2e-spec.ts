import { EVENT_SCHEMA_VERSION } from '#domain';
import { aProgressReport } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('activity lifecycle over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  it('plans, starts, reports, funds and completes an activity, and reads it back with its history', async () => {
    const { activityId, donorId, leadId, planId } = await plannedActivity(app);
    const indicator = await write(app, `/activities/${activityId}/indicators`, { name: 'Diaspora-funded projects', unit: 'projects', baseline: 0, target: 40 });
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ indicatorValues: [{ indicatorId: indicator.indicatorId, value: 12 }] }));
    await write(app, `/activities/${activityId}/funding-commitments`, { donorId, money: { amount: '100000', currency: 'EUR' }, committedOn: '2016-01-15' });
    await write(app, `/activities/${activityId}/disbursements`, { donorId, money: { amount: '40000.50', currency: 'EUR' }, disbursedOn: '2016-03-01' });
    const last = await write(app, `/activities/${activityId}/complete`, { completedOn: '2017-05-30', summary: 'done' });

    const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: last.position });
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe(`"${last.revision}"`);
    expect(read.body).toMatchObject({
      id: activityId,
      planId,
      code: '2.3',
      status: 'completed',
      percentComplete: 100,
      overdue: false,
      leadAgencyId: leadId,
      partnerAgencyIds: [],
      plannedStart: '2016-01-01',
      plannedEnd: '2017-06-30',
      revision: last.revision,
      indicators: [{ indicatorId: indicator.indicatorId, name: 'Diaspora-funded projects', unit: 'projects', baseline: 0, target: 40, latestValue: 12 }],
      funding: [{ donorId, currency: 'EUR', committed: '100000.00', disbursed: '40000.50' }],
    });

    const history = await app.http.get(`/activities/${activityId}/history`).query({ minPosition: last.position });
    expect(history.status).toBe(200);
    expect(history.body.items.map((e: { type: string }) => e.type)).toEqual([
      'ActivityPlanned',
      'IndicatorDefined',
      'ActivityStarted',
      'ActivityProgressReported',
      'FundsCommitted',
      'FundsDisbursed',
      'ActivityCompleted',
    ]);
    expect(history.body.items[2]).toMatchObject({ revision: 2, effectiveOn: '2016-02-01', actor: { id: app.adminId } });
    expect(history.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows a planned activity whose end has passed as overdue', async () => {
    // Back-filled: recorded today, effective in 2015.
    const { activityId, activity } = await plannedActivity(app, { effectiveOn: '2015-12-01' });
    const read = await app.http.get(`/activities/${activityId}`).set('X-Min-Position', activity.position);
    expect(read.body).toMatchObject({ status: 'planned', overdue: true });
    const asOf = await app.http.get(`/activities/${activityId}`).query({ asOf: '2016-06-30' });
    expect(asOf.body).toMatchObject({ status: 'planned', overdue: false, asOf: '2016-06-30' });
    const beforeItExisted = await app.http.get(`/activities/${activityId}`).query({ asOf: '2015-11-30' });
    expect(beforeItExisted.status).toBe(404);
  });

  it('stamps every event with the design metadata and chains the hashes', async () => {
    const { activityId } = await plannedActivity(app);
    await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    const [planned, started] = await app.events.readStream(`activity-${activityId}`);
    expect(started.metadata).toMatchObject({
      actor: { id: app.adminId, name: 'bootstrap admin' },
      role: 'admin',
      schemaVersion: EVENT_SCHEMA_VERSION,
      prevHash: planned.metadata.hash,
    });
    expect(started.metadata.commandId).toEqual(expect.any(String));
    expect(started.metadata.correlationId).toEqual(expect.any(String));
    expect(typeof started.metadata.recordedAt).toBe('string');
    expect(started.data).toMatchObject({ startedOn: '2016-02-01', effectiveOn: '2016-02-01' });
  });
});
