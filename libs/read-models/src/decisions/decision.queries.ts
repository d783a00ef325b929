import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '#event-store';
import { byKeyThenId, pageOf } from '../shared/folded-list.js';
import { viewsAsOf } from '../shared/views-as-of.js';
import { Conditions, readPage, type Page, type Paging } from '../shared/paging.js';
import { matchesSearch, whereSearch } from '../shared/search.js';
import { isTimeTravel, judgedOn, todayUtc, type TimeTravel } from '../shared/time-travel.js';
import { decisionProjection, decisionSearchText, isDecisionOverdue, type DecisionView } from './decision-view.js';

export interface DecisionFilters {
  status?: string;
  overdue?: boolean;
  sessionId?: string;
  /** Number, title or text, accent- and case-insensitive. */
  q?: string;
}

export type DecisionDetails = DecisionView & { overdue: boolean };

/** The decision tracker: what the commission decided, who must act, by when, and what is late. */
@Injectable()
export class DecisionQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /**
   * Live from the read model, overdue judged today. With asOf/knownAt, each decision (of the session,
   * when one is asked for: that never changes) is folded from its events and filtered alike, overdue
   * judged on the dashboard's date.
   */
  async list(filters: DecisionFilters, paging: Paging, travel: TimeTravel = {}): Promise<Page<DecisionDetails>> {
    if (isTimeTravel(travel)) return this.travelledList(filters, paging, travel);
    const today = todayUtc();
    const where = new Conditions();
    if (filters.status) where.add((p) => `status = ${p}`, filters.status);
    if (filters.sessionId) where.add((p) => `session_id = ${p}::uuid`, filters.sessionId);
    whereSearch(where, filters.q);
    if (filters.overdue !== undefined) {
      where.add((p) => (filters.overdue ? `(status = 'open' AND due_date < ${p}::date)` : `NOT (status = 'open' AND due_date IS NOT NULL AND due_date < ${p}::date)`), today);
    }
    const page = await readPage(this.db, 'decision_view', where, paging, (query, limit) =>
      query<{ view: DecisionView }[]>(`SELECT view FROM decision_view ${where.where} ORDER BY number, id ${limit}`, where.params),
    );
    return { ...page, items: page.items.map((r) => ({ ...r.view, overdue: isDecisionOverdue(r.view, today) })) };
  }

  /** One decision with its follow-ups; overdue judged today. */
  async get(id: string): Promise<DecisionDetails | undefined> {
    const rows: { view: DecisionView }[] = await this.db.query('SELECT view FROM decision_view WHERE id = $1', [id]);
    return rows[0] && { ...rows[0].view, overdue: isDecisionOverdue(rows[0].view, todayUtc()) };
  }

  private async travelledList(filters: DecisionFilters, paging: Paging, travel: TimeTravel): Promise<Page<DecisionDetails>> {
    const onDate = judgedOn(travel);
    const candidates: { id: string }[] = filters.sessionId
      ? await this.db.query('SELECT id FROM decision_view WHERE session_id = $1', [filters.sessionId])
      : await this.db.query('SELECT id FROM decision_view');
    const views = await viewsAsOf(this.db, this.events, decisionProjection.spec, candidates.map((c) => c.id), travel);
    const items = views
      .map((view) => ({ ...view, overdue: isDecisionOverdue(view, onDate) }))
      .filter((d) => (!filters.status || d.status === filters.status) && (filters.overdue === undefined || d.overdue === filters.overdue))
      .filter((d) => !filters.q || matchesSearch(decisionSearchText(d), filters.q))
      .sort(byKeyThenId((d) => d.number));
    return pageOf(items, paging);
  }
}
