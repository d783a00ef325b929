import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Conditions, type Page, type Paging } from '../shared/paging.js';
import type { RecommendationView } from './recommendation-view.js';

export interface RecommendationFilters {
  status?: string;
  /** The kind of meeting it came from: technical_meeting, roundtable, workshop, evaluation, other. */
  source?: string;
  planId?: string;
}

/** The recommendation pipeline: from the meeting that made it to its review and implementation. */
@Injectable()
export class RecommendationQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filters: RecommendationFilters, paging: Paging): Promise<Page<RecommendationView>> {
    const where = new Conditions();
    if (filters.status) where.add((p) => `status = ${p}`, filters.status);
    if (filters.source) where.add((p) => `source_kind = ${p}`, filters.source);
    if (filters.planId) where.add((p) => `plan_id = ${p}::uuid`, filters.planId);
    const [rows, count] = await Promise.all([
      this.db.query(`SELECT view FROM recommendation_view ${where.where} ORDER BY view->'source'->>'heldOn', id ${where.limit(paging)}`, where.params) as Promise<{ view: RecommendationView }[]>,
      this.db.query(`SELECT count(*)::int AS total FROM recommendation_view ${where.where}`, where.params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map((r) => r.view), page: paging.page, pageSize: paging.pageSize, total: count[0].total };
  }
}
