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
  /** Due on or after this date (YYYY-MM-DD). */
  dueFrom?: string;
  /** Due on or before this date (YYYY-MM-DD). */
  dueTo?: string;
  /** Naming this agency responsible. */
  responsibleAgencyId?: string;
}

export const DECISION_SORTS = ['number', 'dueDate'] as const;
/** A sort of DECISION_SORTS, descending when preceded by -; undated decisions come last either way. */
export type DecisionSort = (typeof DECISION_SORTS)[number] | `-${(typeof DECISION_SORTS)[number]}`;

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
  async list(filters: DecisionFilters, paging: Paging, travel: TimeTravel = {}, sort: DecisionSort = 'number'): Promise<Page<DecisionDetails>> {
    if (isTimeTravel(travel)) return this.travelledList(filters, paging, travel, sort);
    const today = todayUtc();
    const where = new Conditions();
    if (filters.status) where.add((p) => `status = ${p}`, filters.status);
    if (filters.sessionId) where.add((p) => `session_id = ${p}::uuid`, filters.sessionId);
    if (filters.responsibleAgencyId) where.add((p) => `responsible_agency_ids @> ARRAY[${p}::uuid]`, filters.responsibleAgencyId);
    if (filters.dueFrom) where.add((p) => `due_date >= ${p}::date`, filters.dueFrom);
    if (filters.dueTo) where.add((p) => `due_date <= ${p}::date`, filters.dueTo);
    whereSearch(where, filters.q);
    if (filters.overdue !== undefined) {
      where.add((p) => (filters.overdue ? `(status = 'open' AND due_date < ${p}::date)` : `NOT (status = 'open' AND due_date IS NOT NULL AND due_date < ${p}::date)`), today);
    }
    const direction = sort.startsWith('-') ? 'DESC' : 'ASC';
    const order = sort.endsWith('dueDate') ? `due_date ${direction} NULLS LAST, number, id` : `number ${direction}, id ${direction}`;
    const page = await readPage(this.db, 'decision_view', where, paging, (query, limit) =>
      query<{ view: DecisionView }[]>(`SELECT view FROM decision_view ${where.where} ORDER BY ${order} ${limit}`, where.params),
    );
    return { ...page, items: page.items.map((r) => ({ ...r.view, overdue: isDecisionOverdue(r.view, today) })) };
  }

  /** One decision with its follow-ups; overdue judged today. */
  async get(id: string): Promise<DecisionDetails | undefined> {
    const rows: { view: DecisionView }[] = await this.db.query('SELECT view FROM decision_view WHERE id = $1', [id]);
    return rows[0] && { ...rows[0].view, overdue: isDecisionOverdue(rows[0].view, todayUtc()) };
  }

  private async travelledList(filters: DecisionFilters, paging: Paging, travel: TimeTravel, sort: DecisionSort): Promise<Page<DecisionDetails>> {
    const onDate = judgedOn(travel);
    const candidates: { id: string }[] = filters.sessionId
      ? await this.db.query('SELECT id FROM decision_view WHERE session_id = $1', [filters.sessionId])
      : await this.db.query('SELECT id FROM decision_view');
    const views = await viewsAsOf(this.db, this.events, decisionProjection.spec, candidates.map((c) => c.id), travel);
    const items = views
      .map((view) => ({ ...view, overdue: isDecisionOverdue(view, onDate) }))
      .filter((d) => (!filters.status || d.status === filters.status) && (filters.overdue === undefined || d.overdue === filters.overdue))
      .filter((d) => !filters.q || matchesSearch(decisionSearchText(d), filters.q))
      .filter((d) => matchesDue(d, filters) && (!filters.responsibleAgencyId || d.responsibleAgencyIds.includes(filters.responsibleAgencyId)))
      .sort(decisionOrder(sort));
    return pageOf(items, paging);
  }
}

function matchesDue({ dueDate }: DecisionView, { dueFrom, dueTo }: DecisionFilters): boolean {
  if (!dueFrom && !dueTo) return true;
  return !!dueDate && (!dueFrom || dueDate >= dueFrom) && (!dueTo || dueDate <= dueTo);
}

/** The live list's ORDER BY, for decisions folded in memory: undated last, then number, then id. */
function decisionOrder(sort: DecisionSort): (a: DecisionView, b: DecisionView) => number {
  const byNumber = byKeyThenId<DecisionView>((d) => d.number);
  const descending = sort.startsWith('-') ? -1 : 1;
  if (!sort.endsWith('dueDate')) return (a, b) => descending * byNumber(a, b);
  return (a, b) => {
    if (a.dueDate === b.dueDate) return byNumber(a, b);
    if (!a.dueDate || !b.dueDate) return a.dueDate ? -1 : 1;
    return descending * (a.dueDate < b.dueDate ? -1 : 1);
  };
}
