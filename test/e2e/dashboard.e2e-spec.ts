import { XMLParser } from 'fast-xml-parser';
import { aDecision, aRecommendation, aSession, aSessionHeld } from '../support/commission-builders.js';
import { anActivity, anObjective, anOrganization, aPlan, aProgressReport } from '../support/builders.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * A small plan whose figures are worked out by hand below. Back-filled: everything is recorded
 * today but effective in 2015–2017, so `asOf=2016-06-30` and today give different answers.
 */
describe('plan dashboard, hand-computed', () => {
  let app: TestApp;
  const s: Record<string, string> = {};
  let last = '';
  const post = async (path: string, body: unknown) => {
    const r = await write(app, path, body);
    last = r.position;
    return r;
  };

  beforeAll(async () => {
    app = await startTestApp();
    s.lead = (await post('/organizations', anOrganization({ acronym: 'MS' }))).id;
    s.partner = (await post('/organizations', anOrganization({ name: 'IOM', acronym: 'IOM', kind: 'international_organization', country: 'CH' }))).id;
    s.eu = (await post('/organizations', anOrganization({ name: 'European Union', acronym: 'EU', kind: 'donor', country: 'BE' }))).id;
    s.plan = (await post('/plans', aPlan({ effectiveOn: '2014-12-01' }))).id;
    s.obj1 = (await post(`/plans/${s.plan}/objectives`, anObjective({ code: '1', effectiveOn: '2014-12-01' }))).objectiveId as string;
    s.obj2 = (await post(`/plans/${s.plan}/objectives`, anObjective({ code: '2', effectiveOn: '2014-12-01' }))).objectiveId as string;
    const activity = (objectiveId: string, leadAgencyId: string, overrides: Record<string, unknown>) =>
      post('/activities', anActivity({ planId: s.plan, objectiveId, leadAgencyId }, { effectiveOn: '2015-12-01', ...overrides }));
    // A1: in progress at 50 %, EU commits 600 EUR and disburses 100 EUR; planned end 2017-06-30.
    s.a1 = (await activity(s.obj1, s.lead, { code: '1.1', budget: { amount: '1000.00', currency: 'EUR' }, locations: [{ province: 'Khatlon', district: 'Kulob' }, { province: 'Khatlon', district: 'Dousti' }] })).id;
    await post(`/activities/${s.a1}/start`, { startedOn: '2016-02-01' });
    await post(`/activities/${s.a1}/progress-reports`, aProgressReport({ periodEnd: '2016-06-30', percentComplete: 50 }));
    await post(`/activities/${s.a1}/funding-commitments`, { donorId: s.eu, money: { amount: '600', currency: 'EUR' }, committedOn: '2016-01-10' });
    await post(`/activities/${s.a1}/disbursements`, { donorId: s.eu, money: { amount: '100', currency: 'EUR' }, disbursedOn: '2016-03-01' });
    // A2: never started, planned end 2016-12-31; USD budget; IOM as partner.
    s.a2 = (await activity(s.obj1, s.lead, { code: '1.2', partnerAgencyIds: [s.partner], plannedEnd: '2016-12-31', budget: { amount: '500.00', currency: 'USD' }, locations: [{ province: 'Sughd' }] })).id;
    // A3: started 2016-02-01, 80 % reported for a 2017 period, completed 2017-05-30.
    s.a3 = (await activity(s.obj2, s.partner, { code: '2.1', budget: { amount: '2000.00', currency: 'EUR' }, locations: [{ province: 'Sughd' }] })).id;
    await post(`/activities/${s.a3}/start`, { startedOn: '2016-02-01' });
    await post(`/activities/${s.a3}/progress-reports`, aProgressReport({ periodStart: '2017-01-01', periodEnd: '2017-03-31', percentComplete: 80 }));
    await post(`/activities/${s.a3}/complete`, { completedOn: '2017-05-30' });
    // A4: cancelled today (its budget no longer counts, nor its percent).
    s.a4 = (await activity(s.obj2, s.partner, { code: '2.2', budget: { amount: '300.00', currency: 'EUR' }, locations: [{ province: 'Khatlon', district: 'Kulob' }] })).id;
    await post(`/activities/${s.a4}/cancel`, { reason: 'merged into 2.1' });
    // An open decision on A1 due 2016-12-31, taken at a session held 2016-05-10; one recommendation for the plan.
    const session = (await post('/commission/sessions', aSession({ scheduledOn: '2016-05-10' }))).id;
    await post(`/commission/sessions/${session}/held`, aSessionHeld([s.lead], { heldOn: '2016-05-10' }));
    await post('/decisions', aDecision(session, { dueDate: '2016-12-31', relatedActivityIds: [s.a1], responsibleAgencyIds: [s.lead] }));
    await post('/recommendations', aRecommendation(s.partner, { planId: s.plan }));
  });
  afterAll(async () => app.close());

  it('today', async () => {
    const response = await app.http.get(`/plans/${s.plan}/dashboard`).query({ minPosition: last });
    expect(response.status).toBe(200);
    const d = response.body;
    expect(d.activities).toEqual({ total: 4, byStatus: { planned: 1, in_progress: 1, completed: 1, suspended: 0, cancelled: 1 }, overdue: 2 });
    // Mean over the three not cancelled: (50 + 0 + 100) / 3.
    expect(d.percentComplete).toBe(50);
    expect(d.budget).toEqual([
      { currency: 'EUR', planned: '3000.00', committed: '600.00', disbursed: '100.00' },
      { currency: 'USD', planned: '500.00', committed: '0.00', disbursed: '0.00' },
    ]);
    expect(d.byObjective.map((o: any) => [o.code, o.activities, o.overdue, o.percentComplete])).toEqual([
      ['1', 2, 2, 25],
      ['2', 2, 0, 100],
    ]);
    expect(d.byCountry).toEqual([{ country: 'TJ', activities: 4, overdue: 2, percentComplete: d.percentComplete }]);
    expect(d.byProvince).toEqual([
      { country: 'TJ', areaCode: 'TJ-KT', province: 'Khatlon', activities: 2, overdue: 1, percentComplete: 50 },
      { country: 'TJ', areaCode: 'TJ-SU', province: 'Sughd', activities: 2, overdue: 1, percentComplete: 50 },
    ]);
    // Districts within their province: 1.1 in Kulob and Dousti, 2.2 in Kulob.
    expect(d.byDistrict.map((r: { country: string; province: string; district: string; activities: number }) => [r.country, r.province, r.district, r.activities])).toEqual([
      ['TJ', 'Khatlon', 'Dousti', 1],
      ['TJ', 'Khatlon', 'Kulob', 2],
    ]);
    expect(d.byAgency.find((a: any) => a.organizationId === s.partner)).toMatchObject({ name: 'IOM', lead: 2, activities: 3, overdue: 1 });
    expect(d.byDonor).toEqual([{ donorId: s.eu, name: 'European Union', currency: 'EUR', committed: '600.00', disbursed: '100.00', activities: 1 }]);
    expect(d.decisions).toEqual({ total: 1, byStatus: { open: 1, implemented: 0, revoked: 0 }, overdue: 1 });
    expect(d.recommendations.byStatus.submitted).toBe(1);
  });

  it('as of 2016-06-30: what had happened by then, overdue judged on that date', async () => {
    const d = (await app.http.get(`/plans/${s.plan}/dashboard`).query({ asOf: '2016-06-30' })).body;
    expect(d.asOf).toBe('2016-06-30');
    expect(d.activities).toEqual({ total: 4, byStatus: { planned: 2, in_progress: 2, completed: 0, suspended: 0, cancelled: 0 }, overdue: 0 });
    // A1 at 50, the others at 0: (50 + 0 + 0 + 0) / 4.
    expect(d.percentComplete).toBe(12.5);
    expect(d.decisions).toEqual({ total: 1, byStatus: { open: 1, implemented: 0, revoked: 0 }, overdue: 0 });
  });

  it('the live answer (aggregated in SQL) equals the one folded from the events for today', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const live = (await app.http.get(`/plans/${s.plan}/dashboard`).query({ minPosition: last })).body;
    const folded = (await app.http.get(`/plans/${s.plan}/dashboard`).query({ asOf: today, knownAt: new Date().toISOString() })).body;
    expect(folded).toEqual(live);
  });

  it('known at a moment before anything was recorded: the plan did not exist', async () => {
    const response = await app.http.get(`/plans/${s.plan}/dashboard`).query({ knownAt: '2020-01-01T00:00:00Z' });
    expect(response.status).toBe(404);
  });

  it('lists activities with filters, stable order and paging', async () => {
    const byPlan = (await app.http.get('/activities').query({ planId: s.plan, minPosition: last })).body;
    expect(byPlan).toMatchObject({ page: 1, pageSize: 50, total: 4 });
    expect(byPlan.items.map((a: any) => a.code)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    const overdue = (await app.http.get('/activities').query({ planId: s.plan, overdue: true })).body;
    expect(overdue.items.map((a: any) => a.code)).toEqual(['1.1', '1.2']);
    const iomInSughd = (await app.http.get('/activities').query({ planId: s.plan, agencyId: s.partner, province: 'Sughd' })).body;
    expect(iomInSughd.items.map((a: any) => a.code)).toEqual(['1.2', '2.1']);
    const funded = (await app.http.get('/activities').query({ donorId: s.eu })).body;
    expect(funded.items.map((a: any) => a.id)).toEqual([s.a1]);
    const page2 = (await app.http.get('/activities').query({ planId: s.plan, pageSize: 3, page: 2 })).body;
    expect(page2).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(page2.items.map((a: any) => a.code)).toEqual(['2.2']);
    const bad = await app.http.get('/activities').query({ status: 'late', pageSize: 1000 });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: any) => f.field).sort()).toEqual(['pageSize', 'status']);
  });

  it('the donor portfolio shows only that donor’s amounts', async () => {
    const p = (await app.http.get(`/donors/${s.eu}/portfolio`).query({ minPosition: last })).body;
    expect(p.totals).toEqual([{ currency: 'EUR', committed: '600.00', disbursed: '100.00' }]);
    expect(p.activities).toMatchObject({ page: 1, pageSize: 50, total: 1 });
    expect(p.activities.items).toEqual([expect.objectContaining({ id: s.a1, status: 'in_progress', overdue: true, funding: [{ currency: 'EUR', committed: '600.00', disbursed: '100.00' }] })]);
    // The plans it funds in, for its downloads by plan, whatever page of activities is asked for.
    const plan = (await app.http.get(`/plans/${s.plan}`)).body;
    expect(p.plans).toEqual([{ planId: s.plan, code: plan.code }]);
    expect((await app.http.get(`/donors/${s.eu}/portfolio`).query({ page: 2 })).body).toMatchObject({ plans: p.plans, activities: { items: [], total: 1 } });
    // Titles in every language stored, so that the reader's language is answered as on every other read.
    expect(p.activities.items[0].titles).toEqual((await app.http.get(`/activities/${s.a1}`)).body.titles);
  });

  it('the decision tracker and the recommendation pipeline', async () => {
    const decisions = (await app.http.get('/decisions').query({ overdue: true, minPosition: last })).body;
    expect(decisions.items).toEqual([expect.objectContaining({ status: 'open', dueDate: '2016-12-31', overdue: true })]);
    const recommendations = (await app.http.get('/recommendations').query({ status: 'submitted', source: 'technical_meeting' })).body;
    expect(recommendations.total).toBe(1);
  });

  it('exports the plan as CSV, one row per activity', async () => {
    const response = await app.http.get(`/plans/${s.plan}/export.csv`).query({ minPosition: last });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const lines = response.text.trim().split('\n');
    expect(lines[0]).toBe('plan,objective,code,title,status,percent_complete,overdue,lead_agency,partner_agencies,planned_start,planned_end,started_on,completed_on,locations,sdg_targets,gcm_objectives,budget_amount,budget_currency,committed,disbursed,indicators,id');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toContain(',1,1.1,');
    expect(lines[1]).toContain(',in_progress,50,true,MS,,2016-01-01,2017-06-30,2016-02-01,,Khatlon/Kulob (TJ); Khatlon/Dousti (TJ),10.7,19,1000.00,EUR,EU EUR 600.00,EU EUR 100.00,');
  });

  it('exports the plan in the IATI activity standard with funding as transactions', async () => {
    const response = await app.http.get(`/plans/${s.plan}/iati.xml`).query({ minPosition: last });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/xml/);
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['iati-activity', 'transaction', 'participating-org', 'activity-date'].includes(name) }).parse(response.text);
    const activities = parsed['iati-activities']['iati-activity'];
    expect(parsed['iati-activities']['@_version']).toBe('2.03');
    expect(activities).toHaveLength(4);
    const a1 = activities.find((a: any) => a['iati-identifier'].endsWith('-1.1'));
    expect(a1['activity-status']['@_code']).toBe('2');
    expect(a1.transaction.map((t: any) => [t['transaction-type']['@_code'], t.value['#text'], t.value['@_currency']])).toEqual([
      ['11', '600.00', 'EUR'],
      ['1', '100.00', 'EUR'],
    ]);
    expect(a1['participating-org'].map((o: any) => o['@_role'])).toEqual(['1', '4']);
    const a4 = activities.find((a: any) => a['iati-identifier'].endsWith('-2.2'));
    expect(a4['activity-status']['@_code']).toBe('5');
  });

  it('the audit log pages through every event with its actor, oldest or newest first', async () => {
    const audit = (await app.http.get('/audit').query({ stream: `activity-${s.a1}`, minPosition: last })).body;
    expect(audit.items.map((e: any) => e.type)).toEqual(['ActivityPlanned', 'ActivityStarted', 'ActivityProgressReported', 'FundsCommitted', 'FundsDisbursed']);
    expect(audit.items[0].actor.id).toEqual(expect.any(String));
    // Newest first, paged: the last two events, then the three before them, with the same total.
    const newest = (await app.http.get('/audit').query({ stream: `activity-${s.a1}`, order: 'newest', pageSize: 2 })).body;
    expect(newest.items.map((e: any) => e.type)).toEqual(['FundsDisbursed', 'FundsCommitted']);
    expect(newest.total).toBe(5);
    const next = (await app.http.get('/audit').query({ stream: `activity-${s.a1}`, order: 'newest', pageSize: 2, page: 2 })).body;
    expect(next.items.map((e: any) => e.type)).toEqual(['ActivityProgressReported', 'ActivityStarted']);
    expect((await app.http.get('/audit').query({ order: 'latest' })).body.fields).toEqual([expect.objectContaining({ field: 'order' })]);
  });

  it('the audit log between two dates holds the whole of the last day; a window ending before it begins is a 400 naming to', async () => {
    const recorded = (await app.http.get('/audit').query({ stream: `activity-${s.a1}` })).body.items.map((e: any) => e.recordedAt as string);
    const day = recorded[0].slice(0, 10);
    const sameDay = recorded.filter((at: string) => at.startsWith(day)).length;
    const thatDay = (await app.http.get('/audit').query({ stream: `activity-${s.a1}`, from: day, to: day })).body;
    expect(thatDay.total).toBe(sameDay);
    expect(sameDay).toBeGreaterThan(0);
    // A moment as the end still ends there: up to the first event, and no later.
    expect((await app.http.get('/audit').query({ stream: `activity-${s.a1}`, to: recorded[0] })).body.total).toBe(recorded.filter((at: string) => at <= recorded[0]).length);
    const backwards = await app.http.get('/audit').query({ from: day, to: '2016-01-01' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields).toEqual([{ field: 'to', messages: ['to must not be before from'] }]);
  });

  // Runs last: it changes the plan. The live answer is kept between reads; a write must end that.
  it('a kept live answer gives way to the next write at once', async () => {
    const kept = (await app.http.get(`/plans/${s.plan}/dashboard`).query({ minPosition: last })).body;
    expect((await app.http.get(`/plans/${s.plan}/dashboard`)).body).toEqual(kept);
    await post(`/activities/${s.a1}/progress-reports`, aProgressReport({ periodStart: '2016-07-01', periodEnd: '2016-12-31', percentComplete: 80 }));
    const after = (await app.http.get(`/plans/${s.plan}/dashboard`).query({ minPosition: last })).body;
    // Mean over the three not cancelled: (80 + 0 + 100) / 3.
    expect([kept.percentComplete, after.percentComplete]).toEqual([50, 60]);
  });
});
