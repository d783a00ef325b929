import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ALL_PROJECTIONS, rebuildProjections } from '#read-models';
import { activityStream, decisionStream } from '#domain';
import { anActivity } from '../support/builders.js';
import { aDecision } from '../support/commission-builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { plannedActivity, projected, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RU = 'Информационная кампания о вложении денежных переводов';
const TG = 'Маъракаи иттилоотӣ оид ба сармоягузории интиқолҳо';

/** Titles in en, ru and tg (issue 16, item 4): written either way, read in the language asked for. */
describe('titles in en, ru and tg', () => {
  let app: TestApp;
  let refs: { planId: string; objectiveId: string; leadAgencyId: string };
  beforeAll(async () => {
    app = await startTestApp();
    const s = await plannedActivity(app);
    refs = { planId: s.planId, objectiveId: s.objectiveId, leadAgencyId: s.leadId };
  }, 60_000);
  afterAll(async () => app.close());

  const planWith = async (fields: Record<string, unknown>) => {
    const { title: _english, ...activity } = anActivity(refs, { code: `T-${randomUUID().slice(0, 8)}` });
    const written = await write(app, '/activities', { ...activity, ...fields });
    await projected(app, written.position);
    return written.id;
  };

  it('answers title in the language asked for (?lang= before Accept-Language), else the first stored in the order en, ru, tg', async () => {
    const id = await planWith({ titles: { tg: TG, ru: RU, en: 'Information campaign' } });
    const plain = await app.http.get(`/activities/${id}`).expect(200);
    expect(plain.body).toMatchObject({ title: 'Information campaign', titles: { en: 'Information campaign', ru: RU, tg: TG } });
    const russian = await app.http.get(`/activities/${id}`).set('Accept-Language', 'ru-RU,ru;q=0.9,en;q=0.5');
    expect(russian.body.title).toBe(RU);
    // One ETag for every language: a browser's cache must not answer a Tajik read with its Russian copy.
    expect(russian.headers.vary).toMatch(/Accept-Language/i);
    const revalidated = await app.http.get(`/activities/${id}`).set('Accept-Language', 'tg').set('If-None-Match', russian.headers.etag);
    expect(revalidated.status).toBe(200);
    expect(revalidated.body.title).toBe(TG);
    expect((await app.http.get(`/activities/${id}`).set('Accept-Language', 'ru').query({ lang: 'tg' })).body.title).toBe(TG);
    const listed = await app.http.get('/activities').query({ planId: refs.planId, lang: 'ru' }).expect(200);
    expect(listed.body.items.find((a: { id: string }) => a.id === id)).toMatchObject({ title: RU, titles: { en: 'Information campaign', ru: RU, tg: TG } });

    const russianOnly = await planWith({ titles: { ru: RU } });
    for (const ask of [{}, { lang: 'en' }, { lang: 'tg' }]) {
      expect((await app.http.get(`/activities/${russianOnly}`).query(ask)).body).toMatchObject({ title: RU, titles: { ru: RU } });
    }
    expect((await app.http.get(`/activities/${russianOnly}`).set('Accept-Language', 'tg')).body.title).toBe(RU);
  }, 60_000);

  it('takes a plain-string title as English, and a correction names only the languages it corrects', async () => {
    const id = await planWith({ title: 'Diaspora fair' });
    expect((await app.http.get(`/activities/${id}`)).body).toMatchObject({ title: 'Diaspora fair', titles: { en: 'Diaspora fair' } });
    const amended = await write(app, `/activities/${id}/amend`, { titles: { tg: TG }, reason: 'Tajik title added' });
    const read = await app.http.get(`/activities/${id}`).query({ minPosition: amended.position, lang: 'tg' });
    expect(read.body).toMatchObject({ title: TG, titles: { en: 'Diaspora fair', tg: TG } });
  }, 60_000);

  it('the IATI export gives a narrative per language stored (xml:lang on all but the default en); CSV the first title', async () => {
    const code = `X-${randomUUID().slice(0, 8)}`;
    const { title: _english, ...activity } = anActivity(refs, { code });
    const written = await write(app, '/activities', { ...activity, titles: { ru: RU, tg: TG } });
    const xml = await app.http.get(`/plans/${refs.planId}/iati.xml`).query({ minPosition: written.position }).expect(200);
    const parsed = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['iati-activity', 'narrative'].includes(name) }).parse(xml.text);
    const exported = parsed['iati-activities']['iati-activity'].find((a: { 'iati-identifier': string }) => a['iati-identifier'].endsWith(`-${code}`));
    expect(exported.title.narrative).toEqual([
      { '#text': RU, '@_xml:lang': 'ru' },
      { '#text': TG, '@_xml:lang': 'tg' },
    ]);
    const csv = await app.http.get(`/plans/${refs.planId}/export.csv`).expect(200);
    expect(csv.text.split('\n').find((line) => line.includes(code))).toContain(RU);
  }, 60_000);

  it('q= matches a title in any language, ignoring accents and case', async () => {
    const id = await planWith({ titles: { en: 'Skills register', tg: 'Феҳристи малакаҳо' } });
    for (const q of ['феҳристи', 'ФЕХРИСТИ', 'skills register']) {
      const found = await app.http.get('/activities').query({ q }).expect(200);
      expect(found.body.items.map((a: { id: string }) => a.id)).toContain(id);
    }
  }, 60_000);

  it.each([
    ['an empty titles object', { titles: {} }, 'titles'],
    ['a language outside en, ru, tg', { titles: { fr: 'Campagne' } }, 'titles'],
    ['an empty title in one language', { titles: { en: 'x', ru: ' ' } }, 'titles'],
    ['both title and titles', { title: 'x', titles: { en: 'x' } }, 'titles'],
    ['neither title nor titles', {}, 'titles'],
  ])('refuses %s with a 400 naming the field, appending nothing', async (_name, fields, field) => {
    const { title: _english, ...activity } = anActivity(refs, { code: `B-${randomUUID().slice(0, 8)}` });
    const head = await app.events.headPosition();
    const response = await app.http.post('/activities').send({ ...activity, ...fields });
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await app.events.headPosition()).toEqual(head);
  });

  it('refuses a correction with both forms, and ?lang= outside en, ru, tg', async () => {
    const id = await planWith({ title: 'Fair' });
    const both = await app.http.post(`/activities/${id}/amend`).send({ title: 'x', titles: { ru: RU }, reason: 'r' });
    expect(both.status).toBe(400);
    expect(both.body.fields).toEqual([expect.objectContaining({ field: 'titles' })]);
    const lang = await app.http.get(`/activities/${id}`).query({ lang: 'fr' });
    expect(lang.status).toBe(400);
    expect(lang.body.fields).toEqual([expect.objectContaining({ field: 'lang' })]);
  }, 60_000);

  /** Events stored by the first schema version (title: one English string) read by every reader. */
  it('upcasts events stored with a plain-string title: command handlers, projector, time travel, rebuild', async () => {
    const activityId = randomUUID();
    const stream = activityStream(activityId);
    const metadata = () => ({ actor: { id: 'test', name: 'Test' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date().toISOString(), schemaVersion: 1 });
    const { title, ...planned } = anActivity(refs, { code: `V1-${randomUUID().slice(0, 8)}` });
    await app.events.append(
      stream,
      [
        { id: randomUUID(), type: 'ActivityPlanned', data: { ...planned, activityId, title, partnerAgencyIds: [], effectiveOn: '2015-12-01' }, metadata: metadata() },
        { id: randomUUID(), type: 'ActivityAmended', data: { before: { title }, after: { title: 'Campaign on remittances' }, reason: 'shorter' }, metadata: metadata() },
      ],
      'any',
    );

    // The command handler folds the stored events: the correction compares with the upcast English title.
    const amended = await write(app, `/activities/${activityId}/amend`, { titles: { ru: RU }, reason: 'Russian title added' });
    const read = await app.http.get(`/activities/${activityId}`).query({ minPosition: amended.position });
    expect(read.body).toMatchObject({ title: 'Campaign on remittances', titles: { en: 'Campaign on remittances', ru: RU } });
    const history = await app.http.get(`/activities/${activityId}/history`).query({ minPosition: amended.position });
    expect(history.body.items.at(-1).data).toEqual({ before: { titles: { en: 'Campaign on remittances' } }, after: { titles: { en: 'Campaign on remittances', ru: RU } }, reason: 'Russian title added' });

    const travelled = await app.http.get(`/activities/${activityId}`).query({ asOf: '2016-12-31', lang: 'ru' }).expect(200);
    expect(travelled.body).toMatchObject({ title: RU, titles: { en: 'Campaign on remittances', ru: RU } });
    const travelledList = await app.http.get('/activities').query({ asOf: '2016-12-31', q: 'remittances', planId: refs.planId }).expect(200);
    expect(travelledList.body.items.map((a: { id: string }) => a.id)).toContain(activityId);

    await rebuildProjections(app.app.get(DataSource), app.app.get<EventStore>(EVENT_STORE), ALL_PROJECTIONS);
    const rebuilt = await app.http.get(`/activities/${activityId}`).set('Accept-Language', 'ru').expect(200);
    expect(rebuilt.body).toMatchObject({ title: RU, titles: { en: 'Campaign on remittances', ru: RU } });
  }, 60_000);
});

/** Decisions (schema version 3): the same forms, and their titles shown in the session's detail. */
describe('decision titles in en, ru and tg', () => {
  let app: TestApp;
  let ids: Awaited<ReturnType<typeof commissionScenario>>;
  beforeAll(async () => {
    app = await startTestApp();
    ids = await commissionScenario(app);
  }, 60_000);
  afterAll(async () => app.close());

  const number = () => `IMC-T/${randomUUID().slice(0, 6)}`;

  it('records titles, reads the decision and the session’s list of decisions in the language asked for, and corrects one language', async () => {
    const written = await write(app, '/decisions', { ...aDecision(ids.heldSessionId, { number: number() }), title: undefined, titles: { en: 'Remittances in agriculture', ru: 'Денежные переводы в сельском хозяйстве' } });
    const read = await app.http.get(`/decisions/${written.id}`).query({ minPosition: written.position }).set('Accept-Language', 'ru').expect(200);
    expect(read.body).toMatchObject({ title: 'Денежные переводы в сельском хозяйстве', titles: { en: 'Remittances in agriculture', ru: 'Денежные переводы в сельском хозяйстве' } });
    const session = await app.http.get(`/commission/sessions/${ids.heldSessionId}`).query({ lang: 'ru' }).expect(200);
    expect(session.body.decisions.find((d: { id: string }) => d.id === written.id)).toMatchObject({ title: 'Денежные переводы в сельском хозяйстве' });
    const found = await app.http.get('/decisions').query({ q: 'денежные' }).expect(200);
    expect(found.body.items.map((d: { id: string }) => d.id)).toContain(written.id);

    const amended = await write(app, `/decisions/${written.id}/amend`, { titles: { tg: TG }, reason: 'Tajik title added' });
    const after = await app.http.get(`/decisions/${written.id}`).query({ minPosition: amended.position, lang: 'tg' });
    expect(after.body).toMatchObject({ title: TG, titles: { en: 'Remittances in agriculture', ru: 'Денежные переводы в сельском хозяйстве', tg: TG } });
  }, 60_000);

  it('refuses both forms, or neither, with a 400 naming titles', async () => {
    for (const body of [{ ...aDecision(ids.heldSessionId, { number: number() }), titles: { en: 'x' } }, { ...aDecision(ids.heldSessionId, { number: number() }), title: undefined }]) {
      const response = await app.http.post('/decisions').send(body);
      expect(response.status).toBe(400);
      expect(response.body.fields).toEqual([expect.objectContaining({ field: 'titles' })]);
    }
  });

  it('upcasts a decision stored with a plain-string title at schema version 2: command handler, projector, time travel', async () => {
    const decisionId = randomUUID();
    const metadata = () => ({ actor: { id: 'test', name: 'Test' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date().toISOString(), schemaVersion: 2 });
    const { title, ...decision } = aDecision(ids.heldSessionId, { number: number() });
    await app.events.append(decisionStream(decisionId), [{ id: randomUUID(), type: 'DecisionRecorded', data: { ...decision, decisionId, title, effectiveOn: '2015-12-10' }, metadata: metadata() }], 'any');
    const amended = await write(app, `/decisions/${decisionId}/amend`, { titles: { ru: RU }, reason: 'Russian title added' });
    const read = await app.http.get(`/decisions/${decisionId}`).query({ minPosition: amended.position });
    expect(read.body).toMatchObject({ title, titles: { en: title, ru: RU } });
    const travelled = await app.http.get('/decisions').query({ asOf: '2016-12-31', q: decision.number, lang: 'ru' }).expect(200);
    expect(travelled.body.items).toEqual([expect.objectContaining({ id: decisionId, title: RU, titles: { en: title, ru: RU } })]);
  }, 60_000);
});
