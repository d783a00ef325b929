import { anOrganization } from '../support/builders.js';
import { correctableActivity, uniqueAcronym } from '../support/correction-scenario.js';
import { moment } from '../support/moment.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** Issue 16, corrections: POST /organizations/:id/amend (with a reason) and /rename (the event no route reached). */
describe('organisation corrections over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  }, 60_000);
  afterAll(async () => app.close());
  const NOBODY = '00000000-0000-4000-8000-000000000000';

  it('amends name, acronym, kind and country; the acronym reservation moves; history shows before and after; the dashboard names follow', async () => {
    const { leadId, planId } = await correctableActivity(app);
    const registered = (await app.http.get(`/organizations/${leadId}`)).body;
    const newAcronym = uniqueAcronym('MSA');
    const amended = await app.http
      .post(`/organizations/${leadId}/amend`)
      .set('If-Match', '"0"')
      .send({ name: 'Migration Service of the MoLMPE', acronym: newAcronym, kind: 'ministry', reason: 'registered from an old letterhead' });
    expect(amended.status).toBe(200);

    const read = await app.http.get(`/organizations/${leadId}`).query({ minPosition: amended.body.position });
    expect(read.body).toMatchObject({ id: leadId, name: 'Migration Service of the MoLMPE', acronym: newAcronym, kind: 'ministry', country: 'TJ' });
    const history = await app.http.get(`/organizations/${leadId}/history`).query({ minPosition: amended.body.position });
    expect(history.body.items.at(-1)).toMatchObject({
      type: 'OrganizationAmended',
      reason: 'registered from an old letterhead',
      data: { before: { name: registered.name, acronym: registered.acronym, kind: 'state_agency' }, after: { name: 'Migration Service of the MoLMPE', acronym: newAcronym, kind: 'ministry' } },
    });
    const dashboard = await app.http.get(`/plans/${planId}/dashboard`).query({ minPosition: amended.body.position });
    expect(dashboard.body.byAgency).toEqual([expect.objectContaining({ organizationId: leadId, name: 'Migration Service of the MoLMPE' })]);

    // The old acronym is free again; the new one is taken.
    expect((await app.http.post('/organizations').send(anOrganization({ acronym: registered.acronym }))).status).toBe(201);
    const taken = await app.http.post('/organizations').send(anOrganization({ acronym: newAcronym }));
    expect({ status: taken.status, code: taken.body.code, holder: taken.body.holder?.id }).toEqual({ status: 409, code: 'DUPLICATE_CODE', holder: leadId });
  });

  it('refuses an acronym another organisation of the country holds (409 DUPLICATE_CODE), appending nothing to the organisation', async () => {
    const first = await write(app, '/organizations', anOrganization({ acronym: uniqueAcronym('A') }));
    const holderAcronym = uniqueAcronym('B');
    const holder = await write(app, '/organizations', anOrganization({ acronym: holderAcronym }));
    const refused = await app.http.post(`/organizations/${first.id}/amend`).send({ acronym: holderAcronym, reason: 'x' });
    expect({ status: refused.status, code: refused.body.code, holder: refused.body.holder?.id }).toEqual({ status: 409, code: 'DUPLICATE_CODE', holder: holder.id });
    expect(await app.events.readStream(`organization-${first.id}`)).toHaveLength(1);
  });

  it('renames with an effective date (a change in the world, not a correction)', async () => {
    const org = await write(app, '/organizations', anOrganization({ acronym: uniqueAcronym('R') }));
    const renamed = await app.http.post(`/organizations/${org.id}/rename`).send({ name: 'Ministry of Labour and Employment', effectiveOn: '2016-05-01' });
    expect(renamed.status).toBe(200);
    const history = await app.http.get(`/organizations/${org.id}/history`).query({ minPosition: renamed.body.position });
    expect(history.body.items.at(-1)).toMatchObject({ type: 'OrganizationRenamed', effectiveOn: '2016-05-01', data: { name: 'Ministry of Labour and Employment' } });
  });

  it('a travelled dashboard names organisations as they were then: knownAt before a correction, asOf before a rename', async () => {
    const { leadId, donorId, planId, activityId } = await correctableActivity(app);
    const commitment = await write(app, `/activities/${activityId}/funding-commitments`, { donorId, money: { amount: '1000.00', currency: 'EUR' }, committedOn: '2016-02-01' });
    const names = async (query: Record<string, string>, position: string) => {
      const body = (await app.http.get(`/plans/${planId}/dashboard`).query({ ...query, minPosition: position })).body;
      return { agency: body.byAgency.find((a: { organizationId: string }) => a.organizationId === leadId)?.name, donor: body.byDonor[0]?.name };
    };
    const before = await names({}, commitment.position);
    const shownThen = await moment();
    await write(app, `/organizations/${donorId}/amend`, { name: 'Delegation of the European Union to Tajikistan', reason: 'registered by its short name' });
    const renamed = await write(app, `/organizations/${leadId}/rename`, { name: 'Migration Service (renamed)', effectiveOn: '2017-01-01' });
    // What the system showed at that moment: the names before the correction and the rename.
    expect(await names({ knownAt: shownThen }, renamed.position)).toEqual(before);
    // On a date before the rename took effect, its name then; the correction applies on every date.
    expect(await names({ asOf: '2016-06-30' }, renamed.position)).toEqual({ agency: before.agency, donor: 'Delegation of the European Union to Tajikistan' });
    expect(await names({ asOf: '2017-06-30' }, renamed.position)).toEqual({ agency: 'Migration Service (renamed)', donor: 'Delegation of the European Union to Tajikistan' });
    expect(await names({}, renamed.position)).toEqual({ agency: 'Migration Service (renamed)', donor: 'Delegation of the European Union to Tajikistan' });
  });

  const cases = [
    { name: 'no reason', body: { name: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'blank reason', body: { name: 'x', reason: ' ' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an unknown kind', body: { kind: 'club', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'a country that is no ISO code', body: { country: 'Tajikistan', reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an unknown property', body: { organizationId: NOBODY, reason: 'x' }, status: 400, code: 'VALIDATION_FAILED' },
    { name: 'no field', body: { reason: 'x' }, status: 409, code: 'AMENDMENT_EMPTY' },
  ];
  it.each(cases)('refuses $name ($status $code), appending nothing', async ({ body, status, code }) => {
    const org = await write(app, '/organizations', anOrganization({ acronym: uniqueAcronym('C') }));
    const count = (await app.allEvents()).length;
    const response = await app.http.post(`/organizations/${org.id}/amend`).send(body);
    expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
    expect((await app.allEvents()).length).toBe(count);
  });

  it('answers 404 for an unknown organisation, 412 for a stale If-Match (reserving nothing), 403 to an agency', async () => {
    const org = await write(app, '/organizations', anOrganization({ acronym: uniqueAcronym('D') }));
    const count = (await app.allEvents()).length;
    const unknown = await app.http.post(`/organizations/${NOBODY}/amend`).send({ name: 'x', reason: 'x' });
    expect({ status: unknown.status, code: unknown.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const stale = await app.http.post(`/organizations/${org.id}/amend`).set('If-Match', '"3"').send({ acronym: uniqueAcronym('E'), reason: 'x' });
    expect({ status: stale.status, code: stale.body.code }).toEqual({ status: 412, code: 'REVISION_MISMATCH' });
    const agency = await app.token('agency', org.id);
    expect((await app.as(agency.token).post(`/organizations/${org.id}/amend`).send({ name: 'x', reason: 'x' })).status).toBe(403);
    expect((await app.allEvents()).length).toBe(count);
  });

  it('a retry with the same Idempotency-Key answers the same and appends nothing', async () => {
    const org = await write(app, '/organizations', anOrganization({ acronym: uniqueAcronym('F') }));
    const body = { acronym: uniqueAcronym('G'), reason: 'typo' };
    const first = await app.http.post(`/organizations/${org.id}/amend`).set('Idempotency-Key', 'amend-1').set('If-Match', '"0"').send(body);
    const count = (await app.allEvents()).length;
    const again = await app.http.post(`/organizations/${org.id}/amend`).set('Idempotency-Key', 'amend-1').set('If-Match', '"0"').send(body);
    expect(again.body).toEqual(first.body);
    expect((await app.allEvents()).length).toBe(count);
  });
});
