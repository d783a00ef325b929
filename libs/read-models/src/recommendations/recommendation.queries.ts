import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STREAM_PREFIX } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { byKeyThenId, foldStreams, pageOf } from '../shared/folded-list.js';
import { Conditions, type Page, type Paging } from '../shared/paging.js';
import { matchesSearch, whereSearch } from '../shared/search.js';
import { isTimeTravel, type TimeTravel } from '../shared/time-travel.js';
import { evolveRecommendationView, recommendationSearchText, type RecommendationView } from './recommendation-view.js';

export interface RecommendationFilters {
  status?: string;
  /** The kind of meeting it came from: technical_meeting, roundtable, workshop, evaluation, other. */
  source?: string;
  planId?: string;
  /** Its text or the meeting's title, accent- and case-insensitive. */
  q?: string;
}

/** The recommendation pipeline: from the meeting that made it to its review and implementation. */
@Injectable()
export class RecommendationQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** Live from the read model; with asOf/knownAt, folded from each one's events and filtered alike. */
  async list(filters: RecommendationFilters, paging: Paging, travel: TimeTravel = {}): Promise<Page<RecommendationView>> {
    if (isTimeTravel(travel)) return this.travelledList(filters, paging, travel);
    const where = new Conditions();
    if (filters.status) where.add((p) => `status = ${p}`, filters.status);
    if (filters.source) where.add((p) => `source_kind = ${p}`, filters.source);
    if (filters.planId) where.add((p) => `plan_id = ${p}::uuid`, filters.planId);
    whereSearch(where, filters.q);
    const [rows, count] = await Promise.all([
      this.db.query(`SELECT view FROM recommendation_view ${where.where} ORDER BY view->'source'->>'heldOn', id ${where.limit(paging)}`, where.params) as Promise<{ view: RecommendationView }[]>,
      this.db.query(`SELECT count(*)::int AS total FROM recommendation_view ${where.where}`, where.params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map((r) => r.view), page: paging.page, pageSize: paging.pageSize, total: count[0].total };
  }

  /** One recommendation with its review history (schedules and reviews). */
  async get(id: string): Promise<RecommendationView | undefined> {
    const rows: { view: RecommendationView }[] = await this.db.query('SELECT view FROM recommendation_view WHERE id = $1', [id]);
    return rows[0]?.view;
  }

  private async travelledList(filters: RecommendationFilters, paging: Paging, travel: TimeTravel): Promise<Page<RecommendationView>> {
    // Its plan and source are fixed at submission, so they narrow the candidates in SQL.
    const where = new Conditions();
    if (filters.source) where.add((p) => `source_kind = ${p}`, filters.source);
    if (filters.planId) where.add((p) => `plan_id = ${p}::uuid`, filters.planId);
    const candidates: { id: string }[] = await this.db.query(`SELECT id FROM recommendation_view ${where.where}`, where.params);
    const views = await foldStreams(this.events, STREAM_PREFIX.recommendation, candidates.map((c) => c.id), travel, evolveRecommendationView);
    const items = views
      .filter((r) => (!filters.status || r.status === filters.status) && (!filters.q || matchesSearch(recommendationSearchText(r), filters.q)))
      .sort(byKeyThenId((r) => r.source.heldOn));
    return pageOf(items, paging);
  }
}
