import { anOrganization, aProgressReport, uniqueCode } from '../support/builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { correctableActivity, uniqueAcronym } from '../support/correction-scenario.js';
import { moment } from '../support/moment.js';
import { projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Corrections that remove an optional value: in a correction body `null` removes the field (recorded as
 * `after: { field: null }`, `before` the old value), absent keeps it, a value replaces it. Every read
 * (detail, list, tracking table, dashboard, their asOf and knownAt) shows the field gone; removing what
 * is not there records nothing; null on a required field is a 400 naming it.
 */
describe('corrections remove optional values with null', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());

  const REASON = 'entered by mistake';
  const lastOf = async (path: string, position: string) => (await app.http.get(`${path}/history`).query({ minPosition: position })).body.items.at(-1);

  /** Posts a correction that changes nothing: 200, and not one event appended. */
  async function recordsNothing(path: string, body: object) {
    const count = (await app.allEvents()).length;
    const response = await app.http.post(path).send({ ...body, reason: REASON });
    expect(response.status).toBe(200);
    expect((await app.allEvents()).length).toBe(count);
  }

  it('a meeting: its place and its plan link removed; the detail, the list by plan and the search no longer show them', async () => {
    const { planId, leadId } = await correctableActivity(app);
    const title = `Technical meeting ${uniqueCode('TM')}`;
    const meeting = await write(app, '/meetings', { kind: 'technical_meeting', heldOn: '2015-11-18', titles: { en: title }, organizerIds: [leadId], place: 'Khorog', documents: [], planId });
    const ids = async (query: Record<string, string>) => ((await app.http.get('/meetings').query({ pageSize: 100, ...query })).body.items as { id: string }[]).map((m) => m.id);
    await projected(app, meeting.position);
    expect(await ids({ planId })).toContain(meeting.id);

    const removed = await app.http.post(`/meetings/${meeting.id}/amend`).set('If-Match', `"${meeting.revision}"`).send({ place: null, planId: null, reason: REASON });
    expect(removed.status).toBe(200);
    const read = await app.http.get(`/meetings/${meeting.id}`).query({ minPosition: removed.body.position });
    expect(read.body).toMatchObject({ title, place: null, planId: null });
    expect(await ids({ planId })).not.toContain(meeting.id);
    expect(await ids({ q: 'Khorog' })).not.toContain(meeting.id);
    expect(await lastOf(`/meetings/${meeting.id}`, removed.body.position)).toMatchObject({
      type: 'MeetingAmended',
      reason: REASON,
      data: { before: { place: 'Khorog', planId }, after: { place: null, planId: null } },
    });
    await recordsNothing(`/meetings/${meeting.id}/amend`, { place: null, planId: null });

    // A value sets it again.
    const relinked = await write(app, `/meetings/${meeting.id}/amend`, { planId, reason: 'the right plan after all' });
    await projected(app, relinked.position);
    expect(await ids({ planId })).toContain(meeting.id);
  });

  describe('indicators', () => {
    /** An activity indicator rolling up by sum to an objective indicator, both with a baseline date, and 120 reported. */
    async function rolledUp() {
      const scenario = await correctableActivity(app);
      const { planId, objectiveId, activityId } = scenario;
      const objectiveIndicatorId = (
        await write(app, `/plans/${planId}/objectives/${objectiveId}/indicators`, { name: 'Communities reached', unit: 'communities', baseline: 0, baselineDate: '2015-12-31', targets: [{ year: 2016, value: 300 }] })
      ).indicatorId as string;
      const rollsUpTo = { objectiveIndicatorId, method: 'sum' };
      const indicatorId = (
        await write(app, `/activities/${activityId}/indicators`, { name: 'Communities reached', unit: 'communities', baseline: 0, baselineDate: '2015-06-30', targets: [{ year: 2016, value: 200 }], rollsUpTo })
      ).indicatorId as string;
      await write(app, `/activities/${activityId}/start`, { startedOn: '2016-01-10' });
      const reported = await write(app, `/activities/${activityId}/progress-reports`, aProgressReport({ indicatorValues: [{ indicatorId, value: 120 }] }));
      await projected(app, reported.position);
      return { ...scenario, objectiveIndicatorId, indicatorId, rollsUpTo };
    }
    type Row = { indicatorId: string; baselineDate: string | null; rollsUpTo: unknown; rolledUpFrom: unknown[]; latest: { actual: number | null } };
    const rowsOf = async (planId: string, query: Record<string, string> = {}) => (await app.http.get(`/plans/${planId}/indicators`).query(query)).body.indicators as Row[];
    const rowOf = (rows: Row[], id: string) => rows.find((r) => r.indicatorId === id)!;
    const dashboardActual = async (planId: string, query: Record<string, string> = {}) =>
      ((await app.http.get(`/plans/${planId}/dashboard`).query(query)).body.byObjective as { indicators: { actual: number | null }[] }[]).flatMap((o) => o.indicators.map((i) => i.actual));

    it('an activity indicator’s roll-up and baseline date removed: its values leave the objective indicator’s actual, in the table and the dashboard, at every asOf; knownAt before still shows them', async () => {
      const { planId, activityId, objectiveIndicatorId, indicatorId, rollsUpTo } = await rolledUp();
      expect(rowOf(await rowsOf(planId), objectiveIndicatorId)).toMatchObject({ rolledUpFrom: [{ activityId, indicatorId, method: 'sum' }], latest: { actual: 120 } });
      expect(await dashboardActual(planId)).toEqual([120]);

      const before = await moment();
      const path = `/activities/${activityId}/indicators/${indicatorId}/revise`;
      const removed = await app.http.post(path).send({ rollsUpTo: null, baselineDate: null, reason: REASON });
      expect(removed.status).toBe(200);
      await projected(app, removed.body.position);
      const read = await app.http.get(`/activities/${activityId}`);
      expect(read.body.indicators).toEqual([expect.objectContaining({ indicatorId, rollsUpTo: null, baselineDate: null, latestValue: 120 })]);
      expect(await lastOf(`/activities/${activityId}`, removed.body.position)).toMatchObject({
        type: 'IndicatorRevised',
        reason: REASON,
        data: { indicatorId, before: { rollsUpTo, baselineDate: '2015-06-30' }, after: { rollsUpTo: null, baselineDate: null } },
      });

      for (const query of [{}, { asOf: '2016-12-31' }] as Record<string, string>[]) {
        const rows = await rowsOf(planId, query);
        expect(rowOf(rows, objectiveIndicatorId)).toMatchObject({ rolledUpFrom: [], latest: { actual: null } });
        // The activity's own row keeps its value.
        expect(rowOf(rows, indicatorId)).toMatchObject({ rollsUpTo: null, baselineDate: null, latest: { actual: 120 } });
        expect(await dashboardActual(planId, query)).toEqual([null]);
      }
      expect(rowOf(await rowsOf(planId, { knownAt: before }), objectiveIndicatorId)).toMatchObject({ latest: { actual: 120 } });
      await recordsNothing(path, { rollsUpTo: null, baselineDate: null });
    });

    it('an objective indicator’s baseline date removed: the table shows none, the plan’s history shows before and after', async () => {
      const { planId, objectiveId, objectiveIndicatorId } = await rolledUp();
      const path = `/plans/${planId}/objectives/${objectiveId}/indicators/${objectiveIndicatorId}/revise`;
      const removed = await write(app, path, { baselineDate: null, reason: REASON });
      await projected(app, removed.position);
      expect(rowOf(await rowsOf(planId), objectiveIndicatorId)).toMatchObject({ baselineDate: null, latest: { actual: 120 } });
      expect(await lastOf(`/plans/${planId}`, removed.position)).toMatchObject({
        type: 'ObjectiveIndicatorRevised',
        data: { indicatorId: objectiveIndicatorId, before: { baselineDate: '2015-12-31' }, after: { baselineDate: null } },
      });
      await recordsNothing(path, { baselineDate: null });
    });
  });

  it('an activity: its description, sector and budget removed; the dashboard no longer plans its budget, also asOf', async () => {
    const { activityId, planId } = await correctableActivity(app, { description: 'Sessions in Kulob', sectorCode: '15190' });
    const removed = await write(app, `/activities/${activityId}/amend`, { description: null, sectorCode: null, budget: null, reason: REASON });
    await projected(app, removed.position);
    expect((await app.http.get(`/activities/${activityId}`)).body).toMatchObject({ description: null, sectorCode: null, budget: null });
    for (const query of [{}, { asOf: '2017-01-01' }]) expect((await app.http.get(`/plans/${planId}/dashboard`).query(query)).body.budget).toEqual([]);
    expect(await lastOf(`/activities/${activityId}`, removed.position)).toMatchObject({
      type: 'ActivityAmended',
      data: { before: { description: 'Sessions in Kulob', sectorCode: '15190', budget: { amount: '250000.00', currency: 'EUR' } }, after: { description: null, sectorCode: null, budget: null } },
    });
    await recordsNothing(`/activities/${activityId}/amend`, { description: null, budget: null });
  });

  it('a plan: its coordinating body and default sector removed', async () => {
    const { planId } = await correctableActivity(app);
    await write(app, `/plans/${planId}/amend`, { defaultSectorCode: '15190', reason: 'set' });
    const removed = await write(app, `/plans/${planId}/amend`, { coordinatingBody: null, defaultSectorCode: null, reason: REASON });
    await projected(app, removed.position);
    expect((await app.http.get(`/plans/${planId}`)).body).toMatchObject({ coordinatingBody: null, defaultSectorCode: null });
    expect(await lastOf(`/plans/${planId}`, removed.position)).toMatchObject({
      type: 'PlanAmended',
      data: { before: { coordinatingBody: 'Inter-ministerial commission', defaultSectorCode: '15190' }, after: { coordinatingBody: null, defaultSectorCode: null } },
    });
  });

  it('a decision: its due date removed, it is no longer overdue', async () => {
    const { decisionId } = await commissionScenario(app);
    const head = await app.events.headPosition();
    if (head) await projected(app, head);
    const overdue = async () => ((await app.http.get('/decisions').query({ overdue: 'true', pageSize: 100 })).body.items as { id: string }[]).map((d) => d.id);
    expect(await overdue()).toContain(decisionId);
    const removed = await write(app, `/decisions/${decisionId}/amend`, { dueDate: null, reason: REASON });
    await projected(app, removed.position);
    expect((await app.http.get(`/decisions/${decisionId}`)).body).toMatchObject({ dueDate: null, overdue: false });
    expect(await overdue()).not.toContain(decisionId);
    expect(await lastOf(`/decisions/${decisionId}`, removed.position)).toMatchObject({ type: 'DecisionAmended', data: { before: { dueDate: '2016-06-30' }, after: { dueDate: null } } });
  });

  it('an organisation: its IATI identifier removed (absent from the record, as when never given)', async () => {
    const organization = await write(app, '/organizations', anOrganization({ acronym: uniqueAcronym('IOM'), iatiIdentifier: 'XM-DAC-47066' }));
    const removed = await write(app, `/organizations/${organization.id}/amend`, { iatiIdentifier: null, reason: REASON });
    await projected(app, removed.position);
    expect((await app.http.get(`/organizations/${organization.id}`)).body).not.toHaveProperty('iatiIdentifier');
    expect(await lastOf(`/organizations/${organization.id}`, removed.position)).toMatchObject({ data: { before: { iatiIdentifier: 'XM-DAC-47066' }, after: { iatiIdentifier: null } } });
    await recordsNothing(`/organizations/${organization.id}/amend`, { iatiIdentifier: null });
  });

  describe('null on a field a record always has is a 400 naming it, and appends nothing', () => {
    let paths: Record<'meeting' | 'activity' | 'indicator' | 'objectiveIndicator' | 'plan' | 'decision' | 'organization', string>;
    beforeAll(async () => {
      const s = await commissionScenario(app);
      const meeting = await write(app, '/meetings', { kind: 'workshop', heldOn: '2015-11-18', titles: { en: 'Workshop' }, organizerIds: [s.leadId], documents: [] });
      const objectiveIndicator = await write(app, `/plans/${s.planId}/objectives/${s.objectiveId}/indicators`, { name: 'Communities', unit: 'communities', baseline: 0, target: 10 });
      const indicator = await write(app, `/activities/${s.activityId}/indicators`, { name: 'Projects', unit: 'projects', baseline: 0, target: 40 });
      paths = {
        meeting: `/meetings/${meeting.id}/amend`,
        activity: `/activities/${s.activityId}/amend`,
        indicator: `/activities/${s.activityId}/indicators/${indicator.indicatorId}/revise`,
        objectiveIndicator: `/plans/${s.planId}/objectives/${s.objectiveId}/indicators/${objectiveIndicator.indicatorId}/revise`,
        plan: `/plans/${s.planId}/amend`,
        decision: `/decisions/${s.decisionId}/amend`,
        organization: `/organizations/${s.leadId}/amend`,
      };
    }, 60_000);

    const cases: [keyof typeof paths, string][] = [
      ...(['kind', 'heldOn', 'title', 'titles', 'organizerIds', 'participantIds', 'documents'] as const).map((f) => ['meeting', f] as [keyof typeof paths, string]),
      ...(['title', 'titles', 'objectiveId', 'leadAgencyId', 'partnerAgencyIds', 'locations', 'tags'] as const).map((f) => ['activity', f] as [keyof typeof paths, string]),
      ...(['name', 'unit', 'baseline', 'target', 'type', 'direction', 'targets', 'disaggregations'] as const).map((f) => ['indicator', f] as [keyof typeof paths, string]),
      // An objective indicator rolls up to nothing: the field is not one of its revision.
      ...(['unit', 'baseline', 'rollsUpTo'] as const).map((f) => ['objectiveIndicator', f] as [keyof typeof paths, string]),
      ['plan', 'title'],
      ...(['title', 'text', 'responsibleAgencyIds'] as const).map((f) => ['decision', f] as [keyof typeof paths, string]),
      ...(['name', 'acronym', 'kind', 'country'] as const).map((f) => ['organization', f] as [keyof typeof paths, string]),
      ['meeting', 'reason'],
    ];
    it.each(cases)('%s %s: null', async (record, field) => {
      const count = (await app.allEvents()).length;
      const response = await app.http.post(paths[record]).send({ reason: REASON, [field]: null });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
      expect((response.body.fields as { field: string }[]).map((f) => f.field)).toContain(field);
      expect((await app.allEvents()).length).toBe(count);
    });
  });
});
