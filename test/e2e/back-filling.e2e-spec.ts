import { anActivity, anObjective, anOrganization, aPlan, aProgressReport } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A clerk back-fills 2016 without knowing about `effectiveOn`: every record that has dates of its own
 * takes its business date from them, so `asOf=2016-12-31` shows what was entered about 2016.
 */
describe('back-filling without effectiveOn', () => {
  let app: TestApp;
  const s: Record<string, string> = {};
  let last = '';
  const post = async (path: string, body: unknown) => {
    const r = await write(app, path, body);
    last = r.position;
    return r;
  };
  const get = async (path: string, query: Record<string, string> = {}) => {
    const response = await app.http.get(path).query({ ...query, minPosition: last });
    return response.status === 200 ? response.body : response.status;
  };
  const effectiveOnOf = async (stream: string) => (await app.events.readStream(stream)).map((e) => [e.type, (e.data as { effectiveOn?: string }).effectiveOn]);

  beforeAll(async () => {
    app = await startTestApp();
    s.lead = (await post('/organizations', anOrganization({ acronym: 'BF-MS' }))).id;
    s.plan = (await post('/plans', aPlan({ periodStart: '2015-01-01', periodEnd: '2020-12-31' }))).id;
    s.objective = (await post(`/plans/${s.plan}/objectives`, anObjective({ code: '1' }))).objectiveId as string;
    s.activity = (await post('/activities', anActivity({ planId: s.plan, objectiveId: s.objective, leadAgencyId: s.lead }, { code: '1.1', plannedStart: '2016-03-01', plannedEnd: '2016-11-30' }))).id;
    s.indicator = (await post(`/activities/${s.activity}/indicators`, { name: 'Roundtables held', unit: 'roundtables', baseline: 0, target: 4 })).indicatorId as string;
    await post(`/activities/${s.activity}/start`, { startedOn: '2016-03-01' });
    await post(
      `/activities/${s.activity}/progress-reports`,
      aProgressReport({ periodStart: '2016-04-01', periodEnd: '2016-06-30', percentComplete: 50, indicatorValues: [{ indicatorId: s.indicator, value: 2 }] }),
    );
  });
  afterAll(async () => app.close());

  it('dates each record from its own dates: plan and objective from the period start, activity and indicator from the planned start', async () => {
    expect(await effectiveOnOf(`plan-${s.plan}`)).toEqual([
      ['PlanDrafted', '2015-01-01'],
      ['ObjectiveAdded', '2015-01-01'],
    ]);
    expect((await effectiveOnOf(`activity-${s.activity}`)).slice(0, 2)).toEqual([
      ['ActivityPlanned', '2016-03-01'],
      ['IndicatorDefined', '2016-03-01'],
    ]);
  });

  it('asOf=2016-12-31 shows the back-filled activity with its indicators and their values', async () => {
    expect(await get(`/activities/${s.activity}`, { asOf: '2016-12-31' })).toMatchObject({
      id: s.activity,
      status: 'in_progress',
      percentComplete: 50,
      indicators: [{ indicatorId: s.indicator, name: 'Roundtables held', latestValue: 2 }],
    });
  });

  it('the 2016 dashboard counts it', async () => {
    expect(await get(`/plans/${s.plan}/dashboard`, { asOf: '2016-12-31' })).toMatchObject({
      asOf: '2016-12-31',
      activities: { total: 1, byStatus: { in_progress: 1 }, overdue: 1 },
      percentComplete: 50,
    });
  });

  it('a record planned for the future is dated today, never later', async () => {
    const future = (await post('/plans', aPlan({ periodStart: '2199-01-01', periodEnd: '2199-12-31' }))).id;
    const [[, effectiveOn]] = await effectiveOnOf(`plan-${future}`);
    expect(effectiveOn! < '2199-01-01').toBe(true);
    expect(effectiveOn).toBe(new Date().toISOString().slice(0, 10));
  });
});
