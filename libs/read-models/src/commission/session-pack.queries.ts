import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STREAM_PREFIX, type TitleLanguage } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { evolveActivityView, type ActivityView } from '../activities/activity-view.js';
import { evolveDecisionView, type DecisionView } from '../decisions/decision-view.js';
import type { MeetingView } from '../meetings/meeting-view.js';
import type { PlanView } from '../plans/plan-view.js';
import { evolveRecommendationView, type RecommendationView } from '../recommendations/recommendation-view.js';
import { foldStreams } from '../shared/folded-list.js';
import { buildSessionPack, type SessionPack } from './session-pack.js';
import { sessionDate, type SessionView } from './session-view.js';

/**
 * Gathers a session's pack: the records as they stood on the session's date (today while it is ahead),
 * by business date, folded from their events as time travel does; the activities also as they stood on
 * the previous session's date, to say what changed between the two.
 */
@Injectable()
export class SessionPackQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async get(sessionId: string, language: TitleLanguage, today: string): Promise<SessionPack | undefined> {
    const [row] = (await this.db.query('SELECT view FROM commission_session_view WHERE id = $1', [sessionId])) as { view: SessionView }[];
    if (!row) return undefined;
    const session = row.view;
    const date = sessionDate(session);
    const asOf = date < today ? date : today;
    const [previousRow] = (await this.db.query(
      'SELECT view FROM commission_session_view WHERE session_date < $1::date AND id <> $2 ORDER BY session_date DESC, number DESC LIMIT 1',
      [date, sessionId],
    )) as { view: SessionView }[];
    const previous = previousRow?.view ?? null;
    const plans = ((await this.db.query("SELECT view FROM plan_view WHERE (view->>'periodStart')::date <= $1::date AND (view->>'periodEnd')::date >= $1::date ORDER BY view->>'code'", [asOf])) as { view: PlanView }[]).map((r) => r.view);
    const ids = async (sql: string, params: unknown[]) => ((await this.db.query(sql, params)) as { id: string }[]).map((r) => r.id);
    const activityIds = await ids('SELECT id FROM activity_view WHERE plan_id = ANY($1::uuid[])', [plans.map((p) => p.id)]);
    const [activitiesNow, activitiesThen, decisions, recommendations, names] = await Promise.all([
      this.foldAll<ActivityView>(STREAM_PREFIX.activity, activityIds, asOf, evolveActivityView),
      previous ? this.foldAll<ActivityView>(STREAM_PREFIX.activity, activityIds, sessionDate(previous), evolveActivityView) : Promise.resolve([]),
      this.foldAll<DecisionView>(STREAM_PREFIX.decision, await ids("SELECT id FROM decision_view WHERE view->>'dueDate' IS NOT NULL", []), asOf, evolveDecisionView),
      this.foldAll<RecommendationView>(STREAM_PREFIX.recommendation, await ids('SELECT id FROM recommendation_view WHERE session_ids @> ARRAY[$1::uuid]', [sessionId]), asOf, evolveRecommendationView),
      this.db.query("SELECT id, view->>'acronym' AS acronym FROM organization_view") as Promise<{ id: string; acronym: string }[]>,
    ]);
    const meetingRows = (await this.db.query('SELECT view FROM meeting_view WHERE id = ANY($1::uuid[])', [recommendations.map((r) => r.meetingId)])) as { view: MeetingView }[];
    return buildSessionPack({
      meetings: new Map(meetingRows.map(({ view }) => [view.id, view])),
      session,
      previous,
      asOf,
      language,
      plans,
      activitiesNow,
      activitiesThen: new Map(activitiesThen.map((a) => [a.id, a])),
      decisions,
      recommendations,
      organizationNames: new Map(names.map((n) => [n.id, n.acronym])),
    });
  }

  private foldAll<View>(prefix: string, ids: string[], asOf: string, evolve: (view: View | null, event: never, revision: number) => View | null): Promise<View[]> {
    return foldStreams(this.events, prefix, ids, { asOf }, evolve);
  }
}
