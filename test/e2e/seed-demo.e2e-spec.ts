import { CommandBus } from '@nestjs/cqrs';
import { ACTIVITIES } from '../../apps/cli/src/seed/demo-activities.data.js';
import { ORGANIZATIONS } from '../../apps/cli/src/seed/demo-plans.data.js';
import { seedDemo, type SeedSummary } from '../../apps/cli/src/seed/seed-demo.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('npm run seed:demo: the worked example through the command handlers', () => {
  let app: TestApp;
  let first: SeedSummary;
  let eventsAfterFirstRun: number;

  beforeAll(async () => {
    app = await startTestApp();
    first = await seedDemo(app.app.get(CommandBus));
    eventsAfterFirstRun = (await app.allEvents()).length;
  }, 120_000);
  afterAll(async () => app.close());

  it('records every organisation, both plans, a few dozen activities, sessions, decisions and recommendations', () => {
    expect(Object.keys(first.organizations)).toHaveLength(ORGANIZATIONS.length);
    expect(Object.keys(first.plans).sort()).toEqual(['2011', '2015']);
    expect(Object.keys(first.activities).length).toBe(ACTIVITIES.length);
    expect(ACTIVITIES.length).toBeGreaterThanOrEqual(30);
    expect(Object.keys(first.sessions).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(first.decisions).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(first.recommendations).length).toBe(8);
    expect(eventsAfterFirstRun).toBeGreaterThan(300);
  });

  it('running it again appends nothing and yields the same ids', async () => {
    const second = await seedDemo(app.app.get(CommandBus));
    expect((await app.allEvents()).length).toBe(eventsAfterFirstRun);
    expect(second).toEqual(first);
  }, 120_000);

  it('links the 2015–2020 plan to its predecessor and back-dates it', async () => {
    const [drafted, ...rest] = await app.events.readStream(`plan-${first.plans['2015']}`);
    expect(drafted.data).toMatchObject({ code: 'TJ-DIASPORA-2015-2020', predecessorPlanId: first.plans['2011'], effectiveOn: '2014-10-01' });
    expect(rest.map((e) => e.type)).toContain('PlanAdopted');
    const old = await app.events.readStream(`plan-${first.plans['2011']}`);
    expect(old[old.length - 1]).toMatchObject({ type: 'PlanClosed', data: { closedOn: '2014-12-31' } });
  });

  it('moves the technical meeting’s and the roundtable’s recommendations through review', async () => {
    const types = async (key: string) => (await app.events.readStream(`recommendation-${first.recommendations[key]}`)).map((e) => e.type);
    expect(await types('tm-information-point')).toEqual([
      'RecommendationSubmitted',
      'RecommendationScheduledForReview',
      'RecommendationAccepted',
      'RecommendationLinkedToActivity',
      'RecommendationImplemented',
    ]);
    expect(await types('tm-consular-registration')).toEqual([
      'RecommendationSubmitted',
      'RecommendationScheduledForReview',
      'RecommendationDeferred',
      'RecommendationScheduledForReview',
      'RecommendationAccepted',
      'RecommendationLinkedToActivity',
    ]);
    expect((await types('tm-guarantee-fund')).at(-1)).toBe('RecommendationRejected');
    expect((await types('rt-information-sessions')).at(-1)).toBe('RecommendationWithdrawn');
    expect((await types('rt-skills-register')).at(-1)).toBe('RecommendationScheduledForReview');
    expect(await types('tm-children-indicators')).toEqual(['RecommendationSubmitted']);
  });

  it('records the technical meeting and the roundtable of its four organisers, whose pages show what became of each recommendation', async () => {
    const minPosition = (await app.allEvents()).at(-1)!.position;
    const roundtable = (await app.http.get(`/meetings/${first.meetings['rt-2015-12-18']}`).query({ minPosition }).expect(200)).body;
    expect(roundtable).toMatchObject({ kind: 'roundtable', heldOn: '2015-12-18', recorded: true, title: 'International Migrants Day roundtable, 18 December 2015' });
    expect(roundtable.organizers.map((o: { acronym: string }) => o.acronym)).toEqual(['MoLMPE', 'IOM', 'UN Women', 'MS']);
    const byId = Object.fromEntries(roundtable.recommendations.map((r: { id: string }) => [r.id, r]));
    expect(byId[first.recommendations['rt-women-orientation']]).toMatchObject({
      proposedByOrganizationIds: [first.organizations.unwomen, first.organizations.iom],
      status: 'implemented',
      outcome: { outcome: 'accepted', decisionNumber: 'IMC-2016/01' },
      linkedActivities: [{ code: '4.2' }],
    });
    expect(byId[first.recommendations['rt-information-sessions']]).toMatchObject({ status: 'withdrawn', outcome: null });
    const technical = (await app.http.get(`/meetings/${first.meetings['tm-2015-11-18']}`).expect(200)).body;
    expect(technical).toMatchObject({ kind: 'technical_meeting', heldOn: '2015-11-18', documents: [{ title: 'Minutes of the technical meeting' }] });
    expect(technical.recommendations).toHaveLength(4);
    const read = (await app.http.get(`/recommendations/${first.recommendations['tm-guarantee-fund']}`).expect(200)).body;
    expect(read).toMatchObject({ meetingId: first.meetings['tm-2015-11-18'], meeting: { kind: 'technical_meeting', heldOn: '2015-11-18' } });
  });

  it('records as the seed actor, with business dates between 2010 and 2020', async () => {
    // The bootstrap admin user's stream (written by the API's start, not by the seed) aside.
    const events = (await app.allEvents()).filter((e) => !e.stream.startsWith('user-'));
    expect(new Set(events.map((e) => (e.metadata.actor as { id: string }).id))).toEqual(new Set(['seed']));
    expect(events.every((e) => e.metadata.role === 'system' && e.metadata.organizationId === null)).toBe(true);
    // Code reservations are not business facts: they carry no business date.
    const dates = events.filter((e) => !e.stream.startsWith('code_reservation-')).map((e) => (e.data as { effectiveOn: string }).effectiveOn).sort();
    expect(dates[0] >= '2010-01-01').toBe(true);
    expect(dates[dates.length - 1] <= '2020-12-31').toBe(true);
  });

  it('projects into the read models: an activity in Dousti and Kulob reads back in progress and overdue', async () => {
    const id = first.activities['2015/2.1.2'];
    const response = await app.http.get(`/activities/${id}`).query({ minPosition: (await app.allEvents()).at(-1)!.position });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ code: '2.1.2', status: 'in_progress', percentComplete: 85, overdue: true, leadAgencyId: first.organizations.acted });
    expect(response.body.funding).toEqual([{ donorId: first.organizations.eu, currency: 'EUR', committed: '900000.00', disbursed: '800000.00' }]);
  });

  it('gives a few activities their Russian and Tajik titles: the draft law reads in the language asked for', async () => {
    const id = first.activities['2015/1.1'];
    const response = await app.http.get(`/activities/${id}`).query({ minPosition: (await app.allEvents()).at(-1)!.position, lang: 'tg' });
    expect(response.body).toMatchObject({ title: 'Лоиҳаи қонун дар бораи диаспора', titles: { en: 'Draft law on the diaspora', ru: 'Проект закона о диаспоре' } });
  });

  it('records the results framework: the ACTED communities by country rolling up to objective 2.1, the situational analysis by sex and age', async () => {
    const minPosition = (await app.allEvents()).at(-1)!.position;
    const table = (await app.http.get(`/plans/${first.plans['2015']}/indicators`).query({ minPosition })).body;
    expect(table.dimensions.map((d: { code: string }) => d.code)).toEqual(['sex', 'age', 'country', 'migrant_status']);
    const row = (activityId: string | null, name: string) => table.indicators.find((r: { activityId: string | null; name: string }) => r.activityId === activityId && r.name === name);
    const acted = row(first.activities['2015/2.1.2'], 'Communities reached');
    expect(acted.periods.at(-1)).toMatchObject({
      period: '2019',
      target: 500,
      actual: 500,
      disaggregations: [{ dimension: 'country', category: 'TJ', actual: 380 }, { dimension: 'country', category: 'KG', actual: 120 }],
    });
    // 2.1.2 and 2.1.4 added up per year: 2017 300 + 12, 2018 440 + 20, 2019 500 (2.1.4 had ended).
    const objective = row(null, 'Communities reached by remittance investment');
    expect(objective.periods.map((p: { period: string; target: number; actual: number }) => [p.period, p.target, p.actual])).toEqual([
      ['2016', 120, 120],
      ['2017', 300, 312],
      ['2018', 450, 460],
      ['2019', 520, 500],
    ]);
    const analysis = row(first.activities['2015/4.6'], 'Women and children left behind interviewed');
    expect(analysis.latest).toEqual({ periodEnd: '2016-05-31', actual: 1240, percentOfTarget: 103.3 });
    expect(analysis.periods.at(-1).disaggregations).toEqual([
      { dimension: 'sex', category: 'female', actual: 960 },
      { dimension: 'sex', category: 'male', actual: 280 },
      { dimension: 'age', category: 'child', actual: 540 },
      { dimension: 'age', category: 'adult', actual: 700 },
      { dimension: 'migrant_status', category: 'left_behind', actual: 1150 },
    ]);
  });
});
