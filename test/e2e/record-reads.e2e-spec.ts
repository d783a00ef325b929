import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { ALL_PROJECTIONS, ProjectionWaiter } from '#read-models';
import { seedDemo } from '../../apps/cli/src/seed/seed-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 16, reads: starting from the worked example and using only lists, searches and details (no id
 * kept from a create answer), every kind of record is found and read in full, with its history.
 */
describe('lists, searches, details and histories of every kind of record', () => {
  let app: TestApp;
  const get = async (path: string, query: Record<string, string | number> = {}) => {
    const response = await app.http.get(path).query(query);
    expect(`${path} ${response.status}`).toBe(`${path} 200`);
    return response;
  };
  const only = async (path: string, query: Record<string, string | number>) => {
    const { body } = await get(path, query);
    expect({ path, query, total: body.total }).toEqual({ path, query, total: 1 });
    return body.items[0];
  };
  const waitForProjections = async () => {
    const last = (await app.allEvents()).at(-1)!.position;
    expect(await app.app.get(ProjectionWaiter).waitFor(last, ALL_PROJECTIONS, 30_000)).toBe(true);
  };

  beforeAll(async () => {
    app = await startTestApp();
    await seedDemo(app.app.get(CommandBus));
    await waitForProjections();
  }, 180_000);
  afterAll(async () => app.close());

  describe('organisations', () => {
    it('are filtered by kind and country, in name order, paged', async () => {
      const { body } = await get('/organizations', { kind: 'ministry', country: 'TJ' });
      expect(body).toMatchObject({ page: 1, pageSize: 50, total: 2 });
      expect(body.items.map((o: { acronym: string }) => o.acronym)).toEqual(['MFA', 'MoLMPE']);
      const second = (await get('/organizations', { pageSize: 1, page: 2, kind: 'ministry' })).body;
      expect(second).toMatchObject({ page: 2, pageSize: 1, total: 2, items: [{ acronym: 'MoLMPE' }] });
    });

    it('are searched by name or acronym, ignoring accents and case', async () => {
      const { body } = await get('/organizations', { q: 'MIGRATIÓN' });
      expect(body.items.map((o: { acronym: string }) => o.acronym).sort()).toEqual(['IOM', 'MS', 'MoLMPE']);
      expect((await only('/organizations', { q: 'unicef' })).name).toBe('United Nations Children’s Fund');
    });

    it('read in full with the revision as ETag, and their history', async () => {
      const iom = await only('/organizations', { q: 'IOM' });
      const detail = await get(`/organizations/${iom.id}`);
      expect(detail.body).toEqual({ id: iom.id, name: 'International Organization for Migration', acronym: 'IOM', kind: 'international_organization', country: 'CH', iatiIdentifier: 'XM-DAC-47066', revision: 0 });
      expect(detail.headers.etag).toBe('"0"');
      const history = (await get(`/organizations/${iom.id}/history`)).body;
      expect(history).toMatchObject({ id: iom.id, items: [{ revision: 0, type: 'OrganizationRegistered', effectiveOn: '2011-01-12', actor: { id: 'seed' } }] });
    });
  });

  describe('plans', () => {
    it('are found by code, status and a title in any language', async () => {
      expect((await get('/plans')).body.items.map((p: { code: string }) => p.code)).toEqual(['TJ-DIASPORA-2011-2014', 'TJ-DIASPORA-2015-2020']);
      expect((await only('/plans', { status: 'closed' })).code).toBe('TJ-DIASPORA-2011-2014');
      expect((await only('/plans', { code: 'TJ-DIASPORA-2015-2020' })).status).toBe('adopted');
      for (const q of ['tajik diaspora', 'ТАДЖИКСКОЙ ДИАСПОРЫ', 'чалби диаспораи', 'Ҷалби', 'diaspora 2015']) {
        const { body } = await get('/plans', { q });
        expect({ q, total: body.total }).toEqual({ q, total: q.endsWith('2015') ? 1 : 2 });
      }
      expect((await get('/plans', { q: 'партнеров' })).body.total).toBe(2); // ё typed as е
    });

    it('read in full: adoption, revisions with reasons, predecessor and successor, the objective tree with activity counts', async () => {
      const plan = await only('/plans', { code: 'TJ-DIASPORA-2015-2020' });
      const response = await get(`/plans/${plan.id}`);
      const detail = response.body;
      expect(response.headers.etag).toBe(`"${detail.revision}"`);
      expect(detail).toMatchObject({
        code: 'TJ-DIASPORA-2015-2020',
        title: { en: 'Engagement of the Tajik Diaspora as Development Partners', ru: expect.any(String), tg: expect.any(String) },
        periodStart: '2015-01-01',
        periodEnd: '2020-12-31',
        status: 'adopted',
        adoptedOn: '2015-03-03',
        instrument: 'Government Decree No. 97 of 3 March 2015',
        coordinatingBody: 'Inter-ministerial commission on migration and diaspora affairs',
        revisions: [{ on: '2017-01-20', changes: { coordinatingBody: 'Inter-ministerial commission on migration and diaspora affairs' }, reason: expect.stringMatching(/reconstituted/) }],
        predecessor: { code: 'TJ-DIASPORA-2011-2014', status: 'closed' },
        successors: [],
      });
      const tree = detail.objectives as { code: string; activityCount: number; totalActivityCount: number; children: { code: string; activityCount: number }[] }[];
      expect(tree.map((o) => o.code)).toEqual(['1', '2', '3', '4', '5']);
      expect(tree[0].children.map((o) => o.code)).toEqual(['1.1']);
      expect(tree[1].children.map((o) => o.code)).toEqual(['2.1']);
      const activities = (await get('/activities', { planId: plan.id, pageSize: 200 })).body;
      expect(tree.reduce((sum, o) => sum + o.totalActivityCount, 0)).toBe(activities.total);
      const under21 = activities.items.filter((a: { objectiveId: string }) => a.objectiveId === (tree[1].children[0] as unknown as { objectiveId: string }).objectiveId).length;
      expect(tree[1].children[0].activityCount).toBe(under21);
      expect(under21).toBeGreaterThan(0);

      const predecessor = (await get(`/plans/${detail.predecessor.id}`)).body;
      expect(predecessor).toMatchObject({ status: 'closed', closedOn: '2014-12-31', predecessor: null, successors: [{ id: plan.id, code: 'TJ-DIASPORA-2015-2020' }] });
      const history = (await get(`/plans/${plan.id}/history`)).body.items as { type: string; reason: string | null }[];
      expect(history[0].type).toBe('PlanDrafted');
      expect(history.find((h) => h.type === 'PlanRevised')?.reason).toMatch(/reconstituted/);
    });
  });

  describe('activities', () => {
    it('are searched by title ignoring accents and case, and found by code', async () => {
      const all = (await get('/activities', { pageSize: 200 })).body.items as { code: string; title: string; id: string; planId: string }[];
      const { body } = await get('/activities', { q: 'DOUSTÍ', pageSize: 200 });
      expect(body.items.map((a: { code: string }) => a.code)).toEqual(all.filter((a) => /dousti/i.test(a.title)).map((a) => a.code));
      expect(body.items.map((a: { code: string }) => a.code)).toEqual(expect.arrayContaining(['2.1.2', '3.4']));
      const plan = await only('/plans', { code: 'TJ-DIASPORA-2015-2020' });
      const activity = await only('/activities', { planId: plan.id, code: '2.1.2' });
      expect(activity).toMatchObject({ title: 'Matching grants for diaspora investment in Dousti and Kulob', status: 'in_progress' });
      expect((await get('/activities', { q: '2.1.2' })).body.items.map((a: { id: string }) => a.id)).toContain(activity.id);
    });
  });

  describe('commission sessions', () => {
    it('are filtered by status and by date, in date order', async () => {
      const { body } = await get('/commission/sessions', { status: 'held', from: '2015-01-01', to: '2016-12-31' });
      expect(body.items.map((s: { number: string }) => s.number)).toEqual(['2015/2', '2016/1', '2016/2']);
      const all = (await get('/commission/sessions', { pageSize: 200 })).body.items as { number: string; heldOn: string | null; scheduledOn: string }[];
      const dates = all.map((s) => s.heldOn ?? s.scheduledOn);
      expect(dates).toEqual([...dates].sort());
      expect((await only('/commission/sessions', { q: 'successor plan' })).number).toBe('2019/2');
    });

    it('read in full: agenda, attendees, minutes, its decisions, the recommendations scheduled for it and what became of each', async () => {
      const session = await only('/commission/sessions', { from: '2015-12-10', to: '2015-12-10' });
      const response = await get(`/commission/sessions/${session.id}`);
      expect(response.headers.etag).toBe(`"${response.body.revision}"`);
      const detail = response.body;
      expect(detail).toMatchObject({ number: '2015/2', status: 'held', heldOn: '2015-12-10', minutesRef: 'Minutes IMC-2015/2', agenda: expect.arrayContaining(['Progress of the 2015–2020 plan']) });
      expect(detail.attendees.map((a: { acronym: string }) => a.acronym)).toEqual(expect.arrayContaining(['MoLMPE', 'IOM']));
      expect(detail.attendees.every((a: { name: string | null }) => typeof a.name === 'string')).toBe(true);
      expect(detail.decisions.map((d: { number: string }) => d.number)).toEqual(['IMC-2015/07', 'IMC-2015/08', 'IMC-2015/09', 'IMC-2015/10']);
      const consular = await only('/recommendations', { q: 'register consulates' });
      const byId = new Map((detail.recommendations as { id: string; outcome: string; status: string }[]).map((r) => [r.id, r]));
      expect(byId.get(consular.id)).toMatchObject({ outcome: 'deferred', status: 'accepted', decisionId: expect.any(String) });
      expect([...byId.values()].map((r) => r.outcome).sort()).toEqual(expect.arrayContaining(['accepted', 'deferred', 'rejected']));

      const later = await only('/commission/sessions', { from: '2016-06-16', to: '2016-06-16' });
      const laterDetail = (await get(`/commission/sessions/${later.id}`)).body;
      expect(laterDetail.recommendations.find((r: { id: string }) => r.id === consular.id)).toMatchObject({ outcome: 'accepted', status: 'accepted' });
      expect((await get(`/commission/sessions/${session.id}/history`)).body.items.map((h: { type: string }) => h.type)).toEqual(['CommissionSessionScheduled', 'CommissionSessionHeld']);
    });
  });

  describe('decisions and recommendations', () => {
    it('a decision found by search, read with its follow-ups and its history', async () => {
      const decision = await only('/decisions', { q: 'guarantee fund' });
      expect(decision.number).toBe('IMC-2015/09');
      const response = await get(`/decisions/${decision.id}`);
      expect(response.headers.etag).toBe(`"${response.body.revision}"`);
      expect(response.body).toMatchObject({ id: decision.id, number: 'IMC-2015/09', followUps: expect.any(Array), overdue: expect.any(Boolean) });
      const history = (await get(`/decisions/${decision.id}/history`)).body.items;
      expect(history[0]).toMatchObject({ revision: 0, type: 'DecisionRecorded' });
      expect(history).toHaveLength(response.body.revision + 1);
    });

    it('a recommendation read with its review history: the sessions it was scheduled for and each outcome', async () => {
      const consular = await only('/recommendations', { q: 'CONSULATES' });
      const response = await get(`/recommendations/${consular.id}`);
      expect(response.headers.etag).toBe(`"${response.body.revision}"`);
      expect(response.body.schedules).toHaveLength(2);
      expect(response.body.reviews.map((r: { outcome: string }) => r.outcome)).toEqual(['deferred', 'accepted']);
      expect(response.body.reviews.map((r: { sessionId: string }) => r.sessionId)).toEqual(response.body.schedules.map((s: { sessionId: string }) => s.sessionId));
      const types = (await get(`/recommendations/${consular.id}/history`)).body.items.map((h: { type: string }) => h.type);
      expect(types).toEqual(['RecommendationSubmitted', 'RecommendationScheduledForReview', 'RecommendationDeferred', 'RecommendationScheduledForReview', 'RecommendationAccepted', 'RecommendationLinkedToActivity']);
    });
  });

  describe('asOf and knownAt on the activity, decision and recommendation lists', () => {
    it('asOf today answers what the live list answers', async () => {
      const today = new Date().toISOString().slice(0, 10);
      for (const path of ['/activities', '/decisions', '/recommendations']) {
        const live = (await get(path, { pageSize: 200 })).body;
        const travelled = (await get(path, { pageSize: 200, asOf: today })).body;
        expect({ path, body: travelled }).toEqual({ path, body: live });
      }
      const plan = await only('/plans', { code: 'TJ-DIASPORA-2015-2020' });
      for (const query of <Record<string, string | number>[]>[{ planId: plan.id, q: 'dousti' }, { planId: plan.id, status: 'completed' }, { overdue: 'true' }, { province: 'Khatlon', page: 2, pageSize: 3 }]) {
        expect((await get('/activities', { ...query, asOf: today })).body).toEqual((await get('/activities', query)).body);
      }
    });

    it('asOf a past date: only what was effective then, overdue judged on that date', async () => {
      const { body } = await get('/decisions', { asOf: '2015-12-31', pageSize: 200 });
      expect(body.items.map((d: { number: string }) => d.number)).toEqual(['IMC-2011/01', 'IMC-2014/05', 'IMC-2014/06', 'IMC-2015/07', 'IMC-2015/08', 'IMC-2015/09', 'IMC-2015/10'].filter((n) => body.items.some((d: { number: string }) => d.number === n)));
      expect(body.items.every((d: { decidedOn: string }) => d.decidedOn <= '2015-12-31')).toBe(true);
      expect(body.total).toBeLessThan((await get('/decisions')).body.total);
      const recommendations = (await get('/recommendations', { asOf: '2015-11-30', q: 'consulates' })).body;
      expect(recommendations.items).toMatchObject([{ status: 'submitted', reviews: [] }]);
      const then = (await get('/activities', { asOf: '2016-06-30', q: 'dousti kulob' })).body.items as { code: string; asOf: string; percentComplete: number }[];
      const now = (await get('/activities', { q: 'dousti kulob' })).body.items as { code: string; percentComplete: number }[];
      expect(then.map((a) => a.code)).toContain('2.1.2');
      expect(then.every((a) => a.asOf === '2016-06-30')).toBe(true);
      expect(then.find((a) => a.code === '2.1.2')!.percentComplete).toBeLessThan(now.find((a) => a.code === '2.1.2')!.percentComplete);
    });

    it('knownAt a moment before a write answers what the lists showed then', async () => {
      const before = new Date().toISOString();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const plan = await only('/plans', { code: 'TJ-DIASPORA-2015-2020' });
      const iom = await only('/organizations', { q: 'IOM' });
      const created = await app.http.post('/recommendations').send({
        source: { kind: 'workshop', title: 'Workshop on return migration, Khujand', heldOn: '2019-05-14' },
        text: 'Open a reintegration desk for returning migrants in Khujand',
        proposedByOrganizationId: iom.id,
        targetAgencyIds: [iom.id],
        planId: plan.id,
      });
      expect(created.status).toBe(201);
      await waitForProjections();
      expect((await get('/recommendations', { q: 'reintegration desk' })).body.total).toBe(1);
      expect((await get('/recommendations', { q: 'reintegration desk', knownAt: before })).body.total).toBe(0);
      expect((await get('/recommendations', { knownAt: before })).body.total).toBe((await get('/recommendations')).body.total - 1);
    });
  });

  describe('bad input', () => {
    it.each([
      ['/organizations', { kind: 'club' }, 'kind'],
      ['/organizations', { country: 'tj' }, 'country'],
      ['/organizations', { q: '' }, 'q'],
      ['/plans', { q: '   ' }, 'q'],
      ['/plans', { status: 'archived' }, 'status'],
      ['/plans', { pageSize: 0 }, 'pageSize'],
      ['/commission/sessions', { from: '2016-02-30' }, 'from'],
      ['/commission/sessions', { from: '2016-02-01', to: '2016-01-31' }, 'to'],
      ['/commission/sessions', { status: 'cancelled' }, 'status'],
      ['/activities', { asOf: '2016-13-01' }, 'asOf'],
      ['/activities', { code: 'x'.repeat(31) }, 'code'],
      ['/decisions', { knownAt: 'yesterday' }, 'knownAt'],
      ['/recommendations', { asOf: '1899-12-31' }, 'asOf'],
      ['/organizations', { sort: 'name' }, 'sort'],
    ])('GET %s with %j: 400 naming %s', async (path, query, field) => {
      const response = await app.http.get(path).query(query);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    });

    it.each(['/organizations', '/plans', '/commission/sessions', '/decisions', '/recommendations'])('%s/:id and its history: 404 for an unknown id, 400 for a malformed one', async (path) => {
      for (const suffix of ['', '/history']) {
        const id = randomUUID();
        const response = await app.http.get(`${path}/${id}${suffix}`);
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
        const malformed = await app.http.get(`${path}/not-a-uuid${suffix}`);
        expect(malformed.status).toBe(400);
        expect(malformed.body.fields).toEqual([{ field: 'id', messages: ['id must be a UUID'] }]);
      }
    });

    it('a history of another kind of record is a 404: ids are not shared between kinds', async () => {
      const plan = await only('/plans', { code: 'TJ-DIASPORA-2015-2020' });
      expect((await app.http.get(`/organizations/${plan.id}`)).status).toBe(404);
      expect((await app.http.get(`/decisions/${plan.id}/history`)).status).toBe(404);
    });
  });
});
