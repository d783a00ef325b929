import type { ActivityView } from '../activities/activity-view.js';
import type { DecisionView } from '../decisions/decision-view.js';
import type { PlanView } from '../plans/plan-view.js';
import type { RecommendationView } from '../recommendations/recommendation-view.js';
import { buildSessionPack, type SessionPackInput } from './session-pack.js';
import type { SessionView } from './session-view.js';

const session = (id: string, number: string, heldOn: string | null, scheduledOn = heldOn ?? '2017-06-22'): SessionView => ({
  id, number, scheduledOn, heldOn, status: heldOn ? 'held' : 'scheduled', agenda: ['Progress'], agendaTitles: [{ en: 'Progress', tg: 'Пешрафт' }], attendeeOrganizationIds: [], minutesRef: null, revision: 0,
});
const activity = (id: string, objectiveId: string, over: Partial<ActivityView>): ActivityView => ({
  id, planId: 'p', objectiveId, code: id, title: id, titles: { en: id }, description: null, status: 'planned', percentComplete: 0, latestReportPeriodEnd: null, leadAgencyId: 'ms',
  partnerAgencyIds: [], plannedStart: '2016-01-01', plannedEnd: '2020-12-31', startedOn: null, completedOn: null, locations: [], tags: { sdg: [], gcm: [] }, budget: null, revision: 0,
  indicators: [], funding: [], progressReports: [], ...over,
});
const decision = (id: string, dueDate: string | null, status: DecisionView['status'] = 'open'): DecisionView => ({
  id, sessionId: 's0', number: id, title: id, titles: { en: id, ru: `${id} ru` }, text: '', kind: 'request_report', status, decidedOn: '2016-06-16', responsibleAgencyIds: ['ms', 'unknown'],
  dueDate, relatedActivityIds: [], relatedRecommendationIds: [], followUps: [], implementedOn: null, revokedReason: null, revision: 0,
});
const plan = { id: 'p', code: 'TJ-PLAN', objectives: [{ objectiveId: 'o1', code: '1', title: 'One', titles: { en: 'One', tg: 'Як' }, parentObjectiveId: null }, { objectiveId: 'o2', code: '2', title: 'Two', titles: { en: 'Two' }, parentObjectiveId: null }] } as unknown as PlanView;

function input(over: Partial<SessionPackInput> = {}): SessionPackInput {
  const then = [activity('a1', 'o1', { status: 'in_progress', startedOn: '2016-03-01', funding: [{ donorId: 'eu', currency: 'EUR', committed: '100.00', disbursed: '40.00' }] }), activity('a3', 'o2', {})];
  return {
    session: session('s2', '2016/2', '2016-12-15'),
    previous: session('s1', '2016/1', '2016-06-16'),
    asOf: '2016-12-15',
    language: 'tg',
    recommendations: [],
    decisions: [],
    plans: [plan],
    activitiesThen: new Map(then.map((a) => [a.id, a])),
    activitiesNow: [
      activity('a1', 'o1', { status: 'completed', startedOn: '2016-03-01', completedOn: '2016-11-30', funding: [{ donorId: 'eu', currency: 'EUR', committed: '150.00', disbursed: '90.50' }] }),
      activity('a2', 'o1', { status: 'in_progress', startedOn: '2016-09-01', plannedEnd: '2016-10-31', funding: [{ donorId: 'iom', currency: 'USD', committed: '20.00', disbursed: '0' }] }),
      activity('a3', 'o2', { status: 'cancelled' }),
    ],
    organizationNames: new Map([['ms', 'MS'], ['iom', 'IOM'], ['eu', 'EU'], ['unwomen', 'UN Women']]),
    meetings: new Map([['m1', { kind: 'roundtable', titles: { en: 'Roundtable', tg: 'Мизи мудаввар' }, heldOn: '2015-12-18' }]]),
    ...over,
  };
}

describe('the session pack (pure)', () => {
  it('counts, per objective, what started, completed and was cancelled between the sessions, and what is delayed on the date', () => {
    expect(buildSessionPack(input()).progress).toEqual([
      { plan: 'TJ-PLAN', objectiveCode: '1', objective: 'Як', started: 1, completed: 1, delayed: 1, cancelled: 0 },
      { plan: 'TJ-PLAN', objectiveCode: '2', objective: 'Two', started: 0, completed: 0, delayed: 0, cancelled: 1 },
    ]);
  });

  it('gives funding committed and disbursed since the previous session, per currency', () => {
    expect(buildSessionPack(input()).funding).toEqual([
      { currency: 'EUR', committed: '50.00', disbursed: '50.50' },
      { currency: 'USD', committed: '20.00', disbursed: '0.00' },
    ]);
  });

  it('with no previous session, counts everything up to the date', () => {
    const pack = buildSessionPack(input({ previous: null, activitiesThen: new Map() }));
    expect(pack.previousSession).toBeNull();
    expect(pack.progress[0]).toMatchObject({ started: 2, completed: 1 });
    expect(pack.funding[0]).toEqual({ currency: 'EUR', committed: '150.00', disbursed: '90.50' });
  });

  it('lists open decisions due within 30 days of the date or overdue, soonest first, in the language asked for when stored', () => {
    const pack = buildSessionPack(input({ language: 'ru', decisions: [decision('late', '2016-12-01'), decision('soon', '2017-01-14'), decision('later', '2017-01-15'), decision('done', '2016-11-01', 'implemented'), decision('open-ended', null)] }));
    expect(pack.decisions.map((d) => [d.number, d.title, d.overdue, d.responsible])).toEqual([
      ['late', 'late ru', true, ['MS', 'unknown']],
      ['soon', 'soon ru', false, ['MS', 'unknown']],
    ]);
  });

  it('lists only the recommendations scheduled for this session, with its meeting, proposers and addressees by name; the agenda in the language asked for', () => {
    const recommendation = (id: string, sessionId: string) =>
      ({ id, texts: { en: `${id} text` }, meetingId: 'm1', source: null, madeOn: '2015-12-18', proposedByOrganizationIds: ['iom', 'unwomen'], proposedByOrganizationId: 'iom', targetAgencyIds: ['ms'], status: 'scheduled_for_review', schedules: [{ sessionId, on: '2016-12-01' }] }) as unknown as RecommendationView;
    const pack = buildSessionPack(input({ recommendations: [recommendation('r1', 's2'), recommendation('r2', 's1')] }));
    expect(pack.recommendations).toEqual([{ id: 'r1', text: 'r1 text', source: { kind: 'roundtable', title: 'Мизи мудаввар', heldOn: '2015-12-18' }, proposer: 'IOM, UN Women', targetAgencies: ['MS'], status: 'scheduled_for_review' }]);
    expect(pack.session.agenda).toEqual(['Пешрафт']);
  });
});
