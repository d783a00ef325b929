import { aProgressReport, anActivity } from '../support/builders.js';
import { plannedActivity, projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('GET /activities?sort=: the list in the order asked for, live and in time travel', () => {
  let app: TestApp;
  let planId: string;
  beforeAll(async () => {
    app = await startTestApp();
    const s = await plannedActivity(app, { code: '1', title: 'Bravo', plannedEnd: '2017-06-30' });
    planId = s.planId;
    const refs = { planId: s.planId, objectiveId: s.objectiveId, leadAgencyId: s.leadId };
    const second = await write(app, '/activities', anActivity(refs, { code: '2', title: 'Alpha', plannedEnd: '2018-06-30' }));
    const third = await write(app, '/activities', anActivity(refs, { code: '3', title: 'Charlie', plannedEnd: '2016-12-31' }));
    for (const [id, percent] of [[s.activityId, 40], [second.id, 80], [third.id, 10]] as const) {
      await write(app, `/activities/${id}/start`, { startedOn: '2016-02-01' });
      const report = await write(app, `/activities/${id}/progress-reports`, aProgressReport({ percentComplete: percent }));
      await projected(app, report.position);
    }
  }, 60_000);
  afterAll(async () => app.close());

  const codes = async (query: Record<string, string>) => {
    const response = await app.http.get('/activities').query({ planId, ...query });
    expect(response.status).toBe(200);
    return (response.body.items as { code: string }[]).map((a) => a.code);
  };

  it('orders by code by default, and by title, percent complete or planned end, ascending or descending', async () => {
    expect(await codes({})).toEqual(['1', '2', '3']);
    expect(await codes({ sort: 'title' })).toEqual(['2', '1', '3']);
    expect(await codes({ sort: '-percentComplete' })).toEqual(['2', '1', '3']);
    expect(await codes({ sort: 'percentComplete' })).toEqual(['3', '1', '2']);
    expect(await codes({ sort: '-plannedEnd' })).toEqual(['2', '1', '3']);
  });

  it('pages in that order without overlap', async () => {
    expect([...(await codes({ sort: '-percentComplete', pageSize: '2', page: '1' })), ...(await codes({ sort: '-percentComplete', pageSize: '2', page: '2' }))]).toEqual(['2', '1', '3']);
  });

  it('gives each activity of a page its own reports, on later pages too', async () => {
    const page = async (number: string) =>
      (await app.http.get('/activities').query({ planId, sort: '-percentComplete', pageSize: '1', page: number })).body.items as { code: string; progressReports: { percentComplete: number }[] }[];
    const reports = (await Promise.all(['1', '2', '3'].map(page))).flat().map((a) => [a.code, a.progressReports.map((r) => r.percentComplete)]);
    expect(reports).toEqual([
      ['2', [80]],
      ['1', [40]],
      ['3', [10]],
    ]);
  });

  it('orders a list folded in time travel the same way', async () => {
    expect(await codes({ sort: '-percentComplete', asOf: '2016-12-31' })).toEqual(['2', '1', '3']);
    expect(await codes({ sort: 'title', asOf: '2016-12-31' })).toEqual(['2', '1', '3']);
  });

  it('an unknown order is a 400 naming the field', async () => {
    const response = await app.http.get('/activities').query({ sort: 'budget' });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual([{ field: 'sort', messages: ['sort must be one of code, title, status, percentComplete, plannedEnd, each optionally preceded by -'] }]);
  });
});
