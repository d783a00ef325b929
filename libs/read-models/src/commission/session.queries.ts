import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { DecisionView } from '../decisions/decision-view.js';
import type { RecommendationView } from '../recommendations/recommendation-view.js';
import { Conditions, readPage, type Page, type Paging } from '../shared/paging.js';
import { whereSearch } from '../shared/search.js';
import type { SessionView } from './session-view.js';

export interface SessionFilters {
  status?: string;
  /** Held (else scheduled) on or after this date. */
  from?: string;
  /** Held (else scheduled) on or before this date. */
  to?: string;
  /** Number or an agenda item, accent- and case-insensitive. */
  q?: string;
}

export interface SessionDetails extends SessionView {
  attendees: { id: string; name: string | null; acronym: string | null }[];
  decisions: Pick<DecisionView, 'id' | 'number' | 'title' | 'titles' | 'kind' | 'status' | 'dueDate' | 'revision'>[];
  /** Every recommendation scheduled for this session, with what the session made of it and where it stands now. */
  recommendations: {
    id: string;
    text: string;
    texts: RecommendationView['texts'];
    /** accepted, rejected or deferred by this session; pending while it has not reviewed it. */
    outcome: 'accepted' | 'rejected' | 'deferred' | 'pending';
    decisionId: string | null;
    reason: string | null;
    status: RecommendationView['status'];
  }[];
}

@Injectable()
export class SessionQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Filtered, paged, in date order (held, else scheduled), then number and id. */
  async list(filters: SessionFilters, paging: Paging): Promise<Page<SessionView>> {
    const where = new Conditions();
    if (filters.status) where.add((p) => `status = ${p}`, filters.status);
    if (filters.from) where.add((p) => `session_date >= ${p}::date`, filters.from);
    if (filters.to) where.add((p) => `session_date <= ${p}::date`, filters.to);
    whereSearch(where, filters.q);
    const page = await readPage(this.db, 'commission_session_view', where, paging, (query, limit) =>
      query<{ view: SessionView }[]>(`SELECT view FROM commission_session_view ${where.where} ORDER BY session_date, number, id ${limit}`, where.params),
    );
    return { ...page, items: page.items.map((r) => r.view) };
  }

  async get(id: string): Promise<SessionDetails | undefined> {
    const rows: { view: SessionView }[] = await this.db.query('SELECT view FROM commission_session_view WHERE id = $1', [id]);
    const view = rows[0]?.view;
    if (!view) return undefined;
    const [attendees, decisions, recommendations] = await Promise.all([
      this.db.query(
        "SELECT id, view->>'name' AS name, view->>'acronym' AS acronym FROM organization_view WHERE id = ANY($1::uuid[])",
        [view.attendeeOrganizationIds],
      ) as Promise<{ id: string; name: string; acronym: string }[]>,
      this.db.query('SELECT view FROM decision_view WHERE session_id = $1 ORDER BY number, id', [id]) as Promise<{ view: DecisionView }[]>,
      this.db.query(`SELECT view FROM recommendation_view WHERE session_ids @> ARRAY[$1::uuid] ORDER BY view->>'madeOn', id`, [id]) as Promise<{ view: RecommendationView }[]>,
    ]);
    const names = new Map(attendees.map((a) => [a.id, a]));
    return {
      ...view,
      attendees: view.attendeeOrganizationIds.map((orgId) => ({ id: orgId, name: names.get(orgId)?.name ?? null, acronym: names.get(orgId)?.acronym ?? null })),
      decisions: decisions.map(({ view: d }) => ({ id: d.id, number: d.number, title: d.title, titles: d.titles, kind: d.kind, status: d.status, dueDate: d.dueDate, revision: d.revision })),
      recommendations: recommendations.map(({ view: r }) => {
        const review = r.reviews.find((x) => x.sessionId === id);
        return { id: r.id, text: r.text, texts: r.texts, outcome: review?.outcome ?? 'pending', decisionId: review?.decisionId ?? null, reason: review?.reason ?? null, status: r.status };
      }),
    };
  }
}
