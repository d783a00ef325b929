import { addAmounts, subtractAmounts, titleIn, type TitleLanguage } from '#domain';
import { isOverdue, type ActivityView } from '../activities/activity-view.js';
import type { DecisionView } from '../decisions/decision-view.js';
import type { MeetingView } from '../meetings/meeting-view.js';
import type { PlanView } from '../plans/plan-view.js';
import type { RecommendationView } from '../recommendations/recommendation-view.js';
import { sessionDate, type SessionView } from './session-view.js';

/** Open decisions due within this many days after the pack's date are "due"; before it, "overdue". */
export const DUE_WITHIN_DAYS = 30;

export interface SessionPackInput {
  session: SessionView;
  previous: SessionView | null;
  /** The date the figures are judged on: the session's date, or today while it is still ahead. */
  asOf: string;
  language: TitleLanguage;
  recommendations: RecommendationView[];
  decisions: DecisionView[];
  plans: PlanView[];
  /** Each activity of those plans as it stood on the previous session's date (absent: not planned yet). */
  activitiesThen: Map<string, ActivityView>;
  /** … and on `asOf`. */
  activitiesNow: ActivityView[];
  organizationNames: Map<string, string>;
  /** The meetings the recommendations were made at, by id. */
  meetings: Map<string, Pick<MeetingView, 'kind' | 'titles' | 'heldOn'>>;
}

export interface SessionPack {
  session: { id: string; number: string; date: string; status: string; minutesRef: string | null; agenda: string[] };
  previousSession: { id: string; number: string; date: string } | null;
  asOf: string;
  recommendations: { id: string; text: string; source: { kind: string; title: string; heldOn: string }; proposer: string; targetAgencies: string[]; status: string }[];
  decisions: { id: string; number: string; title: string; dueDate: string; overdue: boolean; responsible: string[]; followUps: { on: string; note: string }[] }[];
  progress: { plan: string; objectiveCode: string; objective: string; started: number; completed: number; delayed: number; cancelled: number }[];
  funding: { currency: string; committed: string; disbursed: string }[];
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** An event dated after the previous session (or at all, when there was none) and by the pack's date. */
const since = (date: string | null, from: string | null, asOf: string) => date !== null && (from === null || date > from) && date <= asOf;

/** What changed for one objective between the two sessions. */
function objectiveProgress(activities: ActivityView[], then: Map<string, ActivityView>, from: string | null, asOf: string) {
  return {
    started: activities.filter((a) => since(a.startedOn, from, asOf)).length,
    completed: activities.filter((a) => since(a.completedOn, from, asOf)).length,
    delayed: activities.filter((a) => isOverdue(a, asOf)).length,
    cancelled: activities.filter((a) => a.status === 'cancelled' && then.get(a.id)?.status !== 'cancelled').length,
  };
}

/** Committed and disbursed per currency now, less what they were at the previous session. */
function fundingSince(now: ActivityView[], then: Map<string, ActivityView>) {
  const totals = new Map<string, { committed: string; disbursed: string }>();
  const add = (activity: ActivityView | undefined, sign: 1 | -1) => {
    for (const line of activity?.funding ?? []) {
      const total = totals.get(line.currency) ?? { committed: '0', disbursed: '0' };
      const apply = sign === 1 ? addAmounts : subtractAmounts;
      totals.set(line.currency, { committed: apply(total.committed, line.committed), disbursed: apply(total.disbursed, line.disbursed) });
    }
  };
  for (const activity of now) {
    add(activity, 1);
    add(then.get(activity.id), -1);
  }
  return [...totals.entries()].map(([currency, t]) => ({ currency, ...t })).sort((a, b) => a.currency.localeCompare(b.currency));
}

/** Pure: the commission's pack for a session, from the records as they stood (see SessionPackQueries). */
export function buildSessionPack(input: SessionPackInput): SessionPack {
  const { session, previous, asOf, language, organizationNames } = input;
  const name = (id: string) => organizationNames.get(id) ?? id;
  const from = previous ? sessionDate(previous) : null;
  const dueBy = addDays(asOf, DUE_WITHIN_DAYS);
  const objectives = input.plans.flatMap((plan) => plan.objectives.map((o) => ({ plan, objective: o })));
  return {
    session: { id: session.id, number: session.number, date: sessionDate(session), status: session.status, minutesRef: session.minutesRef, agenda: session.agendaTitles.map((t) => titleIn(t, language)) },
    previousSession: previous ? { id: previous.id, number: previous.number, date: sessionDate(previous) } : null,
    asOf,
    recommendations: input.recommendations
      .filter((r) => r.schedules.some((s) => s.sessionId === session.id))
      .map((r) => {
        const meeting = input.meetings.get(r.meetingId);
        const source = meeting ? { kind: meeting.kind, title: titleIn(meeting.titles, language), heldOn: meeting.heldOn } : (r.source ?? { kind: 'other', title: '', heldOn: r.madeOn });
        const proposers = r.proposedByOrganizationIds ?? [r.proposedByOrganizationId];
        return { id: r.id, text: titleIn(r.texts, language), source, proposer: proposers.map(name).join(', '), targetAgencies: r.targetAgencyIds.map(name), status: r.status };
      }),
    decisions: input.decisions
      .filter((d) => d.status === 'open' && d.dueDate !== null && d.dueDate <= dueBy)
      .sort((a, b) => a.dueDate!.localeCompare(b.dueDate!))
      .map((d) => ({ id: d.id, number: d.number, title: titleIn(d.titles, language), dueDate: d.dueDate!, overdue: d.dueDate! < asOf, responsible: d.responsibleAgencyIds.map(name), followUps: d.followUps })),
    progress: objectives
      .map(({ plan, objective }) => ({
        plan: plan.code,
        objectiveCode: objective.code,
        objective: titleIn(objective.titles, language),
        ...objectiveProgress(input.activitiesNow.filter((a) => a.objectiveId === objective.objectiveId), input.activitiesThen, from, asOf),
      })),
    funding: fundingSince(input.activitiesNow, input.activitiesThen),
  };
}
