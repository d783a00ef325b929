import { randomUUID } from 'node:crypto';
import { anActivity, anOrganization, aPlan, aProgressReport } from '../support/builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Each case: the request, the status and body it must get, and (always) no event appended. */
interface Case {
  name: string;
  path: (ids: Ids) => string;
  body: (ids: Ids) => unknown;
  raw?: string;
  status: number;
  expectBody: Record<string, unknown>;
  field?: string;
}
type Ids = Awaited<ReturnType<typeof plannedActivity>> & { startedActivityId: string };

const missing = randomUUID();
const without = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const CASES: Case[] = [
  { name: 'invalid JSON', path: () => '/organizations', body: () => undefined, raw: '{"name": "IOM",', status: 400, expectBody: { code: 'INVALID_JSON' } },
  { name: 'organization: unknown field', path: () => '/organizations', body: () => anOrganization({ website: 'x' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'website' },
  { name: 'organization: missing name', path: () => '/organizations', body: () => without(anOrganization(), 'name'), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'name' },
  { name: 'organization: a name of spaces', path: () => '/organizations', body: () => anOrganization({ name: '   ' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'name' },
  { name: 'plan: a coordinating body of spaces', path: () => '/plans', body: () => aPlan({ coordinatingBody: ' \u200b ' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'coordinatingBody' },
  { name: 'organization: a blank acronym', path: () => '/organizations', body: () => anOrganization({ acronym: ' \u200b' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'acronym' },
  { name: 'organization: wrong kind', path: () => '/organizations', body: () => anOrganization({ kind: 'company' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'kind' },
  { name: 'organization: a country code that names no country', path: () => '/organizations', body: () => anOrganization({ country: 'XX' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'country' },
  { name: 'organization: over-long name', path: () => '/organizations', body: () => anOrganization({ name: 'x'.repeat(301) }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'name' },
  { name: 'plan: end before start', path: () => '/plans', body: () => aPlan({ periodStart: '2020-01-01', periodEnd: '2015-01-01' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'periodEnd' },
  { name: 'plan: not a date', path: () => '/plans', body: () => aPlan({ periodStart: '2015-02-30' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'periodStart' },
  { name: 'plan: title of wrong type', path: () => '/plans', body: () => aPlan({ title: 'just a string' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'title' },
  { name: 'plan: nested unknown field', path: () => '/plans', body: () => aPlan({ title: { en: 'x', fr: 'y' } }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'title.fr' },
  { name: 'plan: unknown predecessor', path: () => '/plans', body: () => aPlan({ predecessorPlanId: missing }), status: 404, expectBody: { code: 'NOT_FOUND', field: 'predecessorPlanId', id: missing } },
  { name: 'objective: unknown plan', path: () => `/plans/${missing}/objectives`, body: () => ({ code: '9', title: 'x' }), status: 404, expectBody: { code: 'NOT_FOUND', resource: 'plan' } },
  { name: 'objective: path id not a uuid', path: () => '/plans/not-a-uuid/objectives', body: () => ({ code: '9', title: 'x' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'id' },
  { name: 'adopt: missing instrument', path: (i) => `/plans/${i.planId}/adopt`, body: () => ({ adoptedOn: '2015-03-03' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'instrument' },
  { name: 'activity: end before start', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { plannedEnd: '2015-06-01' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'plannedEnd' },
  { name: 'activity: location without province', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { locations: [{ district: 'Dousti' }] }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'locations[0].province' },
  { name: 'activity: money as a number', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { budget: { amount: 1000.5, currency: 'EUR' } }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'budget.amount' },
  { name: 'activity: negative money', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { budget: { amount: '-5.00', currency: 'EUR' } }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'budget.amount' },
  { name: 'activity: unknown currency', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { budget: { amount: '5.00', currency: 'EUX' } }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'budget.currency' },
  { name: 'activity: unknown plan', path: () => '/activities', body: (i) => anActivity({ planId: missing, objectiveId: i.objectiveId, leadAgencyId: i.leadId }), status: 404, expectBody: { code: 'NOT_FOUND', field: 'planId', id: missing } },
  { name: 'activity: unknown lead agency', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: missing }), status: 404, expectBody: { code: 'NOT_FOUND', field: 'leadAgencyId' } },
  { name: 'activity: unknown partner agency', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { partnerAgencyIds: [missing] }), status: 404, expectBody: { code: 'NOT_FOUND', field: 'partnerAgencyIds[0]' } },
  { name: 'activity: lead also a partner', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '7.7', partnerAgencyIds: [i.leadId] }), status: 400, expectBody: { code: 'AGENCY_LISTED_TWICE' }, field: 'partnerAgencyIds' },
  { name: 'amend: a reason of invisible characters', path: (i) => `/activities/${i.activityId}/amend`, body: () => ({ description: 'x', reason: '\u200b\u2800 ' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'reason' },
  { name: 'activity: objective of another plan', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: missing, leadAgencyId: i.leadId }), status: 409, expectBody: { code: 'OBJECTIVE_NOT_IN_PLAN' } },
  { name: 'activity: dates outside the plan period', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { plannedEnd: '2022-01-01' }), status: 409, expectBody: { code: 'DATE_OUTSIDE_PLAN_PERIOD' } },
  { name: 'progress: activity never started', path: (i) => `/activities/${i.activityId}/progress-reports`, body: () => aProgressReport(), status: 409, expectBody: { code: 'ACTIVITY_NOT_IN_PROGRESS' } },
  { name: 'progress: percent above 100', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, body: () => aProgressReport({ percentComplete: 101 }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'percentComplete' },
  { name: 'progress: percent as a string', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, body: () => aProgressReport({ percentComplete: '50' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'percentComplete' },
  { name: 'progress: undefined indicator', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, body: () => aProgressReport({ indicatorValues: [{ indicatorId: missing, value: 3 }] }), status: 409, expectBody: { code: 'UNKNOWN_INDICATOR' } },
  { name: 'progress: evidence url not http', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, body: () => aProgressReport({ evidence: [{ title: 'x', url: 'javascript:alert(1)' }] }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'evidence[0].url' },
  // Business dates outside 1900-01-01..2199-12-31 (Postgres refuses year 0 in the read models)
  { name: 'indicator: effectiveOn in year 0', path: (i) => `/activities/${i.startedActivityId}/indicators`, body: () => ({ name: 'Projects', unit: 'projects', baseline: 0, target: 4, effectiveOn: '0000-01-01' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'effectiveOn' },
  { name: 'progress: periodStart in year 0', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, body: () => aProgressReport({ periodStart: '0000-01-01' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'periodStart' },
  { name: 'progress: periodEnd after 2199', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, body: () => aProgressReport({ periodEnd: '2200-01-01' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'periodEnd' },
  { name: 'activity: plannedStart before 1900', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { plannedStart: '1899-12-31' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'plannedStart' },
  { name: 'organization: effectiveOn in year 9999', path: () => '/organizations', body: () => anOrganization({ effectiveOn: '9999-12-31' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'effectiveOn' },
  // null where a field may only be left out
  { name: 'activity: budget null', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '7.1', budget: null }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'budget' },
  { name: 'activity: description null', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '7.2', description: null }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'description' },
  { name: 'plan: revision with title null', path: (i) => `/plans/${i.planId}/revise`, body: () => ({ changes: { title: null }, reason: 'x' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'changes.title' },
  // Nested arrays are validated element by element, never stored as they came
  { name: 'progress: evidence as a nested array', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, body: () => aProgressReport({ evidence: [[{ title: 'x', url: 'https://example.org/a.pdf' }]] }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'evidence' },
  { name: 'progress: indicator values as a nested array', path: (i) => `/activities/${i.startedActivityId}/progress-reports`, body: () => aProgressReport({ indicatorValues: [[{ indicatorId: missing, value: 1 }]] }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'indicatorValues' },
  { name: 'activity: locations as a nested array', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '7.3', locations: [[{ province: 'Sughd' }]] }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'locations' },
  { name: 'activity: a location that is a string', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '7.4', locations: ['Sughd'] }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'locations' },
  { name: 'activity: partner ids as a nested array', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '7.5', partnerAgencyIds: [[i.leadId]] }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'partnerAgencyIds' },
  { name: 'activity: sdg tags as a nested array', path: () => '/activities', body: (i) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '7.6', tags: { sdg: [['10.7']], gcm: [] } }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'tags.sdg' },
  { name: 'start: unknown activity', path: () => `/activities/${missing}/start`, body: () => ({ startedOn: '2016-02-01' }), status: 404, expectBody: { code: 'NOT_FOUND', resource: 'activity' } },
  { name: 'start: twice', path: (i) => `/activities/${i.startedActivityId}/start`, body: () => ({ startedOn: '2016-02-01' }), status: 409, expectBody: { code: 'ACTIVITY_NOT_PLANNED' } },
  { name: 'disbursement: more than committed', path: (i) => `/activities/${i.startedActivityId}/disbursements`, body: (i) => ({ donorId: i.donorId, money: { amount: '1.00', currency: 'EUR' }, disbursedOn: '2016-03-01' }), status: 409, expectBody: { code: 'DISBURSEMENT_EXCEEDS_COMMITMENT' } },
  { name: 'disbursement: unknown donor', path: (i) => `/activities/${i.startedActivityId}/disbursements`, body: () => ({ donorId: missing, money: { amount: '1.00', currency: 'EUR' }, disbursedOn: '2016-03-01' }), status: 404, expectBody: { code: 'NOT_FOUND', field: 'donorId' } },
  { name: 'suspend: missing reason', path: (i) => `/activities/${i.startedActivityId}/suspend`, body: () => ({}), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'reason' },
  { name: 'complete: malformed date', path: (i) => `/activities/${i.startedActivityId}/complete`, body: () => ({ completedOn: '30/05/2017' }), status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field: 'completedOn' },
];

describe('bad input is refused with a clear 4xx and nothing is appended', () => {
  let app: TestApp;
  let ids: Ids;
  beforeAll(async () => {
    app = await startTestApp();
    const base = await plannedActivity(app);
    const started = await write(app, '/activities', anActivity({ planId: base.planId, objectiveId: base.objectiveId, leadAgencyId: base.leadId }, { code: '2.4' }));
    await write(app, `/activities/${started.id}/start`, { startedOn: '2016-02-01' });
    ids = { ...base, startedActivityId: started.id };
  }, 60_000);
  afterAll(async () => app.close());

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = (await app.allEvents()).length;
    const request = app.http.post(c.path(ids)).set('Content-Type', 'application/json');
    const response = await (c.raw !== undefined ? request.send(c.raw) : request.send(c.body(ids) as object));
    expect(response.status).toBe(c.status);
    expect(response.body).toMatchObject({ statusCode: c.status, ...c.expectBody });
    expect(typeof response.body.message).toBe('string');
    if (c.field) expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(c.field);
    expect(JSON.stringify(response.body)).not.toMatch(/stack|SELECT|INSERT|at \w+ \(/);
    expect((await app.allEvents()).length).toBe(before);
  });
});
