import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ActivityView } from '../activities/activity-view.js';
import type { DecisionView } from '../decisions/decision-view.js';
import type { RecommendationView } from '../recommendations/recommendation-view.js';
import { Conditions, readPage, type Page, type Paging } from '../shared/paging.js';
import { whereSearch } from '../shared/search.js';
import type { MeetingView } from './meeting-view.js';

export interface MeetingFilters {
  kind?: string;
  organizerId?: string;
  planId?: string;
  /** Held on or after this day. */
  from?: string;
  /** Held on or before this day. */
  to?: string;
  /** Its title in any language or its place, accent- and case-insensitive. */
  q?: string;
}

/** A recommendation made at the meeting and what became of it. */
export interface MeetingRecommendation {
  id: string;
  text: string;
  texts: RecommendationView['texts'];
  proposedByOrganizationIds: string[];
  status: RecommendationView['status'];
  /** The latest review: the decision that accepted, rejected or deferred it; null before any. */
  outcome: { outcome: 'accepted' | 'rejected' | 'deferred'; decisionId: string; decisionNumber: string | null; decisionTitle: string | null; sessionId: string; on: string; reason: string | null } | null;
  linkedActivities: { id: string; code: string | null; title: string | null }[];
  implementedOn: string | null;
}

export interface MeetingDetails extends MeetingView {
  organizers: { id: string; name: string | null; acronym: string | null }[];
  recommendations: MeetingRecommendation[];
}

@Injectable()
export class MeetingQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Filtered, paged, ordered by the day held then id. */
  async list(filters: MeetingFilters, paging: Paging): Promise<Page<MeetingView>> {
    const where = new Conditions();
    if (filters.kind) where.add((p) => `kind = ${p}`, filters.kind);
    if (filters.organizerId) where.add((p) => `organizer_ids @> ARRAY[${p}::uuid]`, filters.organizerId);
    if (filters.planId) where.add((p) => `plan_id = ${p}::uuid`, filters.planId);
    if (filters.from) where.add((p) => `held_on >= ${p}::date`, filters.from);
    if (filters.to) where.add((p) => `held_on <= ${p}::date`, filters.to);
    whereSearch(where, filters.q);
    const page = await readPage(this.db, 'meeting_view', where, paging, (query, limit) =>
      query<{ view: MeetingView }[]>(`SELECT view FROM meeting_view ${where.where} ORDER BY held_on, id ${limit}`, where.params),
    );
    return { ...page, items: page.items.map((r) => r.view) };
  }

  /** One meeting with its organisers named and its recommendations, each with its outcome and linked activities. */
  async get(id: string): Promise<MeetingDetails | undefined> {
    const rows: { view: MeetingView }[] = await this.db.query('SELECT view FROM meeting_view WHERE id = $1', [id]);
    const view = rows[0]?.view;
    if (!view) return undefined;
    const recommendations: { view: RecommendationView }[] = await this.db.query("SELECT view FROM recommendation_view WHERE meeting_id = $1 ORDER BY view->>'madeOn', id", [id]);
    const decisionIds = recommendations.flatMap(({ view: r }) => r.reviews.map((x) => x.decisionId));
    const activityIds = recommendations.flatMap(({ view: r }) => r.linkedActivityIds);
    const [organizers, decisions, activities] = await Promise.all([
      this.db.query("SELECT id, view->>'name' AS name, view->>'acronym' AS acronym FROM organization_view WHERE id = ANY($1::uuid[])", [view.organizerIds]) as Promise<{ id: string; name: string; acronym: string }[]>,
      this.db.query('SELECT view FROM decision_view WHERE id = ANY($1::uuid[])', [decisionIds]) as Promise<{ view: DecisionView }[]>,
      this.db.query('SELECT view FROM activity_view WHERE id = ANY($1::uuid[])', [activityIds]) as Promise<{ view: ActivityView }[]>,
    ]);
    const orgs = new Map(organizers.map((o) => [o.id, o]));
    const decisionsById = new Map(decisions.map(({ view: d }) => [d.id, d]));
    const activitiesById = new Map(activities.map(({ view: a }) => [a.id, a]));
    return {
      ...view,
      organizers: view.organizerIds.map((orgId) => ({ id: orgId, name: orgs.get(orgId)?.name ?? null, acronym: orgs.get(orgId)?.acronym ?? null })),
      recommendations: recommendations.map(({ view: r }) => {
        const last = r.reviews[r.reviews.length - 1];
        const decision = last && decisionsById.get(last.decisionId);
        return {
          id: r.id,
          text: r.text,
          texts: r.texts,
          proposedByOrganizationIds: r.proposedByOrganizationIds,
          status: r.status,
          outcome: last
            ? { outcome: last.outcome, decisionId: last.decisionId, decisionNumber: decision?.number ?? null, decisionTitle: decision?.title ?? null, sessionId: last.sessionId, on: last.on, reason: last.reason }
            : null,
          linkedActivities: r.linkedActivityIds.map((activityId) => ({ id: activityId, code: activitiesById.get(activityId)?.code ?? null, title: activitiesById.get(activityId)?.title ?? null })),
          implementedOn: r.implementedOn,
        };
      }),
    };
  }
}
