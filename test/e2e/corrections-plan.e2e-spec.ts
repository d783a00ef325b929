import { anObjective, aPlan } from '../support/builders.js';
import { correctableActivity } from '../support/correction-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { moment } from '../support/moment.js';

/** Issue 16, corrections of a plan: titles and coordinating body; an objective amended or removed. */
describe('plan corrections over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());
  const NOBODY = '00000000-0000-4000-8000-000000000000';

  it('amends the titles and the coordinating body; the plan, its history and the dashboard follow; knownAt before shows the old title', async () => {
    const { planId } = await correctableActivity(app);
    const before = await moment();
    const title = { en: 'Engagement of the Tajik Diaspora', ru: 'Вовлечение таджикской диаспоры', tg: 'Ҷалби диаспораи тоҷик' };
    const amended = await app.http.post(`/plans/${planId}/amend`).set('If-Match', '"1"').send({ title, coordinatingBody: 'Commission on migration', reason: 'the decree’s wording' });
    expect(amended.status).toBe(200);
    const read = await app.http.get(`/plans/${planId}`).query({ minPosition: amended.body.position });
    expect(read.body).toMatchObject({ title, coordinatingBody: 'Commission on migration' });
    const history = await app.http.get(`/plans/${planId}/history`).query({ minPosition: amended.body.position });
    expect(history.body.items.at(-1)).toMatchObject({ type: 'PlanAmended', reason: 'the decree’s wording', data: { before: { title: aPlan().title, coordinatingBody: aPlan().coordinatingBody }, after: { title } } });
    expect((await app.http.get(`/plans/${planId}/dashboard`).query({ minPosition: amended.body.position })).body.title).toEqual(title);
    expect((await app.http.get(`/plans/${planId}/dashboard`).query({ knownAt: before })).body.title).toEqual(aPlan().title);
  });

  it('amends an objective’s code and title; removes one with no activities, refuses one with activities', async () => {
    const { planId, objectiveId } = await correctableActivity(app);
    const spare = await write(app, `/plans/${planId}/objectives`, anObjective({ code: '9', title: 'Entered by mistake' }));
    const amended = await app.http.post(`/plans/${planId}/objectives/${objectiveId}/amend`).send({ title: 'Diaspora investment', reason: 'typo' });
    expect(amended.status).toBe(200);
    const refused = await app.http.post(`/plans/${planId}/objectives/${objectiveId}/remove`).send({ reason: 'x' });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 409, code: 'OBJECTIVE_HAS_ACTIVITIES' });
    const removed = await app.http.post(`/plans/${planId}/objectives/${spare.objectiveId}/remove`).send({ reason: 'entered by mistake' });
    expect(removed.status).toBe(200);
    const read = await app.http.get(`/plans/${planId}`).query({ minPosition: removed.body.position });
    expect(read.body.objectives).toEqual([expect.objectContaining({ objectiveId, title: 'Diaspora investment', activityCount: 1 })]);
    const history = await app.http.get(`/plans/${planId}/history`).query({ minPosition: removed.body.position });
    expect(history.body.items.slice(-2)).toMatchObject([
      { type: 'ObjectiveAmended', data: { objectiveId, before: { titles: { en: anObjective().title } }, after: { titles: { en: 'Diaspora investment' } } } },
      { type: 'ObjectiveRemoved', reason: 'entered by mistake', data: { objectiveId: spare.objectiveId, before: { code: '9', titles: { en: 'Entered by mistake' } } } },
    ]);
    // An activity can no longer be planned under the removed objective.
    const orphan = await app.http.post('/activities').send({ planId, objectiveId: spare.objectiveId, leadAgencyId: NOBODY, code: '9.1', title: 'x', partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2016-12-31', locations: [], tags: { sdg: [], gcm: [] } });
    expect(orphan.status).not.toBe(201);
  });

  const cases = [
    { name: 'plan: no reason', path: () => 'amend', body: { coordinatingBody: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'plan: a title without English', path: () => 'amend', body: { title: { ru: 'x' }, reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'plan: the code (not amendable here)', path: () => 'amend', body: { code: 'X', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'plan: no field', path: () => 'amend', body: { reason: 'x' }, status: 409, code: 'AMENDMENT_EMPTY' },
    { name: 'objective: blank reason', path: (o: string) => `objectives/${o}/amend`, body: { title: 'x', reason: ' ' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'objective: an unknown objective', path: () => `objectives/${NOBODY}/amend`, body: { title: 'x', reason: 'x' }, status: 404, code: 'NOT_FOUND' },
    { name: 'objective: an id that is no UUID', path: () => 'objectives/2/remove', body: { reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'objective: removal without a reason', path: (o: string) => `objectives/${o}/remove`, body: {}, status: 400, code: 'VALIDATION_FAILED' },
  ];
  it.each(cases)('refuses $name ($status $code), appending nothing', async ({ path, body, status, code }) => {
    const { planId, objectiveId } = await correctableActivity(app);
    const count = (await app.allEvents()).length;
    const response = await app.http.post(`/plans/${planId}/${path(objectiveId)}`).send(body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect((await app.allEvents()).length).toBe(count);
  });

  it('answers 404 for an unknown plan, 412 for a stale If-Match, 403 to an agency', async () => {
    const { planId, leadId } = await correctableActivity(app);
    const count = (await app.allEvents()).length;
    expect((await app.http.post(`/plans/${NOBODY}/amend`).send({ coordinatingBody: 'x', reason: 'x' })).status).toBe(404);
    expect((await app.http.post(`/plans/${planId}/amend`).set('If-Match', '"0"').send({ coordinatingBody: 'x', reason: 'x' })).status).toBe(412);
    const agency = await app.token('agency', leadId);
    expect((await app.as(agency.token).post(`/plans/${planId}/amend`).send({ coordinatingBody: 'x', reason: 'x' })).status).toBe(403);
    expect((await app.allEvents()).length).toBe(count);
  });
});
