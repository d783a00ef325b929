import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ALL_PROJECTIONS, rebuildProjections } from '#read-models';
import { activityStream, commissionSessionStream, planStream, recommendationStream } from '#domain';
import { aRecommendation, aSession } from '../support/commission-builders.js';
import { plannedActivity, write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const RU = 'Инвестиции диаспоры в местное развитие';
const TG = 'Сармоягузории диаспора дар рушди маҳаллӣ';

/**
 * Titles in en, ru and tg (issue 16, item 4) on the other titled records, schema version 4: objectives
 * (`title`/`titles`), indicators (`name`/`names`), agenda items (`agenda`/`agendaTitles`) and
 * recommendations (`text`/`texts`). Written either way, read in the language asked for.
 */
describe('objectives, indicators, agenda items and recommendations in en, ru and tg', () => {
  let app: TestApp;
  let refs: Awaited<ReturnType<typeof plannedActivity>>;
  beforeAll(async () => {
    app = await startTestApp();
    refs = await plannedActivity(app);
  }, 60_000);
  afterAll(async () => app.close());

  const code = () => randomUUID().slice(0, 6);
  type Objective = { objectiveId: string; title: string; titles: Record<string, string> };
  const objectiveIn = async (position: string, objectiveId: string, query: Record<string, string> = {}) => {
    const plan = await app.http.get(`/plans/${refs.planId}`).query({ minPosition: position, ...query }).expect(200);
    const flat = (nodes: (Objective & { children: Objective[] })[]): Objective[] => nodes.flatMap((n) => [n, ...flat(n.children as never)]);
    return flat(plan.body.objectives).find((o) => o.objectiveId === objectiveId);
  };

  it('objectives: titles written, read in the language asked for, one language corrected, found in the dashboard', async () => {
    const added = await write(app, `/plans/${refs.planId}/objectives`, { code: code(), titles: { en: 'Diaspora investment', ru: RU } });
    const objectiveId = added.objectiveId as string;
    expect(await objectiveIn(added.position, objectiveId, { lang: 'ru' })).toMatchObject({ title: RU, titles: { en: 'Diaspora investment', ru: RU } });

    const amended = await write(app, `/plans/${refs.planId}/objectives/${objectiveId}/amend`, { titles: { tg: TG }, reason: 'Tajik title added' });
    expect(await objectiveIn(amended.position, objectiveId, { lang: 'tg' })).toMatchObject({ title: TG, titles: { en: 'Diaspora investment', ru: RU, tg: TG } });
    const history = await app.http.get(`/plans/${refs.planId}/history`).query({ minPosition: amended.position }).expect(200);
    expect(history.body.items.at(-1).data).toMatchObject({ objectiveId, before: { titles: { en: 'Diaspora investment', ru: RU } }, after: { titles: { en: 'Diaspora investment', ru: RU, tg: TG } } });

    const dashboard = await app.http.get(`/plans/${refs.planId}/dashboard`).set('Accept-Language', 'tg').expect(200);
    expect(JSON.stringify(dashboard.body)).toContain(TG);

    const plain = await write(app, `/plans/${refs.planId}/objectives`, { code: code(), title: 'Skills transfer' });
    expect(await objectiveIn(plain.position, plain.objectiveId as string, { lang: 'ru' })).toMatchObject({ title: 'Skills transfer', titles: { en: 'Skills transfer' } });
  }, 60_000);

  it('indicators: names written, read in the language asked for, one language corrected', async () => {
    const defined = await write(app, `/activities/${refs.activityId}/indicators`, { names: { en: 'Migrants informed', ru: 'Проинформировано мигрантов' }, unit: 'persons', baseline: 0, target: 500 });
    const indicatorId = defined.indicatorId as string;
    const read = await app.http.get(`/activities/${refs.activityId}`).query({ minPosition: defined.position, lang: 'ru' }).expect(200);
    expect(read.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === indicatorId)).toMatchObject({ name: 'Проинформировано мигрантов', names: { en: 'Migrants informed', ru: 'Проинформировано мигрантов' } });

    const revised = await write(app, `/activities/${refs.activityId}/indicators/${indicatorId}/revise`, { names: { tg: 'Муҳоҷирони огоҳшуда' }, reason: 'Tajik name added' });
    const after = await app.http.get(`/activities/${refs.activityId}`).query({ minPosition: revised.position, lang: 'tg' }).expect(200);
    expect(after.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === indicatorId)).toMatchObject({ name: 'Муҳоҷирони огоҳшуда', names: { en: 'Migrants informed', ru: 'Проинформировано мигрантов', tg: 'Муҳоҷирони огоҳшуда' } });

    const plain = await write(app, `/activities/${refs.activityId}/indicators`, { name: 'Sessions held', unit: 'sessions', baseline: 0, target: 10 });
    const plainRead = await app.http.get(`/activities/${refs.activityId}`).query({ minPosition: plain.position }).expect(200);
    expect(plainRead.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === plain.indicatorId)).toMatchObject({ name: 'Sessions held', names: { en: 'Sessions held' } });
  }, 60_000);

  it('agenda items: each a plain string or titles; the agenda read in the language asked for, corrected, and searched in any language', async () => {
    const number = `A-${code()}`;
    const scheduled = await write(app, '/commission/sessions', aSession({ number, scheduledOn: '2030-06-15', agenda: ['Progress report', { en: 'Draft law on the diaspora', ru: 'Проект закона о диаспоре' }] }));
    const read = await app.http.get(`/commission/sessions/${scheduled.id}`).query({ minPosition: scheduled.position, lang: 'ru' }).expect(200);
    expect(read.body).toMatchObject({ agenda: ['Progress report', 'Проект закона о диаспоре'], agendaTitles: [{ en: 'Progress report' }, { en: 'Draft law on the diaspora', ru: 'Проект закона о диаспоре' }] });
    const found = await app.http.get('/commission/sessions').query({ q: 'ПРОЕКТ ЗАКОНА', minPosition: scheduled.position }).expect(200);
    expect(found.body.items.map((s: { id: string }) => s.id)).toContain(scheduled.id);

    const amended = await write(app, `/commission/sessions/${scheduled.id}/amend`, { agenda: [{ en: 'Progress report', tg: 'Ҳисоботи пешрафт' }], reason: 'the law moved to the next session' });
    const after = await app.http.get(`/commission/sessions/${scheduled.id}`).query({ minPosition: amended.position }).set('Accept-Language', 'tg').expect(200);
    expect(after.body).toMatchObject({ agenda: ['Ҳисоботи пешрафт'], agendaTitles: [{ en: 'Progress report', tg: 'Ҳисоботи пешрафт' }] });
  }, 60_000);

  it('recommendations: texts written, read in the language asked for (also in the list), one language corrected, searched in any language', async () => {
    const written = await write(app, '/recommendations', { ...aRecommendation(refs.donorId), text: undefined, texts: { en: 'Open an information point in Khujand', ru: 'Открыть информационный пункт в Худжанде' } });
    const read = await app.http.get(`/recommendations/${written.id}`).query({ minPosition: written.position }).set('Accept-Language', 'ru').expect(200);
    expect(read.body).toMatchObject({ text: 'Открыть информационный пункт в Худжанде', texts: { en: 'Open an information point in Khujand', ru: 'Открыть информационный пункт в Худжанде' } });
    const found = await app.http.get('/recommendations').query({ q: 'худжанде', lang: 'ru' }).expect(200);
    expect(found.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: written.id, text: 'Открыть информационный пункт в Худжанде' })]));

    const amended = await write(app, `/recommendations/${written.id}/amend`, { texts: { tg: 'Кушодани нуқтаи иттилоотӣ дар Хуҷанд' }, reason: 'Tajik text added' });
    const after = await app.http.get(`/recommendations/${written.id}`).query({ minPosition: amended.position, lang: 'tg' }).expect(200);
    expect(after.body).toMatchObject({ text: 'Кушодани нуқтаи иттилоотӣ дар Хуҷанд', texts: { en: 'Open an information point in Khujand', ru: 'Открыть информационный пункт в Худжанде', tg: 'Кушодани нуқтаи иттилоотӣ дар Хуҷанд' } });
  }, 60_000);

  it.each([
    ['an objective with both title and titles', () => [`/plans/${refs.planId}/objectives`, { code: code(), title: 'x', titles: { en: 'x' } }], 'titles'],
    ['an objective with neither', () => [`/plans/${refs.planId}/objectives`, { code: code() }], 'titles'],
    ['an indicator with names in French', () => [`/activities/${refs.activityId}/indicators`, { names: { fr: 'Migrants' }, unit: 'persons', baseline: 0, target: 1 }], 'names'],
    ['an indicator with neither name nor names', () => [`/activities/${refs.activityId}/indicators`, { unit: 'persons', baseline: 0, target: 1 }], 'names'],
    ['an agenda item that is empty titles', () => ['/commission/sessions', aSession({ number: `B-${code()}`, agenda: ['Report', {}] })], 'agenda'],
    ['an agenda item that is a number', () => ['/commission/sessions', aSession({ number: `B-${code()}`, agenda: [7] })], 'agenda'],
    ['a recommendation with both text and texts', () => ['/recommendations', { ...aRecommendation(refs.donorId), texts: { en: 'x' } }], 'texts'],
    ['a recommendation with a blank Russian text', () => ['/recommendations', { ...aRecommendation(refs.donorId), text: undefined, texts: { ru: ' ' } }], 'texts'],
  ] as const)('refuses %s with a 400 naming the field, appending nothing', async (_name, request, field) => {
    const [path, body] = request() as [string, Record<string, unknown>];
    const head = await app.events.headPosition();
    const response = await app.http.post(path).send(body);
    expect(response.status).toBe(400);
    expect(response.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    expect(await app.events.headPosition()).toEqual(head);
  });

  /** Events stored at schema version 3, before these translations: plain strings, read as English by every reader. */
  it('upcasts objectives, indicators, agendas and recommendations stored as plain strings: handlers, projector, time travel, rebuild', async () => {
    const metadata = () => ({ actor: { id: 'test', name: 'Test' }, role: 'secretariat', organizationId: null, commandId: randomUUID(), recordedAt: new Date().toISOString(), schemaVersion: 3 });
    const stored = (type: string, data: Record<string, unknown>) => ({ id: randomUUID(), type, data, metadata: metadata() });
    const objectiveId = randomUUID();
    const indicatorId = randomUUID();
    const sessionId = randomUUID();
    const recommendationId = randomUUID();
    await app.events.append(planStream(refs.planId), [stored('ObjectiveAdded', { objectiveId, code: `V3-${code()}`, title: 'Return migration', effectiveOn: '2015-01-01' })], 'any');
    await app.events.append(activityStream(refs.activityId), [stored('IndicatorDefined', { indicatorId, name: 'Returnees advised', unit: 'persons', baseline: 0, target: 100, effectiveOn: '2015-06-01' })], 'any');
    await app.events.append(commissionSessionStream(sessionId), [stored('CommissionSessionScheduled', { sessionId, number: `V3-${code()}`, scheduledOn: '2031-01-20', agenda: ['Annual report'], effectiveOn: '2016-01-01' })], 'any');
    const { text, ...recommendation } = aRecommendation(refs.donorId);
    await app.events.append(recommendationStream(recommendationId), [stored('RecommendationSubmitted', { ...recommendation, recommendationId, text, effectiveOn: '2015-11-18' })], 'any');

    // Command handlers fold the stored events: each correction compares with the upcast English.
    await write(app, `/plans/${refs.planId}/objectives/${objectiveId}/amend`, { titles: { ru: 'Возвратная миграция' }, reason: 'Russian title added' });
    await write(app, `/activities/${refs.activityId}/indicators/${indicatorId}/revise`, { names: { ru: 'Консультации вернувшимся' }, reason: 'Russian name added' });
    await write(app, `/commission/sessions/${sessionId}/amend`, { agenda: ['Annual report', 'Any other business'], reason: 'item added' });
    const last = await write(app, `/recommendations/${recommendationId}/amend`, { texts: { ru: 'Открыть пункт' }, reason: 'Russian text added' });

    const check = async (query: Record<string, string>) => {
      expect(await objectiveIn(last.position, objectiveId, query)).toMatchObject({ title: 'Возвратная миграция', titles: { en: 'Return migration', ru: 'Возвратная миграция' } });
      const activity = await app.http.get(`/activities/${refs.activityId}`).query({ ...query, minPosition: last.position }).expect(200);
      expect(activity.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === indicatorId)).toMatchObject({ name: 'Консультации вернувшимся', names: { en: 'Returnees advised', ru: 'Консультации вернувшимся' } });
      const session = await app.http.get(`/commission/sessions/${sessionId}`).query(query).expect(200);
      expect(session.body).toMatchObject({ agenda: ['Annual report', 'Any other business'], agendaTitles: [{ en: 'Annual report' }, { en: 'Any other business' }] });
      const read = await app.http.get(`/recommendations/${recommendationId}`).query(query).expect(200);
      expect(read.body).toMatchObject({ text: 'Открыть пункт', texts: { en: text, ru: 'Открыть пункт' } });
    };
    await check({ lang: 'ru' });
    const travelled = await app.http.get(`/activities/${refs.activityId}`).query({ asOf: '2016-12-31', lang: 'ru' }).expect(200);
    expect(travelled.body.indicators.find((i: { indicatorId: string }) => i.indicatorId === indicatorId)).toMatchObject({ name: 'Консультации вернувшимся' });

    await rebuildProjections(app.app.get(DataSource), app.app.get<EventStore>(EVENT_STORE), ALL_PROJECTIONS);
    await check({ lang: 'ru' });
  }, 90_000);
});
