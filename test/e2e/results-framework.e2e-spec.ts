import { anActivity, anObjective, anOrganization, aPlan, aProgressReport, uniqueCode } from '../support/builders.js';
import { randomUUID } from 'node:crypto';
import { activityStream } from '#domain';
import { plannedActivity, projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 12, results: a plan's disaggregation catalogue, an objective indicator that two activities'
 * indicators roll up to (the ACTED communities: Tajikistan and Kyrgyzstan), values per category, and
 * the tracking table checked against figures computed by hand.
 */
describe('results framework and the indicator tracking table', () => {
  let app: TestApp;
  const ids = {} as Record<'plan' | 'objective' | 'donor' | 'a1' | 'a2' | 'objectiveIndicator' | 'communities' | 'communitiesKg' | 'departures' | 'families', string>;
  let last = '';

  const country = { code: 'country', names: { en: 'Country', ru: 'Страна' }, exhaustive: true, categories: [{ code: 'TJ', names: { en: 'Tajikistan' } }, { code: 'KG', names: { en: 'Kyrgyzstan' } }] };
  const sex = { code: 'sex', names: { en: 'Sex' }, exhaustive: true, categories: [{ code: 'female', names: { en: 'Female' } }, { code: 'male', names: { en: 'Male' } }] };
  const age = { code: 'age', names: { en: 'Age group' }, exhaustive: true, categories: [{ code: 'child', names: { en: 'Under 18' } }, { code: 'adult', names: { en: '18 and over' } }] };
  const byCountry = (tj: number, kg: number) => [{ dimension: 'country', category: 'TJ', value: tj }, { dimension: 'country', category: 'KG', value: kg }];
  const report = async (activityId: string, periodStart: string, periodEnd: string, percentComplete: number, indicatorValues: unknown[]) =>
    (last = (await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ periodStart, periodEnd, percentComplete, indicatorValues }))).position);

  beforeAll(async () => {
    app = await startTestApp();
    const lead = await write(app, '/organizations', anOrganization({ name: 'ACTED', acronym: uniqueCode('ACTED'), kind: 'ngo', country: 'FR' }));
    ids.donor = (await write(app, '/organizations', anOrganization({ name: 'European Union', acronym: uniqueCode('EU'), kind: 'donor', country: 'BE' }))).id;
    ids.plan = (await write(app, '/plans', aPlan())).id;
    ids.objective = (await write(app, `/plans/${ids.plan}/objectives`, anObjective())).objectiveId as string;
    for (const dimension of [country, sex, age]) await write(app, `/plans/${ids.plan}/disaggregations`, dimension);
    ids.objectiveIndicator = (
      await write(app, `/plans/${ids.plan}/objectives/${ids.objective}/indicators`, {
        names: { en: 'Communities reached', ru: 'Охвачено сообществ' },
        unit: 'communities',
        baseline: 0,
        baselineDate: '2015-12-31',
        targets: [{ year: 2016, value: 300 }, { year: 2017, value: 500 }],
        disaggregations: ['country'],
      })
    ).indicatorId as string;
    const refs = { planId: ids.plan, objectiveId: ids.objective, leadAgencyId: lead.id };
    ids.a1 = (await write(app, '/activities', anActivity(refs, { code: '2.3' }))).id;
    ids.a2 = (await write(app, '/activities', anActivity(refs, { code: '2.4', locations: [{ province: 'Osh' }] }))).id;
    const rollsUpTo = { objectiveIndicatorId: ids.objectiveIndicator, method: 'sum' };
    ids.communities = (
      await write(app, `/activities/${ids.a1}/indicators`, { name: 'Communities reached', unit: 'communities', baseline: 0, targets: [{ year: 2016, value: 200 }, { year: 2017, value: 380 }], disaggregations: ['country'], rollsUpTo })
    ).indicatorId as string;
    ids.departures = (
      await write(app, `/activities/${ids.a1}/indicators`, { name: 'Irregular departures', unit: 'persons', baseline: 40, target: 10, targets: [{ year: 2016, value: 25 }], direction: 'decrease' })
    ).indicatorId as string;
    ids.families = (await write(app, `/activities/${ids.a1}/indicators`, { name: 'Families interviewed', unit: 'persons', baseline: 0, target: 400, disaggregations: ['sex', 'age'] })).indicatorId as string;
    ids.communitiesKg = (
      await write(app, `/activities/${ids.a2}/indicators`, { name: 'Communities reached', unit: 'communities', baseline: 0, targets: [{ year: 2016, value: 50 }, { year: 2017, value: 120 }], disaggregations: ['country'], rollsUpTo })
    ).indicatorId as string;
    await write(app, `/activities/${ids.a2}/funding-commitments`, { donorId: ids.donor, money: { amount: '100000', currency: 'EUR' }, committedOn: '2016-01-05' });
    for (const id of [ids.a1, ids.a2]) await write(app, `/activities/${id}/start`, { startedOn: '2016-01-10' });
    await report(ids.a1, '2016-01-01', '2016-06-30', 20, [
      { indicatorId: ids.communities, value: 120, categories: byCountry(120, 0) },
      { indicatorId: ids.departures, value: 30 },
      {
        indicatorId: ids.families,
        value: 200,
        categories: [
          { dimension: 'sex', category: 'female', value: 150 },
          { dimension: 'sex', category: 'male', value: 50 },
          { dimension: 'age', category: 'child', value: 80 },
          { dimension: 'age', category: 'adult', value: 120 },
        ],
      },
    ]);
    await report(ids.a1, '2016-07-01', '2016-12-31', 50, [{ indicatorId: ids.communities, value: 250, categories: byCountry(250, 0) }, { indicatorId: ids.departures, value: 25 }]);
    await report(ids.a1, '2017-01-01', '2017-06-30', 80, [{ indicatorId: ids.communities, value: 380, categories: byCountry(380, 0) }]);
    await report(ids.a2, '2016-07-01', '2016-12-31', 50, [{ indicatorId: ids.communitiesKg, value: 60, categories: byCountry(0, 60) }]);
    await report(ids.a2, '2017-01-01', '2017-06-30', 90, [{ indicatorId: ids.communitiesKg, value: 120, categories: byCountry(0, 120) }]);
    await projected(app, last);
  }, 120_000);
  afterAll(async () => app.close());

  const table = (query: Record<string, string> = {}, agent = app.http) => agent.get(`/plans/${ids.plan}/indicators`).query(query);
  const rowOf = (body: { indicators: { indicatorId: string }[] }, indicatorId: string) => body.indicators.find((r) => r.indicatorId === indicatorId) as unknown as Record<string, unknown> & { periods: Record<string, unknown>[] };

  it('serves the catalogue and amends it with a reason: categories added and renamed, none removed', async () => {
    const amended = await write(app, `/plans/${ids.plan}/disaggregations/sex/amend`, { categories: [{ code: 'female', names: { ru: 'Женщины' } }, { code: 'other', names: { en: 'Other' } }], reason: 'catalogue review' });
    const catalogue = await app.http.get(`/plans/${ids.plan}/disaggregations`).query({ minPosition: amended.position });
    expect(catalogue.body.dimensions.map((d: { code: string }) => d.code)).toEqual(['country', 'sex', 'age']);
    expect(catalogue.body.dimensions[1].categories).toEqual([
      { code: 'female', name: 'Female', names: { en: 'Female', ru: 'Женщины' } },
      { code: 'male', name: 'Male', names: { en: 'Male' } },
      { code: 'other', name: 'Other', names: { en: 'Other' } },
    ]);
    const unknown = await app.http.post(`/plans/${ids.plan}/disaggregations/nationality/amend`).send({ exhaustive: false, reason: 'r' });
    expect(unknown.status).toBe(404);
  });

  it('rolls the activities’ communities up to the objective’s, per year, by country (hand-computed)', async () => {
    const body = (await table()).body;
    expect(rowOf(body, ids.objectiveIndicator)).toMatchObject({
      level: 'objective',
      objectiveCode: '2',
      activityId: null,
      baseline: 0,
      baselineDate: '2015-12-31',
      target: 500,
      rolledUpFrom: [
        { activityId: ids.a1, indicatorId: ids.communities, method: 'sum' },
        { activityId: ids.a2, indicatorId: ids.communitiesKg, method: 'sum' },
      ],
      latest: { periodEnd: '2017-06-30', actual: 500, percentOfTarget: 100 },
    });
    // 2016: 250 (2.3, its latest of the year) + 60 (2.4) = 310 of 300; 2017: 380 + 120 = 500 of 500.
    expect(rowOf(body, ids.objectiveIndicator).periods).toEqual([
      { period: '2016', periodStart: '2016-01-01', periodEnd: '2016-12-31', target: 300, actual: 310, percentOfTarget: 103.3, disaggregations: [{ dimension: 'country', category: 'TJ', actual: 250 }, { dimension: 'country', category: 'KG', actual: 60 }] },
      { period: '2017', periodStart: '2017-01-01', periodEnd: '2017-12-31', target: 500, actual: 500, percentOfTarget: 100, disaggregations: [{ dimension: 'country', category: 'TJ', actual: 380 }, { dimension: 'country', category: 'KG', actual: 120 }] },
    ]);
    expect(rowOf(body, ids.communities).periods.map((p) => [p.period, p.target, p.actual, p.percentOfTarget])).toEqual([
      ['2016', 200, 250, 125],
      ['2017', 380, 380, 100],
    ]);
    // Fewer is better: from 40 toward 25 in 2016 (all the way: 100 %), toward the final 10 (15 of 30: 50 %).
    expect(rowOf(body, ids.departures)).toMatchObject({ direction: 'decrease', periods: [{ period: '2016', target: 25, actual: 25, percentOfTarget: 100 }], latest: { actual: 25, percentOfTarget: 50 } });
    // No milestones: each report is a period of its own.
    expect(rowOf(body, ids.families).periods).toEqual([
      {
        period: '2016-01-01..2016-06-30',
        periodStart: '2016-01-01',
        periodEnd: '2016-06-30',
        target: null,
        actual: 200,
        percentOfTarget: null,
        disaggregations: [
          { dimension: 'sex', category: 'female', actual: 150 },
          { dimension: 'sex', category: 'male', actual: 50 },
          { dimension: 'age', category: 'child', actual: 80 },
          { dimension: 'age', category: 'adult', actual: 120 },
        ],
      },
    ]);
    // Objective first, then 2.3's indicators in their order, then 2.4's.
    expect(body.indicators.map((r: { indicatorId: string }) => r.indicatorId)).toEqual([ids.objectiveIndicator, ids.communities, ids.departures, ids.families, ids.communitiesKg]);
  });

  it('honours asOf: the table as it stood at the end of 2016 and of its first half', async () => {
    const endOf2016 = (await table({ asOf: '2016-12-31' })).body;
    expect(endOf2016.asOf).toBe('2016-12-31');
    expect(rowOf(endOf2016, ids.objectiveIndicator).periods.map((p) => [p.period, p.actual, p.percentOfTarget])).toEqual([
      ['2016', 310, 103.3],
      ['2017', null, null],
    ]);
    expect(rowOf(endOf2016, ids.objectiveIndicator).latest).toEqual({ periodEnd: '2016-12-31', actual: 310, percentOfTarget: 62 });
    const midway = (await table({ asOf: '2016-06-30' })).body;
    expect(rowOf(midway, ids.objectiveIndicator).periods[0]).toMatchObject({ actual: 120, percentOfTarget: 40 });
    expect((await table({ knownAt: '2000-01-01T00:00:00Z' })).status).toBe(404);
  });

  it('filters by level, objective and activity', async () => {
    const objectives = (await table({ level: 'objective' })).body.indicators;
    expect(objectives.map((r: { indicatorId: string }) => r.indicatorId)).toEqual([ids.objectiveIndicator]);
    const one = (await table({ activityId: ids.a2 })).body.indicators;
    expect(one.map((r: { indicatorId: string }) => r.indicatorId)).toEqual([ids.communitiesKg]);
    expect((await table({ objectiveId: ids.objective })).body.indicators).toHaveLength(5);
    expect((await table({ level: 'plan' })).status).toBe(400);
  });

  it('answers the same table as CSV, one row per period and one per category', async () => {
    const csv = await app.http.get(`/plans/${ids.plan}/indicators.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toBe('level,objective,activity,indicator,type,unit,direction,baseline,baseline_date,final_target,period,dimension,category,target,actual,percent_of_target');
    expect(lines).toContain('objective,2,,Communities reached,number,communities,increase,0,2015-12-31,500,2016,,,300,310,103.3');
    expect(lines).toContain('objective,2,,Communities reached,number,communities,increase,0,2015-12-31,500,2016,country,Kyrgyzstan,,60,');
    expect(lines).toContain('activity,2,2.3,Irregular departures,number,persons,decrease,40,,10,2016,,,25,25,100');
    const filtered = await app.http.get(`/plans/${ids.plan}/indicators.csv`).query({ level: 'objective', asOf: '2016-06-30' });
    expect(filtered.text).toContain('objective,2,,Communities reached,number,communities,increase,0,2015-12-31,500,2016,,,300,120,40');
    expect(filtered.text.split('\n').filter((line) => line.startsWith('activity,'))).toEqual([]);
  });

  it('shows progress toward the objective indicator on the dashboard, live and as of a date', async () => {
    const progress = (body: { byObjective: { objectiveId: string; indicators: unknown[] }[] }) => body.byObjective.find((o) => o.objectiveId === ids.objective)!.indicators;
    const live = (await app.http.get(`/plans/${ids.plan}/dashboard`)).body;
    expect(progress(live)).toEqual([{ indicatorId: ids.objectiveIndicator, name: 'Communities reached', unit: 'communities', target: 500, actual: 500, percentOfTarget: 100 }]);
    const then = (await app.http.get(`/plans/${ids.plan}/dashboard`).query({ asOf: '2016-12-31' })).body;
    expect(progress(then)).toEqual([expect.objectContaining({ actual: 310, percentOfTarget: 62 })]);
  });

  it('gives a donor the objectives’ rows and the activities it funds, never knownAt', async () => {
    const { token } = await app.token('donor', ids.donor);
    const donorTable = await table({}, app.as(token));
    expect(donorTable.status).toBe(200);
    expect(donorTable.body.indicators.map((r: { indicatorId: string }) => r.indicatorId)).toEqual([ids.objectiveIndicator, ids.communitiesKg]);
    // The objective's figures whole, its feeders named only where the donor funds them.
    expect(donorTable.body.indicators[0]).toMatchObject({ latest: { actual: 500 }, rolledUpFrom: [{ activityId: ids.a2, indicatorId: ids.communitiesKg, method: 'sum' }] });
    const refused = await table({ knownAt: new Date().toISOString() }, app.as(token));
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'KNOWN_AT_NOT_FOR_DONORS' });
  });

  describe('bad input: 400 naming the field, nothing appended', () => {
    const refusals = [
      {
        name: 'categories that do not add up to the total',
        path: () => `/activities/${ids.a1}/progress-reports`,
        body: () => aProgressReport({ periodStart: '2017-07-01', periodEnd: '2017-09-30', percentComplete: 85, indicatorValues: [{ indicatorId: ids.communities, value: 400, categories: byCountry(380, 10) }] }),
        code: 'CATEGORIES_DO_NOT_ADD_UP',
        field: 'indicatorValues[0].categories',
      },
      {
        name: 'a category not in the dimension',
        path: () => `/activities/${ids.a1}/progress-reports`,
        body: () => aProgressReport({ periodStart: '2017-07-01', periodEnd: '2017-09-30', percentComplete: 85, indicatorValues: [{ indicatorId: ids.communities, value: 400, categories: [{ dimension: 'country', category: 'KZ', value: 400 }] }] }),
        code: 'UNKNOWN_CATEGORY',
        field: 'indicatorValues[0].categories[0]',
      },
      {
        name: 'a dimension the indicator does not use',
        path: () => `/activities/${ids.a1}/progress-reports`,
        body: () => aProgressReport({ periodStart: '2017-07-01', periodEnd: '2017-09-30', percentComplete: 85, indicatorValues: [{ indicatorId: ids.communities, value: 400, categories: [{ dimension: 'sex', category: 'female', value: 400 }] }] }),
        code: 'DIMENSION_NOT_USED',
        field: 'indicatorValues[0].categories[0]',
      },
      {
        name: 'a target year outside the plan',
        path: () => `/activities/${ids.a1}/indicators`,
        body: () => ({ name: 'Remittances invested', unit: 'projects', baseline: 0, targets: [{ year: 2016, value: 5 }, { year: 2021, value: 9 }] }),
        code: 'TARGET_OUTSIDE_PLAN_PERIOD',
        field: 'targets[1].year',
      },
      {
        name: 'a percentage above 100',
        path: () => `/plans/${ids.plan}/objectives/${ids.objective}/indicators`,
        body: () => ({ name: 'Share of women', type: 'percentage', unit: '%', baseline: 20, target: 120 }),
        code: 'VALUE_OUT_OF_RANGE',
        field: 'target',
      },
      {
        name: 'a dimension not in the catalogue',
        path: () => `/plans/${ids.plan}/objectives/${ids.objective}/indicators`,
        body: () => ({ name: 'Migrants informed', unit: 'persons', baseline: 0, target: 10, disaggregations: ['migrant_status'] }),
        code: 'UNKNOWN_DIMENSION',
        field: 'disaggregations[0]',
      },
    ];
    it.each(refusals)('$name', async ({ path, body, code, field }) => {
      const count = (await app.allEvents()).length;
      const refused = await app.http.post(path()).send(body());
      expect({ status: refused.status, code: refused.body.code, field: refused.body.field, fields: refused.body.fields?.map((f: { field: string }) => f.field) }).toEqual({ status: 400, code, field, fields: [field] });
      expect((await app.allEvents()).length).toBe(count);
    });

    it('refuses a target that is neither a year nor a period, and an unknown type, at the edge', async () => {
      const refused = await app.http.post(`/activities/${ids.a1}/indicators`).send({ name: 'x', unit: 'u', baseline: 0, type: 'ratio', targets: [{ value: 3 }] });
      expect(refused.status).toBe(400);
      expect(refused.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['targets[0].periodEnd', 'targets[0].periodStart', 'targets[0].year', 'type']);
    });
  });

  it('revises an objective indicator with a reason; the table shows the revised baseline', async () => {
    const revised = await write(app, `/plans/${ids.plan}/objectives/${ids.objective}/indicators/${ids.objectiveIndicator}/revise`, { baseline: 20, reason: 'baseline survey of 2015' });
    const body = (await table({ minPosition: revised.position })).body;
    expect(rowOf(body, ids.objectiveIndicator)).toMatchObject({ baseline: 20 });
    const history = await app.http.get(`/plans/${ids.plan}/history`).query({ minPosition: revised.position });
    // Exactly what changed: the objective named in the path is not a change of the indicator.
    expect(history.body.items.at(-1)).toMatchObject({ type: 'ObjectiveIndicatorRevised', reason: 'baseline survey of 2015' });
    expect(history.body.items.at(-1).data).toEqual({ indicatorId: ids.objectiveIndicator, before: { baseline: 0 }, after: { baseline: 20 }, reason: 'baseline survey of 2015' });
    // The same baseline again changes nothing, so nothing is recorded.
    const again = await write(app, `/plans/${ids.plan}/objectives/${ids.objective}/indicators/${ids.objectiveIndicator}/revise`, { baseline: 20, reason: 'baseline survey of 2015' });
    expect(again.revision).toBe(revised.revision);
  });

  it('reads an indicator stored before schema version 6 as a number that should increase, and keeps taking values and revisions for it', async () => {
    const { activityId, planId } = await plannedActivity(app);
    const started = await write(app, `/activities/${activityId}/start`, { startedOn: '2016-02-01' });
    const indicatorId = randomUUID();
    // As version 3 stored it: one English name, one target.
    const old = { indicatorId, name: 'Migrants informed', unit: 'persons', baseline: 0, target: 500, effectiveOn: '2016-01-01' };
    await app.events.append(activityStream(activityId), [{ id: randomUUID(), type: 'IndicatorDefined', data: old, metadata: { schemaVersion: 3, recordedAt: new Date().toISOString() } }], started.revision);
    await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ indicatorValues: [{ indicatorId, value: 120 }] }));
    const revised = await write(app, `/activities/${activityId}/indicators/${indicatorId}/revise`, { targets: [{ year: 2016, value: 200 }], reason: 'milestones agreed' });
    const activity = await app.http.get(`/activities/${activityId}`).query({ minPosition: revised.position });
    expect(activity.body.indicators).toEqual([
      expect.objectContaining({ indicatorId, name: 'Migrants informed', type: 'number', direction: 'increase', target: 500, targets: [{ year: 2016, value: 200 }], disaggregations: [], rollsUpTo: null, latestValue: 120 }),
    ]);
    const row = (await app.http.get(`/plans/${planId}/indicators`)).body.indicators[0];
    expect(row.periods).toEqual([expect.objectContaining({ period: '2016', target: 200, actual: 120, percentOfTarget: 60 })]);
    expect((await app.events.readStream(activityStream(activityId))).find((e) => e.type === 'IndicatorDefined')!.data).toEqual(old);
  });
});
