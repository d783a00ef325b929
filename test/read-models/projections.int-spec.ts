import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { ALL_DOMAIN_EVENT_TYPES } from '#domain';
import { InMemoryEventStore, type EventStore, type RecordedEvent } from '#event-store';
import { createDataSource } from '#platform';
import { activityViewColumns, activityViewOf, ALL_MIGRATIONS, ALL_PROJECTIONS, Projector, READ_MODEL_ENTITIES, rebuildProjections } from '#read-models';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { snapshotReadModels } from './support.js';

const ids = { plan: randomUUID(), objective: randomUUID(), activity: randomUUID(), lead: randomUUID(), donor: randomUUID(), indicator: randomUUID(), session: randomUUID(), decision: randomUUID(), revoked: randomUUID(), recommendation: randomUUID(), withdrawn: randomUUID(), meeting: randomUUID(), user: randomUUID(), token: randomUUID(), person: randomUUID(), corrected: randomUUID(), spare: randomUUID(), objectiveIndicator: randomUUID() };
let position = 0;
const revisions = new Map<string, number>();
function event(stream: string, type: string, data: Record<string, unknown>, recordedAt = '2026-11-23T10:00:00.000Z'): RecordedEvent {
  const revision = (revisions.get(stream) ?? -1) + 1;
  revisions.set(stream, revision);
  position++;
  return { id: randomUUID(), stream, revision, position: String(position), type, data: { effectiveOn: '2016-01-01', ...data }, metadata: { actor: { id: 'tok-1', name: 'Secretariat' }, role: 'secretariat', organizationId: null, recordedAt, hash: `h${position}`, prevHash: `h${position - 1}` } };
}

/** One of every event type, in an order the deciders would allow. */
const history: RecordedEvent[] = [
  event(`organization-${ids.lead}`, 'OrganizationRegistered', { organizationId: ids.lead, name: 'Migration Service', acronym: 'MS', kind: 'state_agency', country: 'TJ' }),
  event(`organization-${ids.lead}`, 'OrganizationRenamed', { name: 'Migration Service of the MoLMPE', acronym: 'MS-MoLMPE', previousName: 'Migration Service', previousAcronym: 'MS' }),
  event(`organization-${ids.lead}`, 'OrganizationAmended', { before: { kind: 'state_agency' }, after: { kind: 'ministry' }, reason: 'typo' }),
  event(`organization-${ids.donor}`, 'OrganizationRegistered', { organizationId: ids.donor, name: 'European Union', acronym: 'EU', kind: 'donor', country: 'BE' }),
  event(`plan-${ids.plan}`, 'PlanDrafted', { planId: ids.plan, code: 'TJ-DIASPORA-2015-2020', title: { en: 'Diaspora' }, periodStart: '2015-01-01', periodEnd: '2020-12-31' }),
  event(`plan-${ids.plan}`, 'ObjectiveAdded', { objectiveId: ids.objective, code: '2', title: 'Investment' }),
  event(`plan-${ids.plan}`, 'PlanAdopted', { adoptedOn: '2015-03-03', instrument: 'Decree 97' }),
  event(`plan-${ids.plan}`, 'ReportingCalendarSet', { reporting: { frequency: 'yearly', dueDays: 60, approval: false }, effectiveOn: '2015-01-01' }),
  event(`plan-${ids.plan}`, 'PlanRevised', { changes: { coordinatingBody: 'Commission' }, reason: 'mid-term review' }),
  event(`plan-${ids.plan}`, 'PlanAmended', { before: { title: { en: 'Diaspora' } }, after: { title: { en: 'Diaspora engagement' } }, reason: 'typo' }),
  event(`plan-${ids.plan}`, 'PlanRecoded', { before: { code: 'TJ-DIASPORA-2015-2020' }, after: { code: 'TJ-DIASPORA-2015-2020-R' }, reason: 'typo' }, '2026-11-23T11:00:00.000Z'),
  event(`plan-${ids.plan}`, 'ObjectiveAdded', { objectiveId: ids.spare, code: '9', title: 'Spare' }),
  event(`plan-${ids.plan}`, 'ObjectiveAmended', { objectiveId: ids.objective, before: { title: 'Investment' }, after: { title: 'Diaspora investment' }, reason: 'typo' }),
  event(`plan-${ids.plan}`, 'ObjectiveRemoved', { objectiveId: ids.spare, before: { code: '9', title: 'Spare' }, reason: 'entered by mistake' }),
  event(`plan-${ids.plan}`, 'DisaggregationDefined', { code: 'sex', names: { en: 'Sex' }, exhaustive: true, categories: [{ code: 'female', names: { en: 'Female' } }] }),
  event(`plan-${ids.plan}`, 'DisaggregationAmended', { code: 'sex', before: { categories: [{ code: 'female', names: { en: 'Female' } }] }, after: { categories: [{ code: 'female', names: { en: 'Female' } }, { code: 'male', names: { en: 'Male' } }] }, reason: 'forgotten' }),
  event(`plan-${ids.plan}`, 'ObjectiveIndicatorDefined', { objectiveId: ids.objective, indicatorId: ids.objectiveIndicator, names: { en: 'Projects' }, type: 'number', unit: 'projects', baseline: 0, target: 100, targets: [{ year: 2016, value: 40 }], direction: 'increase', disaggregations: ['sex'] }),
  event(`plan-${ids.plan}`, 'ObjectiveIndicatorRevised', { indicatorId: ids.objectiveIndicator, before: { target: 100 }, after: { target: 120 }, reason: 'extended' }),
  event(`activity-${ids.activity}`, 'ActivityPlanned', { activityId: ids.activity, planId: ids.plan, objectiveId: ids.objective, code: '2.3', title: 'Campaign', leadAgencyId: ids.lead, partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2017-06-30', locations: [{ province: 'Khatlon', district: 'Kulob' }], tags: { sdg: ['10.7'], gcm: ['19'] }, budget: { amount: '1000.00', currency: 'EUR' } }),
  event(`activity-${ids.activity}`, 'IndicatorDefined', { indicatorId: ids.indicator, name: 'Projects', unit: 'projects', baseline: 0, target: 40 }),
  event(`activity-${ids.activity}`, 'ActivityStarted', { startedOn: '2016-02-01' }),
  event(`activity-${ids.activity}`, 'ActivityProgressReported', { periodStart: '2016-01-01', periodEnd: '2016-06-30', percentComplete: 40, indicatorValues: [{ indicatorId: ids.indicator, value: 12 }], evidence: [] }),
  event(`activity-${ids.activity}`, 'FundsCommitted', { donorId: ids.donor, money: { amount: '500.00', currency: 'EUR' }, committedOn: '2016-01-10' }),
  event(`activity-${ids.activity}`, 'FundsDisbursed', { donorId: ids.donor, money: { amount: '200.50', currency: 'EUR' }, disbursedOn: '2016-03-01' }),
  event(`activity-${ids.activity}`, 'ActivityRescheduled', { plannedEnd: '2018-06-30', previousPlannedEnd: '2017-06-30', reason: 'late funds' }),
  event(`activity-${ids.activity}`, 'ActivitySuspended', { reason: 'elections', suspendedFrom: 'in_progress' }),
  event(`activity-${ids.activity}`, 'ActivityResumed', { resumedTo: 'in_progress' }),
  event(`activity-${ids.activity}`, 'ActivityCompleted', { completedOn: '2018-05-30' }),
  event(`activity-${ids.activity}`, 'ActivityRecoded', { before: { code: '2.3' }, after: { code: '2.3.1' }, reason: 'typo' }, '2026-11-23T12:00:00.000Z'),
  event(`commission_session-${ids.session}`, 'CommissionSessionScheduled', { sessionId: ids.session, number: '7', scheduledOn: '2016-11-18', agenda: ['progress'] }),
  event(`commission_session-${ids.session}`, 'CommissionSessionAmended', { before: { agenda: ['progress'] }, after: { agenda: ['progress', 'review'] }, reason: 'typo' }),
  event(`commission_session-${ids.session}`, 'CommissionSessionHeld', { heldOn: '2016-11-18', attendeeOrganizationIds: [ids.lead], minutesRef: 'IMC-7' }),
  event(`commission_session-${ids.session}`, 'CommissionSessionRenumbered', { before: { number: '7' }, after: { number: '2016/7' }, reason: 'typo' }),
  event(`recommendation-${ids.recommendation}`, 'RecommendationSubmitted', { recommendationId: ids.recommendation, source: { kind: 'technical_meeting', title: 'Technical meeting of 18 November', heldOn: '2016-11-18' }, text: 'Map diaspora skills', proposedByOrganizationId: ids.lead, targetAgencyIds: [ids.lead], planId: ids.plan }),
  event(`recommendation-${ids.recommendation}`, 'RecommendationScheduledForReview', { sessionId: ids.session }),
  event(`decision-${ids.decision}`, 'DecisionRecorded', { decisionId: ids.decision, sessionId: ids.session, number: 'IMC-2016/07', title: 'Accept', text: 'Accepted', kind: 'accept_recommendation', responsibleAgencyIds: [ids.lead], dueDate: '2017-01-31', relatedActivityIds: [ids.activity], relatedRecommendationIds: [ids.recommendation] }),
  event(`decision-${ids.decision}`, 'DecisionAmended', { before: { dueDate: '2017-01-31' }, after: { dueDate: '2017-02-28' }, reason: 'minutes' }),
  event(`decision-${ids.decision}`, 'DecisionFollowUpAdded', { note: 'on track', evidence: [] }),
  event(`decision-${ids.decision}`, 'DecisionImplemented', { implementedOn: '2017-01-20', evidence: [] }),
  event(`decision-${ids.decision}`, 'DecisionRenumbered', { before: { number: 'IMC-2016/07' }, after: { number: 'IMC-2016/17' }, reason: 'typo' }),
  event(`recommendation-${ids.recommendation}`, 'RecommendationAccepted', { decisionId: ids.decision, sessionId: ids.session }),
  event(`recommendation-${ids.recommendation}`, 'RecommendationAmended', { before: { text: 'Map diaspora skills' }, after: { text: 'Map the skills of the diaspora' }, reason: 'wording' }),
  event(`recommendation-${ids.recommendation}`, 'RecommendationLinkedToActivity', { activityId: ids.activity }),
  event(`recommendation-${ids.recommendation}`, 'RecommendationImplemented', { implementedOn: '2018-01-01', evidence: [] }),
  event(`recommendation-${ids.withdrawn}`, 'RecommendationSubmitted', { recommendationId: ids.withdrawn, source: { kind: 'roundtable', title: 'Migrants Day roundtable', heldOn: '2016-12-18' }, text: 'x', proposedByOrganizationId: ids.lead, targetAgencyIds: [] }),
  event(`recommendation-${ids.withdrawn}`, 'RecommendationScheduledForReview', { sessionId: ids.session }),
  event(`recommendation-${ids.withdrawn}`, 'RecommendationDeferred', { decisionId: ids.decision, sessionId: ids.session }),
  event(`recommendation-${ids.withdrawn}`, 'RecommendationRejected', { decisionId: ids.decision, sessionId: ids.session }),
  event(`recommendation-${ids.withdrawn}`, 'RecommendationWithdrawn', { reason: 'superseded' }),
  // Meetings (issue 12): a record; the recommendations above typed theirs inline (legacy meetings).
  event(`meeting-${ids.meeting}`, 'MeetingRecorded', { meetingId: ids.meeting, kind: 'workshop', heldOn: '2017-03-01', titles: { en: 'Lessons-learned workshop' }, organizerIds: [ids.lead], participantIds: [ids.donor], documents: [] }),
  event(`meeting-${ids.meeting}`, 'MeetingDocumentAdded', { document: { title: 'Report', url: 'https://example.org/r.pdf' } }),
  event(`meeting-${ids.meeting}`, 'MeetingAmended', { before: { heldOn: '2017-03-01' }, after: { heldOn: '2017-03-02', place: 'Khujand' }, reason: 'typo' }),
  event(`decision-${ids.revoked}`, 'DecisionRecorded', { decisionId: ids.revoked, sessionId: ids.session, number: 'IMC-2016/08', title: 'Assign', text: 'Assign', kind: 'assign_responsibility', responsibleAgencyIds: [ids.lead], relatedActivityIds: [ids.activity], relatedRecommendationIds: [] }),
  event(`decision-${ids.revoked}`, 'DecisionRevoked', { reason: 'superseded' }),
  // People and their access: in the audit log like every other stream (issue 10).
  event(`user-${ids.user}`, 'ServiceUserRegistered', { userId: ids.user, displayName: 'bootstrap admin', role: 'admin', organizationId: null, reason: 'bootstrap' }),
  event(`user-${ids.user}`, 'AccessTokenIssued', { tokenId: ids.token, role: 'admin', organizationId: null, displayName: 'script', expiresAt: null }),
  event(`user-${ids.user}`, 'AccessTokenRevoked', { tokenId: ids.token, reason: 'leaked' }),
  event(`user-${ids.person}`, 'UserInvited', { userId: ids.person, email: 'clerk@example.org', displayName: 'Clerk', role: 'agency', organizationId: ids.lead, language: 'ru' }),
  event(`user-${ids.person}`, 'InvitationReissued', { userId: ids.person, reason: 'the first mail was lost' }),
  event(`user-${ids.person}`, 'InvitationAccepted', { userId: ids.person }),
  event(`user-${ids.person}`, 'PasswordReset', { userId: ids.person }),
  event(`user-${ids.person}`, 'UserOrganizationChanged', { organizationId: ids.donor, previousOrganizationId: ids.lead, reason: 'transfer' }),
  event(`user-${ids.person}`, 'UserRoleChanged', { role: 'commission', previousRole: 'agency', organizationId: null, previousOrganizationId: ids.donor, reason: 'appointed' }),
  event(`user-${ids.person}`, 'UserDisabled', { reason: 'left' }),
  event(`user-${ids.person}`, 'UserEnabled', { reason: 'back' }),
  // Corrections (issue 16): a report replaced, then withdrawn; details amended.
  event(`activity-${ids.corrected}`, 'ActivityPlanned', { activityId: ids.corrected, planId: ids.plan, objectiveId: ids.objective, code: '2.4', title: 'Fair', leadAgencyId: ids.lead, partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2017-06-30', locations: [{ province: 'Sughd' }], tags: { sdg: [], gcm: [] } }),
  event(`activity-${ids.corrected}`, 'ActivityStarted', { startedOn: '2016-01-10' }),
  event(`activity-${ids.corrected}`, 'ActivityProgressReported', { periodStart: '2016-01-01', periodEnd: '2016-03-31', percentComplete: 70, indicatorValues: [], evidence: [] }),
  event(`activity-${ids.corrected}`, 'ActivityProgressReported', { periodStart: '2016-04-01', periodEnd: '2016-06-30', percentComplete: 80, indicatorValues: [], evidence: [] }),
  event(`activity-${ids.corrected}`, 'ActivityProgressCorrected', { periodStart: '2016-04-01', periodEnd: '2016-06-30', before: { percentComplete: 80, indicatorValues: [], evidence: [] }, after: { percentComplete: 45, indicatorValues: [], evidence: [] }, reason: 'double-counted' }),
  event(`activity-${ids.corrected}`, 'ActivityProgressWithdrawn', { periodStart: '2016-04-01', periodEnd: '2016-06-30', before: { percentComplete: 45, indicatorValues: [], evidence: [] }, reason: 'wrong activity' }),
  event(`activity-${ids.corrected}`, 'ActivityAmended', { before: { title: 'Fair' }, after: { title: 'Diaspora fair', budget: { amount: '10.00', currency: 'EUR' } }, reason: 'typo' }),
  event(`activity-${ids.corrected}`, 'IndicatorDefined', { indicatorId: ids.indicator, name: 'Visitors', unit: 'persons', baseline: 0, target: 3 }),
  event(`activity-${ids.corrected}`, 'IndicatorRevised', { indicatorId: ids.indicator, before: { target: 3 }, after: { target: 9 }, reason: 'typo' }),
  event(`activity-${ids.corrected}`, 'IndicatorRetired', { indicatorId: ids.indicator, reason: 'not measured' }),
  event(`activity-${ids.corrected}`, 'FundsCommitted', { donorId: ids.donor, money: { amount: '500.00', currency: 'EUR' }, committedOn: '2016-01-10' }),
  event(`activity-${ids.corrected}`, 'FundsCommitted', { donorId: ids.donor, money: { amount: '100.00', currency: 'EUR' }, committedOn: '2016-01-11' }),
  event(`activity-${ids.corrected}`, 'FundsDisbursed', { donorId: ids.donor, money: { amount: '50.00', currency: 'EUR' }, disbursedOn: '2016-03-01' }),
  event(`activity-${ids.corrected}`, 'FundsDisbursementReversed', { entryRevision: 12, donorId: ids.donor, money: { amount: '50.00', currency: 'EUR' }, disbursedOn: '2016-03-01', reason: 'wrong activity' }),
  event(`activity-${ids.corrected}`, 'FundsCommitmentReversed', { entryRevision: 11, donorId: ids.donor, money: { amount: '100.00', currency: 'EUR' }, committedOn: '2016-01-11', reason: 'entered twice' }),
  // The approval of reports (issue 11): drafted, submitted, returned, submitted again, approved with its figures, then reopened.
  event(`activity-${ids.corrected}`, 'ProgressReportDrafted', { periodStart: '2016-07-01', periodEnd: '2016-09-30', content: { percentComplete: 75, indicatorValues: [], evidence: [] }, by: 'agency-user' }),
  event(`activity-${ids.corrected}`, 'ProgressReportSubmitted', { periodStart: '2016-07-01', periodEnd: '2016-09-30', content: { percentComplete: 75, indicatorValues: [], evidence: [] }, by: 'agency-user' }),
  event(`activity-${ids.corrected}`, 'ProgressReportReturned', { periodStart: '2016-07-01', periodEnd: '2016-09-30', comment: 'count Kulob once' }),
  event(`activity-${ids.corrected}`, 'ProgressReportSubmitted', { periodStart: '2016-07-01', periodEnd: '2016-09-30', content: { percentComplete: 75, indicatorValues: [], evidence: [] }, by: 'agency-user' }),
  event(`activity-${ids.corrected}`, 'ProgressReportApproved', { periodStart: '2016-07-01', periodEnd: '2016-09-30', submittedBy: 'agency-user', by: 'secretariat-user' }),
  event(`activity-${ids.corrected}`, 'ActivityProgressReported', { periodStart: '2016-07-01', periodEnd: '2016-09-30', percentComplete: 75, indicatorValues: [], evidence: [] }),
  event(`activity-${ids.corrected}`, 'ProgressReportReopened', { periodStart: '2016-07-01', periodEnd: '2016-09-30', reason: 'the ministry revised its count' }),
  event(`activity-${randomUUID()}`, 'ActivityCancelled', { reason: 'never planned: an orphan event the views must ignore' }),
  event(`plan-${randomUUID()}`, 'PlanClosed', { closedOn: '2020-12-31' }),
];

describe('projections: every event type lands in the read models', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: database.poolSize, migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const projector = new Projector(dataSource, new InMemoryEventStore(), ALL_PROJECTIONS);
    // Two batches, split mid-stream, as a catch-up would deliver them.
    await projector.applyBatch(history.slice(0, 12), history[11].position);
    await projector.applyBatch(history.slice(12), history[history.length - 1].position);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });
  const one = async (sql: string, params: unknown[] = []) => ((await dataSource.query(sql, params)) as any[])[0];

  it('the fixture holds every event type of the domain', () => {
    expect(new Set(history.map((e) => e.type))).toEqual(new Set(ALL_DOMAIN_EVENT_TYPES));
  });

  it('organizations: registered, renamed and amended', async () => {
    expect((await one('SELECT view FROM organization_view WHERE id = $1', [ids.lead])).view).toEqual({ id: ids.lead, name: 'Migration Service of the MoLMPE', acronym: 'MS-MoLMPE', kind: 'ministry', country: 'TJ', revision: 2 });
  });

  it('plans: drafted, objective, adopted, revised, recoded', async () => {
    const row = await one('SELECT code, status, search, view FROM plan_view WHERE id = $1', [ids.plan]);
    expect(row).toMatchObject({ code: 'TJ-DIASPORA-2015-2020-R', status: 'adopted', search: expect.stringContaining('tj-diaspora-2015-2020-r') });
    expect(row.view).toMatchObject({ code: 'TJ-DIASPORA-2015-2020-R', formerCodes: [{ code: 'TJ-DIASPORA-2015-2020', until: '2026-11-23T11:00:00.000Z' }], adoptedOn: '2015-03-03', instrument: 'Decree 97', coordinatingBody: 'Commission', title: { en: 'Diaspora engagement' } });
    expect(row.view.objectives).toEqual([expect.objectContaining({ objectiveId: ids.objective, code: '2', title: 'Diaspora investment' })]);
    expect(row.view.disaggregations).toEqual([
      { code: 'sex', name: 'Sex', names: { en: 'Sex' }, exhaustive: true, categories: [{ code: 'female', name: 'Female', names: { en: 'Female' } }, { code: 'male', name: 'Male', names: { en: 'Male' } }] },
    ]);
    expect(row.view.objectiveIndicators).toEqual([expect.objectContaining({ indicatorId: ids.objectiveIndicator, objectiveId: ids.objective, name: 'Projects', target: 120, baselineDate: null, targets: [{ year: 2016, value: 40 }] })]);
  });

  it('activities: the whole lifecycle with funding, indicator, reschedule, suspension, and its code corrected once completed', async () => {
    const row = await one('SELECT code, search, status, planned_end::text, agency_ids, provinces, donor_ids, objective_id, view FROM activity_view WHERE id = $1', [ids.activity]);
    expect(row).toMatchObject({ code: '2.3.1', search: expect.stringContaining('2.3.1'), status: 'completed', planned_end: '2018-06-30', agency_ids: [ids.lead], provinces: ['Khatlon'], donor_ids: [ids.donor], objective_id: ids.objective });
    expect(row.view).toMatchObject({
      code: '2.3.1',
      formerCodes: [{ code: '2.3', until: '2026-11-23T12:00:00.000Z' }],
      percentComplete: 100,
      startedOn: '2016-02-01',
      completedOn: '2018-05-30',
      indicators: [{ indicatorId: ids.indicator, latestValue: 12 }],
      funding: [{ donorId: ids.donor, currency: 'EUR', committed: '500.00', disbursed: '200.50' }],
      revision: 10,
    });
  });

  it('activities: corrections replace and withdraw reports, amendments change details', async () => {
    const stored = await one(`SELECT percent_complete::float AS percent, budget_amount::text AS budget, view ? 'progressReports' AS reports_in_view, ${activityViewColumns('a')} FROM activity_view a WHERE id = $1`, [ids.corrected]);
    expect(stored).toMatchObject({ percent: 75, budget: '10.00', reports_in_view: false });
    const row = { view: activityViewOf(stored) };
    // The reports in force have rows of their own, in the view's order: the withdrawn one's deleted, the corrected one's written over.
    const reports = await dataSource.query("SELECT period_end, report->'percentComplete' AS percent FROM activity_progress_report WHERE activity_id = $1 ORDER BY position", [ids.corrected]);
    expect(reports).toEqual([
      { period_end: '2016-03-31', percent: 70 },
      { period_end: '2016-09-30', percent: 75 },
    ]);
    expect(row.view).toMatchObject({ title: 'Diaspora fair', titles: { en: 'Diaspora fair' }, progressReports: [{ periodEnd: '2016-03-31', percentComplete: 70 }, { periodEnd: '2016-09-30', percentComplete: 75 }], latestReportPeriodEnd: '2016-09-30' });
    // Reopened after approval: its approved figure counts until the correction is approved.
    expect(row.view.pendingReports).toEqual([{ periodStart: '2016-07-01', periodEnd: '2016-09-30', stage: 'reopened', percentComplete: 75, narrative: null, indicatorValues: [], evidence: [], submittedBy: null, comment: null, reopenReason: 'the ministry revised its count', since: expect.any(String) }]);
    expect(row.view.indicators).toEqual([expect.objectContaining({ target: 9, retired: true })]);
    expect(row.view.funding).toEqual([{ donorId: ids.donor, currency: 'EUR', committed: '500.00', disbursed: '0.00' }]);
  });

  it('indicator series: one row per reported value', async () => {
    expect(await dataSource.query('SELECT indicator_id, period_end::text, value::float FROM indicator_values')).toEqual([{ indicator_id: ids.indicator, period_end: '2016-06-30', value: 12 }]);
  });

  it('commission sessions: scheduled, held, renumbered', async () => {
    const session = await one('SELECT number, view FROM commission_session_view WHERE id = $1', [ids.session]);
    expect(session).toMatchObject({ number: '2016/7', view: { status: 'held', heldOn: '2016-11-18', minutesRef: 'IMC-7', agenda: ['progress', 'review'], number: '2016/7' } });
  });

  it('decisions: follow-ups, implemented, renumbered, revoked', async () => {
    const decision = await one('SELECT number, view FROM decision_view WHERE id = $1', [ids.decision]);
    expect(decision).toMatchObject({ number: 'IMC-2016/17', view: { status: 'implemented', implementedOn: '2017-01-20', dueDate: '2017-02-28', followUps: [{ note: 'on track' }], number: 'IMC-2016/17' } });
    expect((await one('SELECT status FROM decision_view WHERE id = $1', [ids.revoked])).status).toBe('revoked');
  });

  it('recommendations: the pipeline with every review outcome', async () => {
    expect((await one('SELECT view FROM recommendation_view WHERE id = $1', [ids.recommendation])).view).toMatchObject({ status: 'implemented', text: 'Map the skills of the diaspora', linkedActivityIds: [ids.activity], reviews: [{ outcome: 'accepted', sessionId: ids.session }] });
    const withdrawn = (await one('SELECT view FROM recommendation_view WHERE id = $1', [ids.withdrawn])).view;
    expect(withdrawn.status).toBe('withdrawn');
    expect(withdrawn.reviews.map((r: { outcome: string }) => r.outcome)).toEqual(['deferred', 'rejected']);
  });

  it('meetings: the records, and the meetings old recommendations typed inline', async () => {
    expect((await one('SELECT view, held_on::text FROM meeting_view WHERE id = $1', [ids.meeting]))).toMatchObject({
      held_on: '2017-03-02',
      view: { recorded: true, heldOn: '2017-03-02', place: 'Khujand', documents: [{ title: 'Report' }], organizerIds: [ids.lead], revision: 2 },
    });
    const legacy = await dataSource.query("SELECT view FROM meeting_view WHERE NOT recorded ORDER BY held_on");
    expect(legacy.map((r: { view: { kind: string; title: string } }) => [r.view.kind, r.view.title])).toEqual([
      ['technical_meeting', 'Technical meeting of 18 November'],
      ['roundtable', 'Migrants Day roundtable'],
    ]);
    const recommendation = await one('SELECT meeting_id FROM recommendation_view WHERE id = $1', [ids.recommendation]);
    expect(recommendation.meeting_id).toBe(legacy[0].view.id);
  });

  it('audit log: one row per event, in order, with actor and hash', async () => {
    const rows = await dataSource.query('SELECT type, actor_id, role, hash FROM audit_log ORDER BY ordinal');
    expect(rows).toHaveLength(history.length);
    expect(rows.map((r: { type: string }) => r.type)).toEqual(history.map((e) => e.type));
    expect(rows[0]).toMatchObject({ actor_id: 'tok-1', role: 'secretariat', hash: 'h1' });
  });

  it('applies nothing twice: a batch re-delivered after its checkpoint is ignored', async () => {
    const projector = new Projector(dataSource, new InMemoryEventStore(), ALL_PROJECTIONS);
    await projector.applyBatch(history.slice(10, 14), history[13].position);
    expect(await dataSource.query('SELECT count(*)::int AS n FROM audit_log')).toEqual([{ n: history.length }]);
    expect((await one('SELECT view FROM activity_view WHERE id = $1', [ids.activity])).view.funding[0].committed).toBe('500.00');
  });

  it('a rebuild from zero folds every projection in memory and writes the rows the projector wrote', async () => {
    // The log as a store reads it back, page by page (the history's positions are its order).
    const log = {
      readAll: async (after: string | null, limit: number) => {
        const from = after === null ? 0 : history.findIndex((e) => e.position === after) + 1;
        return history.slice(from, from + limit);
      },
      readStream: async (stream: string) => history.filter((e) => e.stream === stream),
    } as unknown as EventStore;
    // None goes event by event, a transaction per page of the log.
    expect(ALL_PROJECTIONS.filter((p) => !p.bulk).map((p) => p.name)).toEqual([]);
    const live = await snapshotReadModels(dataSource);
    await dataSource.query('DELETE FROM meeting_view');
    const report = await rebuildProjections(dataSource, log, ALL_PROJECTIONS, { pageSize: 7 });
    expect(report.method).toBe(process.env.TEST_DATABASE_URL ? 'copy' : 'insert');
    expect(report.events).toBe(history.length);
    expect(await snapshotReadModels(dataSource)).toEqual(live);
  });
});
