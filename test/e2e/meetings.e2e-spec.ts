import { randomUUID } from 'node:crypto';
import { meetingIdOf, recommendationStream } from '#domain';
import { anOrganization, uniqueCode } from '../support/builders.js';
import { aDecision, aRecommendation, aSession, aSessionHeld } from '../support/commission-builders.js';
import { moment } from '../support/moment.js';
import { plannedActivity, projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The International Migrants Day roundtable of 18 December 2015, convened by four agencies. */
const aRoundtable = (organizerIds: string[], overrides: Record<string, unknown> = {}) => ({
  kind: 'roundtable',
  heldOn: '2015-12-18',
  titles: { en: 'International Migrants Day roundtable', ru: 'Круглый стол к Международному дню мигрантов' },
  organizerIds,
  place: 'Dushanbe',
  documents: [{ title: 'Roundtable report', url: 'https://example.org/roundtable-2015.pdf' }],
  ...overrides,
});

describe('meetings as records over HTTP', () => {
  let app: TestApp;
  let base: Awaited<ReturnType<typeof plannedActivity>>;
  const org = async (name: string, kind = 'international_organization') => (await write(app, '/organizations', anOrganization({ name, acronym: uniqueCode('ORG'), kind }))).id;
  let organizers: { ministry: string; iom: string; unWomen: string; migrationService: string };

  beforeAll(async () => {
    app = await startTestApp();
    base = await plannedActivity(app);
    organizers = {
      ministry: await org('Ministry of Labour, Migration and Population Employment', 'ministry'),
      iom: await org('International Organization for Migration'),
      unWomen: await org('UN Women'),
      migrationService: await org('Migration Service', 'state_agency'),
    };
  }, 60_000);
  afterAll(async () => app.close());

  it('records the roundtable with its four organisers and its recommendations, one with two proposers, and reads them back', async () => {
    const all = Object.values(organizers);
    const meeting = await write(app, '/meetings', aRoundtable(all, { planId: base.planId }));
    const orientation = await write(app, '/recommendations', {
      meetingId: meeting.id,
      text: 'Offer pre-departure orientation for women migrants in Khatlon.',
      proposedByOrganizationIds: [organizers.unWomen, organizers.iom],
      targetAgencyIds: [organizers.migrationService],
      planId: base.planId,
    });
    const last = await write(app, '/recommendations', { meetingId: meeting.id, text: 'Build a register of diaspora professionals.', proposedByOrganizationId: organizers.ministry, targetAgencyIds: [] });
    await projected(app, last.position);

    const stored = (await app.events.readStream(recommendationStream(orientation.id)))[0];
    expect(stored.data).toEqual(expect.objectContaining({ meetingId: meeting.id, proposedByOrganizationIds: [organizers.unWomen, organizers.iom], effectiveOn: '2015-12-18' }));

    const page = (await app.http.get(`/meetings/${meeting.id}`).expect(200)).body;
    expect(page).toMatchObject({ kind: 'roundtable', heldOn: '2015-12-18', title: 'International Migrants Day roundtable', organizerIds: all, recorded: true, planId: base.planId });
    expect(page.organizers.map((o: { name: string }) => o.name)).toEqual(['Ministry of Labour, Migration and Population Employment', 'International Organization for Migration', 'UN Women', 'Migration Service']);
    // Made the same day: in the order of their ids.
    expect(page.recommendations.map((r: { id: string; status: string; outcome: unknown }) => [r.id, r.status, r.outcome])).toEqual(
      [orientation.id, last.id].sort().map((id) => [id, 'submitted', null]),
    );
    const russian = await app.http.get(`/meetings/${meeting.id}`).query({ lang: 'ru' }).expect(200);
    expect(russian.body.title).toBe('Круглый стол к Международному дню мигрантов');

    const byOrganizer = await app.http.get('/meetings').query({ organizerId: organizers.unWomen, kind: 'roundtable', from: '2015-12-01', to: '2015-12-31', q: 'migrants day' }).expect(200);
    expect(byOrganizer.body.items.map((m: { id: string }) => m.id)).toEqual([meeting.id]);
    expect((await app.http.get('/meetings').query({ organizerId: organizers.unWomen, to: '2015-12-17' }).expect(200)).body.total).toBe(0);
    expect((await app.http.get('/meetings').query({ q: 'круглый' }).expect(200)).body.items.map((m: { id: string }) => m.id)).toContain(meeting.id);

    const read = (await app.http.get(`/recommendations/${orientation.id}`).expect(200)).body;
    expect(read).toMatchObject({
      meetingId: meeting.id,
      meeting: { id: meeting.id, kind: 'roundtable', title: 'International Migrants Day roundtable', heldOn: '2015-12-18', recorded: true },
      source: { kind: 'roundtable', title: 'International Migrants Day roundtable', heldOn: '2015-12-18' },
      proposedByOrganizationIds: [organizers.unWomen, organizers.iom],
      proposedByOrganizationId: organizers.unWomen,
    });
    const ofMeeting = await app.http.get('/recommendations').query({ meetingId: meeting.id }).expect(200);
    expect(ofMeeting.body.items.map((r: { id: string }) => r.id)).toEqual([orientation.id, last.id].sort());
    const bySource = await app.http.get('/recommendations').query({ source: 'roundtable', q: 'migrants day orientation' }).expect(200);
    expect(bySource.body.items.map((r: { id: string }) => r.id)).toEqual([orientation.id]);
  });

  it('shows on the meeting page what became of each recommendation, and keeps the meeting before the session that reviewed it', async () => {
    const meeting = await write(app, '/meetings', aRoundtable([organizers.ministry], { titles: { en: `Workshop ${uniqueCode('W')}` }, kind: 'workshop', heldOn: '2015-11-18' }));
    const accepted = await write(app, '/recommendations', { meetingId: meeting.id, text: 'Open an information point in Khujand.', proposedByOrganizationIds: [organizers.iom], targetAgencyIds: [] });
    const pending = await write(app, '/recommendations', { meetingId: meeting.id, text: 'Map the skills of the diaspora.', proposedByOrganizationIds: [organizers.iom], targetAgencyIds: [] });
    const session = await write(app, '/commission/sessions', aSession({ number: uniqueCode('S') }));
    await write(app, `/commission/sessions/${session.id}/held`, aSessionHeld([organizers.ministry]));
    await write(app, `/recommendations/${accepted.id}/schedule`, { sessionId: session.id });
    const decision = await write(app, '/decisions', aDecision(session.id, { number: uniqueCode('IMC'), kind: 'accept_recommendation', relatedRecommendationIds: [accepted.id] }));
    await write(app, `/recommendations/${accepted.id}/accept`, { decisionId: decision.id, reason: 'Supports objective 2.1' });
    const linked = await write(app, `/recommendations/${accepted.id}/link-activity`, { activityId: base.activityId });
    await projected(app, linked.position);

    const page = (await app.http.get(`/meetings/${meeting.id}`).expect(200)).body;
    const outcomes = Object.fromEntries(page.recommendations.map((r: { id: string }) => [r.id, r]));
    expect(outcomes[accepted.id]).toMatchObject({
      status: 'accepted',
      outcome: { outcome: 'accepted', decisionId: decision.id, decisionNumber: expect.stringMatching(/^IMC-/), sessionId: session.id, on: '2015-12-10', reason: 'Supports objective 2.1' },
      linkedActivities: [{ id: base.activityId, code: base.activity.code ?? expect.any(String) }],
    });
    expect(outcomes[pending.id]).toMatchObject({ status: 'submitted', outcome: null, linkedActivities: [] });

    // The session of 10 December reviewed one of its recommendations: the meeting cannot move after it.
    const before = await app.allEvents();
    const late = await app.http.post(`/meetings/${meeting.id}/amend`).send({ heldOn: '2015-12-11', reason: 'date in the minutes' });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ code: 'MEETING_AFTER_REVIEW', field: 'heldOn' });
    expect((await app.allEvents()).length).toBe(before.length);

    const moved = await write(app, `/meetings/${meeting.id}/amend`, { heldOn: '2015-12-10', reason: 'date in the minutes' });
    const added = await write(app, `/meetings/${meeting.id}/documents`, { title: 'Minutes', url: 'https://example.org/minutes.pdf' });
    expect(added.revision).toBe(moved.revision + 1);
    await projected(app, added.position);
    const history = (await app.http.get(`/meetings/${meeting.id}/history`).expect(200)).body;
    expect(history.items.map((i: { type: string }) => i.type)).toEqual(['MeetingRecorded', 'MeetingAmended', 'MeetingDocumentAdded']);
    expect(history.items[1]).toMatchObject({ reason: 'date in the minutes', data: { before: { heldOn: '2015-11-18' }, after: { heldOn: '2015-12-10' } } });
    expect((await app.http.get(`/meetings/${meeting.id}`).expect(200)).body).toMatchObject({ heldOn: '2015-12-10', documents: [expect.anything(), { title: 'Minutes', url: 'https://example.org/minutes.pdf' }] });
  });

  it('reads a recommendation stored with an inline source as naming the meeting derived from it, which a new request with that source records', async () => {
    const source = { kind: 'technical_meeting' as const, title: `Technical meeting ${uniqueCode('TM')}`, heldOn: '2015-11-18' };
    const meetingId = meetingIdOf(source);
    const legacyId = randomUUID();
    const metadata = { actor: { id: 'test', name: 'Test' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date().toISOString(), schemaVersion: 4 };
    const data = { recommendationId: legacyId, source, texts: { en: 'Register diaspora associations abroad.' }, proposedByOrganizationId: organizers.iom, targetAgencyIds: [], effectiveOn: '2015-11-18' };
    const appended = await app.events.append(recommendationStream(legacyId), [{ id: randomUUID(), type: 'RecommendationSubmitted', data, metadata }], 'no_stream');
    await projected(app, appended.position);

    const legacy = (await app.http.get(`/meetings/${meetingId}`).expect(200)).body;
    expect(legacy).toMatchObject({ id: meetingId, kind: 'technical_meeting', title: source.title, heldOn: '2015-11-18', recorded: false, organizerIds: [], revision: null });
    expect(legacy.recommendations.map((r: { id: string; proposedByOrganizationIds: string[] }) => [r.id, r.proposedByOrganizationIds])).toEqual([[legacyId, [organizers.iom]]]);
    const read = (await app.http.get(`/recommendations/${legacyId}`).expect(200)).body;
    expect(read).toMatchObject({ meetingId, source, meeting: { id: meetingId, title: source.title, recorded: false }, proposedByOrganizationIds: [organizers.iom], proposedByOrganizationId: organizers.iom });
    await app.http.get(`/meetings/${meetingId}/history`).expect(404);

    const again = await write(app, '/recommendations', { ...aRecommendation(organizers.ministry), source, text: 'Keep a public list of them.' });
    await projected(app, again.position);
    const recorded = (await app.http.get(`/meetings/${meetingId}`).expect(200)).body;
    expect(recorded).toMatchObject({ id: meetingId, recorded: true, organizerIds: [organizers.ministry], titles: { en: source.title }, revision: 0 });
    expect(recorded.recommendations.map((r: { id: string }) => r.id).sort()).toEqual([legacyId, again.id].sort());
  });

  it.each([
    ['a meeting with an unknown organiser', () => ['/meetings', aRoundtable([randomUUID()])], 404, { code: 'NOT_FOUND', field: 'organizerIds' }],
    ['a meeting without organisers', () => ['/meetings', aRoundtable([])], 400, { code: 'VALIDATION_FAILED' }],
    ['a meeting of an unknown kind', () => ['/meetings', aRoundtable([organizers.iom], { kind: 'rumour' })], 400, { code: 'VALIDATION_FAILED' }],
    ['a meeting not yet held', () => ['/meetings', aRoundtable([organizers.iom], { heldOn: '2150-01-01' })], 409, { code: 'DATE_IN_FUTURE', field: 'heldOn' }],
    ['a recommendation naming no meeting that exists', () => ['/recommendations', { meetingId: randomUUID(), text: 'x', proposedByOrganizationIds: [organizers.iom], targetAgencyIds: [] }], 404, { code: 'NOT_FOUND', field: 'meetingId' }],
    ['a recommendation with an unknown proposer', () => ['/recommendations', { ...aRecommendation(organizers.iom), proposedByOrganizationId: undefined, proposedByOrganizationIds: [organizers.iom, randomUUID()] }], 404, { code: 'NOT_FOUND', field: 'proposedByOrganizationIds[1]' }],
    [
      'a recommendation made before its inline meeting, which is then not recorded either',
      () => ['/recommendations', { ...aRecommendation(organizers.iom), source: { kind: 'workshop', title: `Workshop ${uniqueCode('W')}`, heldOn: '2015-11-18' }, effectiveOn: '2015-11-01' }],
      409,
      { code: 'RECOMMENDATION_BEFORE_MEETING', field: 'effectiveOn' },
    ],
    [
      'a recommendation of an inline meeting with an unknown target agency, which records no meeting',
      () => ['/recommendations', { ...aRecommendation(organizers.iom), source: { kind: 'workshop', title: `Workshop ${uniqueCode('W')}`, heldOn: '2015-11-18' }, targetAgencyIds: [randomUUID()] }],
      404,
      { code: 'NOT_FOUND', field: 'targetAgencyIds' },
    ],
  ] as const)('refuses %s, appending nothing', async (_name, request, status, body) => {
    const [path, payload] = request() as [string, Record<string, unknown>];
    const before = await app.allEvents();
    const response = await app.http.post(path).send(payload);
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject(body.code === 'NOT_FOUND' ? { code: body.code, field: expect.stringContaining((body as { field: string }).field) } : body);
    expect((await app.allEvents()).map((e) => e.id)).toEqual(before.map((e) => e.id));
  });

  it('a travelled recommendation list shows each meeting as it was then: knownAt before a correction of its title, its old title', async () => {
    const meeting = await write(app, '/meetings', aRoundtable([organizers.iom], { titles: { en: 'Roundtable on remittances' } }));
    await write(app, '/recommendations', { meetingId: meeting.id, text: 'Lower the cost of remittances.', proposedByOrganizationId: organizers.iom, targetAgencyIds: [] });
    const shownThen = await moment();
    const amended = await write(app, `/meetings/${meeting.id}/amend`, { titles: { en: 'Roundtable on remittances and investment' }, reason: 'the title in the minutes' });
    const titles = async (query: Record<string, string>) => {
      const [item] = (await app.http.get('/recommendations').query({ meetingId: meeting.id, minPosition: amended.position, ...query }).expect(200)).body.items;
      return { meeting: item.meeting.title, source: item.source.title };
    };
    expect(await titles({ knownAt: shownThen })).toEqual({ meeting: 'Roundtable on remittances', source: 'Roundtable on remittances' });
    expect(await titles({})).toEqual({ meeting: 'Roundtable on remittances and investment', source: 'Roundtable on remittances and investment' });
    // A correction applies on every business date.
    expect(await titles({ asOf: '2016-01-01' })).toEqual({ meeting: 'Roundtable on remittances and investment', source: 'Roundtable on remittances and investment' });
  });

  it('lets donors read neither meetings nor recommendations, and only writers record meetings', async () => {
    const donor = await app.token('donor', base.donorId);
    const agency = await app.token('agency', base.leadId);
    await app.as(donor.token).get('/meetings').expect(403);
    await app.as(agency.token).get('/meetings').expect(200);
    await app.as(agency.token).post('/meetings').send(aRoundtable([organizers.iom])).expect(403);
  });
});
