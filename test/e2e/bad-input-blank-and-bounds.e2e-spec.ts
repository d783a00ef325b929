import { aPlan, aProgressReport, anActivity } from '../support/builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Text a person reads (titles, names, texts, notes, places, display names…) that holds nothing a reader
 * can see is refused at the edge: 400 VALIDATION_FAILED naming the field, nothing appended. An optional
 * field may be left out, never sent blank; where null removes a field, null still does. Indicator numbers
 * lie within ±10¹² with at most 6 decimals: 1.7e308 twice overflowed a sum to Infinity.
 */
const BLANKS = ['   ', '\u200b', '\u00a0\u00a0', '\u3000', '\ufeff', '\u2060', '\u200f', '\t', '\n\n', '\u3164', '\u2800'];
const reason = 'entered by mistake';
const evidence = (title: string) => [{ title, url: 'https://example.org/minutes.pdf' }];
const indicator = { name: 'Persons informed', unit: 'persons', baseline: 0, target: 100 };

type Ids = Awaited<ReturnType<typeof commissionScenario>> & Record<'startedId' | 'indicatorId' | 'objectiveIndicatorId' | 'meetingId' | 'startedIndicatorId', string>;
interface Case {
  name: string;
  path: (i: Ids) => string;
  body: (i: Ids, blank: string) => object;
  /** The field the answer names: the object holding translations (`names`) when their message names the language. */
  field: string;
}
const c = (name: string, path: Case['path'], field: string, body: Case['body']): Case => ({ name, path, field, body });
const plan = (i: Ids) => `/plans/${i.planId}`;
const objective = (i: Ids) => `/plans/${i.planId}/objectives/${i.objectiveId}`;
const activity = (i: Ids) => `/activities/${i.activityId}`;

const CASES: Case[] = [
  c('plan title.en', () => '/plans', 'title.en', (_i, b) => aPlan({ title: { en: b } })),
  c('plan title.ru', () => '/plans', 'title.ru', (_i, b) => aPlan({ title: { en: 'Plan', ru: b } })),
  c('plan title.tg', () => '/plans', 'title.tg', (_i, b) => aPlan({ title: { en: 'Plan', tg: b } })),
  c('plan amend title', (i) => `${plan(i)}/amend`, 'title.en', (_i, b) => ({ title: { en: b }, reason })),
  c('plan amend coordinatingBody', (i) => `${plan(i)}/amend`, 'coordinatingBody', (_i, b) => ({ coordinatingBody: b, reason })),
  c('plan revise changes.title', (i) => `${plan(i)}/revise`, 'changes.title.en', (_i, b) => ({ changes: { title: { en: b } }, reason })),
  c('plan adopt instrument', (i) => `${plan(i)}/adopt`, 'instrument', (_i, b) => ({ adoptedOn: '2015-03-03', instrument: b })),
  c('objective titles', (i) => `${plan(i)}/objectives`, 'titles', (_i, b) => ({ code: '7', titles: { en: b } })),
  c('objective amend titles.ru', (i) => `${objective(i)}/amend`, 'titles', (_i, b) => ({ titles: { ru: b }, reason })),
  // Without a target: the blank name is named, not only the domain's TARGET_REQUIRED.
  c('activity indicator name, no target', (i) => `${activity(i)}/indicators`, 'name', (_i, b) => ({ name: b, unit: 'persons', baseline: 0 })),
  c('activity indicator names.en', (i) => `${activity(i)}/indicators`, 'names', (_i, b) => ({ ...indicator, name: undefined, names: { en: b } })),
  c('activity indicator unit', (i) => `${activity(i)}/indicators`, 'unit', (_i, b) => ({ ...indicator, unit: b })),
  c('activity indicator revise name', (i) => `${activity(i)}/indicators/${i.indicatorId}/revise`, 'name', (_i, b) => ({ name: b, reason })),
  c('activity indicator revise names.tg', (i) => `${activity(i)}/indicators/${i.indicatorId}/revise`, 'names', (_i, b) => ({ names: { tg: b }, reason })),
  c('objective indicator name', (i) => `${objective(i)}/indicators`, 'name', (_i, b) => ({ ...indicator, name: b })),
  c('objective indicator names.ru', (i) => `${objective(i)}/indicators`, 'names', (_i, b) => ({ ...indicator, name: undefined, names: { en: 'x', ru: b } })),
  c('objective indicator revise unit', (i) => `${objective(i)}/indicators/${i.objectiveIndicatorId}/revise`, 'unit', (_i, b) => ({ unit: b, reason })),
  c('disaggregation names.en', (i) => `${plan(i)}/disaggregations`, 'names', (_i, b) => ({ code: 'age', names: { en: b }, exhaustive: false, categories: [{ code: 'young', names: { en: 'Young' } }] })),
  c('disaggregation category names.en', (i) => `${plan(i)}/disaggregations`, 'categories[0].names', (_i, b) => ({ code: 'age', names: { en: 'Age' }, exhaustive: false, categories: [{ code: 'young', names: { en: b } }] })),
  c('disaggregation amend names', (i) => `${plan(i)}/disaggregations/sex/amend`, 'names', (_i, b) => ({ names: { en: b }, reason })),
  c('activity description', () => '/activities', 'description', (i, b) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '8.1', description: b })),
  c('activity province', () => '/activities', 'locations[0].province', (i, b) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '8.1', locations: [{ country: 'FR', province: b }] })),
  c('activity district', () => '/activities', 'locations[0].district', (i, b) => anActivity({ planId: i.planId, objectiveId: i.objectiveId, leadAgencyId: i.leadId }, { code: '8.1', locations: [{ province: 'Khatlon', district: b }] })),
  c('activity amend description', (i) => `${activity(i)}/amend`, 'description', (_i, b) => ({ description: b, reason })),
  c('activity amend titles.en', (i) => `${activity(i)}/amend`, 'titles', (_i, b) => ({ titles: { en: b }, reason })),
  c('report narrative', (i) => `/activities/${i.startedId}/progress-reports`, 'narrative', (_i, b) => aProgressReport({ narrative: b })),
  c('report evidence title', (i) => `/activities/${i.startedId}/progress-reports`, 'evidence[0].title', (_i, b) => aProgressReport({ evidence: evidence(b) })),
  c('funding reference', (i) => `${activity(i)}/funding-commitments`, 'reference', (i, b) => ({ donorId: i.donorId, money: { amount: '10', currency: 'EUR' }, committedOn: '2016-01-15', reference: b })),
  c('activity complete summary', (i) => `/activities/${i.startedId}/complete`, 'summary', (_i, b) => ({ completedOn: '2017-06-30', summary: b })),
  c('session agenda item', () => '/commission/sessions', 'agenda', (_i, b) => ({ number: '77', scheduledOn: '2016-03-01', agenda: ['Plan', b] })),
  c('session agenda titles item', () => '/commission/sessions', 'agenda', (_i, b) => ({ number: '77', scheduledOn: '2016-03-01', agenda: [{ en: 'Plan', ru: b }] })),
  c('session amend agenda', (i) => `/commission/sessions/${i.scheduledSessionId}/amend`, 'agenda', (_i, b) => ({ agenda: [b], reason })),
  c('session held minutesRef', (i) => `/commission/sessions/${i.scheduledSessionId}/held`, 'minutesRef', (i, b) => ({ heldOn: '2016-06-15', attendeeOrganizationIds: [i.leadId], minutesRef: b })),
  c('decision titles', () => '/decisions', 'titles', (i, b) => ({ sessionId: i.heldSessionId, number: 'IMC-77', titles: { en: b }, text: 'Text', kind: 'other', responsibleAgencyIds: [], relatedActivityIds: [], relatedRecommendationIds: [] })),
  c('decision amend text', (i) => `/decisions/${i.decisionId}/amend`, 'text', (_i, b) => ({ text: b, reason })),
  c('decision amend titles.en', (i) => `/decisions/${i.decisionId}/amend`, 'titles', (_i, b) => ({ titles: { en: b }, reason })),
  c('follow-up note', (i) => `/decisions/${i.decisionId}/follow-ups`, 'note', (_i, b) => ({ note: b })),
  c('follow-up evidence title', (i) => `/decisions/${i.decisionId}/follow-ups`, 'evidence[0].title', (_i, b) => ({ note: 'Two events held', evidence: evidence(b) })),
  c('decision implemented note', (i) => `/decisions/${i.decisionId}/implemented`, 'note', (_i, b) => ({ implementedOn: '2016-05-20', note: b })),
  c('decision implemented evidence title', (i) => `/decisions/${i.decisionId}/implemented`, 'evidence[0].title', (_i, b) => ({ implementedOn: '2016-05-20', evidence: evidence(b) })),
  c('recommendation text', () => '/recommendations', 'text', (i, b) => ({ meetingId: i.meetingId, text: b, proposedByOrganizationIds: [i.donorId], targetAgencyIds: [] })),
  c('recommendation texts.tg', () => '/recommendations', 'texts', (i, b) => ({ meetingId: i.meetingId, texts: { en: 'Open a point', tg: b }, proposedByOrganizationIds: [i.donorId], targetAgencyIds: [] })),
  c('recommendation source.title', () => '/recommendations', 'source.title', (i, b) => ({ source: { kind: 'technical_meeting', title: b, heldOn: '2015-11-18' }, text: 'Open a point', proposedByOrganizationId: i.donorId, targetAgencyIds: [] })),
  c('recommendation amend text', (i) => `/recommendations/${i.recommendationId}/amend`, 'text', (_i, b) => ({ text: b, reason })),
  c('recommendation amend texts.ru', (i) => `/recommendations/${i.recommendationId}/amend`, 'texts', (_i, b) => ({ texts: { ru: b }, reason })),
  c('recommendation implemented note', (i) => `/recommendations/${i.recommendationId}/implemented`, 'note', (_i, b) => ({ implementedOn: '2017-09-01', note: b, evidence: evidence('Report') })),
  c('meeting place', () => '/meetings', 'place', (i, b) => ({ kind: 'roundtable', heldOn: '2015-12-18', title: 'Roundtable', organizerIds: [i.leadId], place: b })),
  c('meeting documents title', () => '/meetings', 'documents[0].title', (i, b) => ({ kind: 'roundtable', heldOn: '2015-12-18', title: 'Roundtable', organizerIds: [i.leadId], documents: evidence(b) })),
  c('meeting titles.en', () => '/meetings', 'titles', (i, b) => ({ kind: 'roundtable', heldOn: '2015-12-18', titles: { en: b }, organizerIds: [i.leadId] })),
  c('meeting amend place', (i) => `/meetings/${i.meetingId}/amend`, 'place', (_i, b) => ({ place: b, reason })),
  c('meeting document title', (i) => `/meetings/${i.meetingId}/documents`, 'title', (_i, b) => evidence(b)[0]),
  c('token displayName', () => '/tokens', 'displayName', (_i, b) => ({ role: 'secretariat', displayName: b })),
  c('own token displayName', () => '/auth/tokens', 'displayName', (_i, b) => ({ displayName: b })),
  c('user invitation displayName', () => '/users', 'displayName', (_i, b) => ({ email: 'clerk@example.org', displayName: b, role: 'secretariat' })),
  c('organisation rename acronym', (i) => `/organizations/${i.leadId}/rename`, 'acronym', (_i, b) => ({ name: 'Migration Service', acronym: b })),
];

type FieldError = { field: string; messages: string[] };

describe('blank text and unbounded indicator numbers are refused at the edge, appending nothing', () => {
  let app: TestApp;
  let ids: Ids;
  beforeAll(async () => {
    app = await startTestApp();
    const base = await commissionScenario(app);
    const started = await write(app, '/activities', anActivity({ planId: base.planId, objectiveId: base.objectiveId, leadAgencyId: base.leadId }, { code: '2.4' }));
    await write(app, `/activities/${started.id}/start`, { startedOn: '2016-02-01' });
    const sex = { code: 'sex', names: { en: 'Sex' }, exhaustive: false, categories: [{ code: 'female', names: { en: 'Female' } }] };
    await write(app, `/plans/${base.planId}/disaggregations`, sex);
    const meeting = await write(app, '/meetings', { kind: 'roundtable', heldOn: '2015-12-18', title: 'Roundtable', organizerIds: [base.leadId], place: 'Dushanbe' });
    ids = {
      ...base,
      startedId: started.id,
      meetingId: meeting.id,
      indicatorId: (await write(app, `/activities/${base.activityId}/indicators`, indicator)).indicatorId as string,
      startedIndicatorId: (await write(app, `/activities/${started.id}/indicators`, { ...indicator, disaggregations: ['sex'] })).indicatorId as string,
      objectiveIndicatorId: (await write(app, `/plans/${base.planId}/objectives/${base.objectiveId}/indicators`, indicator)).indicatorId as string,
    };
  }, 60_000);
  afterAll(async () => app.close());

  it.each(CASES.map((k) => [k.name, k] as const))('blank %s', async (_name, k) => {
    const head = await app.events.headPosition();
    const wrong: string[] = [];
    for (const blank of BLANKS) {
      const response = await app.http.post(k.path(ids)).send(k.body(ids, blank));
      const named = ((response.body.fields ?? []) as FieldError[]).find((f) => f.field === k.field);
      if (response.status !== 400 || response.body.code !== 'VALIDATION_FAILED' || !named?.messages.some((m) => m.endsWith('must not be blank')))
        wrong.push(`${JSON.stringify(blank)}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    expect(wrong).toEqual([]);
    expect(await app.events.headPosition()).toBe(head);
  });

  it('names every wrong field of a body at once', async () => {
    const response = await app.http.post(`${activity(ids)}/indicators`).send({ name: '\u200b', unit: '\u3164', baseline: 1e308 });
    expect(response.status).toBe(400);
    expect((response.body.fields as FieldError[]).map((f) => f.field).sort()).toEqual(['baseline', 'name', 'unit']);
  });

  it('still removes a removable field with null', async () => {
    await write(app, `/activities/${ids.activityId}/amend`, { description: null, reason });
    await write(app, `/meetings/${ids.meetingId}/amend`, { place: null, reason });
    await write(app, `/plans/${ids.planId}/amend`, { coordinatingBody: null, reason });
  });

  describe('indicator numbers', () => {
    const REFUSED = ['1000000000001', '-1000000000001', '1e308', '1.7e308', '-1e308', '1e-7', '0.1234567', '12345678901234567890'];
    /** The body as JSON text, the marker replaced by the number exactly as written (JSON.stringify would rewrite it). */
    const raw = (body: object, literal: string) => JSON.stringify(body).replace('"NUM"', literal);
    const send = (path: string, body: object, literal: string) => app.http.post(path).set('Content-Type', 'application/json').send(raw(body, literal));
    const report = (i: Ids, value: unknown, category: unknown = 1) =>
      aProgressReport({ indicatorValues: [{ indicatorId: i.startedIndicatorId, value, categories: [{ dimension: 'sex', category: 'female', value: category }] }] });
    const NUMBER_CASES: [string, (i: Ids) => string, (i: Ids) => object, string][] = [
      ['definition baseline', (i) => `${activity(i)}/indicators`, () => ({ ...indicator, baseline: 'NUM' }), 'baseline'],
      ['definition target', (i) => `${activity(i)}/indicators`, () => ({ ...indicator, target: 'NUM' }), 'target'],
      ['definition milestone', (i) => `${objective(i)}/indicators`, () => ({ ...indicator, targets: [{ year: 2016, value: 'NUM' }] }), 'targets[0].value'],
      ['revision baseline', (i) => `${activity(i)}/indicators/${i.indicatorId}/revise`, () => ({ baseline: 'NUM', reason }), 'baseline'],
      ['revision target', (i) => `${objective(i)}/indicators/${i.objectiveIndicatorId}/revise`, () => ({ target: 'NUM', reason }), 'target'],
      ['revision milestone', (i) => `${activity(i)}/indicators/${i.indicatorId}/revise`, () => ({ targets: [{ year: 2016, value: 'NUM' }], reason }), 'targets[0].value'],
      ['report value', (i) => `/activities/${i.startedId}/progress-reports`, (i) => report(i, 'NUM'), 'indicatorValues[0].value'],
      ['report category value', (i) => `/activities/${i.startedId}/progress-reports`, (i) => report(i, 1, 'NUM'), 'indicatorValues[0].categories[0].value'],
    ];

    it.each(NUMBER_CASES)('%s beyond the bounds', async (_name, path, body, field) => {
      const head = await app.events.headPosition();
      const wrong: string[] = [];
      for (const literal of REFUSED) {
        const response = await send(path(ids), body(ids), literal);
        const named = ((response.body.fields ?? []) as FieldError[]).find((f) => f.field === field);
        if (response.status !== 400 || !named?.messages.some((m) => m.includes('between -1000000000000 and 1000000000000 (a trillion) with at most 6 decimal places')))
          wrong.push(`${literal}: ${response.status} ${JSON.stringify(response.body)}`);
      }
      expect(wrong).toEqual([]);
      expect(await app.events.headPosition()).toBe(head);
    });

    it('accepts a trillion, its negative and 6 decimals on a definition, a revision and a report', async () => {
      for (const literal of ['1000000000000', '0.000001', '-1000000000000']) {
        expect((await send(`${activity(ids)}/indicators`, { ...indicator, baseline: 'NUM', target: 1e12 }, literal)).status).toBe(201);
      }
      expect([200, 201]).toContain((await send(`${activity(ids)}/indicators/${ids.indicatorId}/revise`, { target: 'NUM', reason }, '1000000000000')).status);
      const written = await send(`/activities/${ids.startedId}/progress-reports`, report(ids, 'NUM', 1e12), '1000000000000');
      expect(written.status).toBe(201);
    });
  });
});
