import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Conditions, type Page, type Paging } from '../shared/paging.js';
import { todayUtc } from '../shared/time-travel.js';
import { isDecisionOverdue, type DecisionView } from './decision-view.js';

export interface DecisionFilters {
  status?: string;
  overdue?: boolean;
  sessionId?: string;
}

/** The decision tracker: what the commission decided, who must act, by when, and what is late. */
@Injectable()
export class DecisionQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(filters: DecisionFilters, paging: Paging): Promise<Page<DecisionView & { overdue: boolean }>> {
    const today = todayUtc();
    const where = new Conditions();
    if (filters.status) where.add((p) => `status = ${p}`, filters.status);
    if (filters.sessionId) where.add((p) => `session_id = ${p}::uuid`, filters.sessionId);
    if (filters.overdue !== undefined) {
      where.add((p) => (filters.overdue ? `(status = 'open' AND due_date < ${p}::date)` : `NOT (status = 'open' AND due_date IS NOT NULL AND due_date < ${p}::date)`), today);
    }
    const [rows, count] = await Promise.all([
      this.db.query(`SELECT view FROM decision_view ${where.where} ORDER BY number, id ${where.limit(paging)}`, where.params) as Promise<{ view: DecisionView }[]>,
      this.db.query(`SELECT count(*)::int AS total FROM decision_view ${where.where}`, where.params) as Promise<{ total: number }[]>,
    ]);
    return { items: rows.map((r) => ({ ...r.view, overdue: isDecisionOverdue(r.view, today) })), page: paging.page, pageSize: paging.pageSize, total: count[0].total };
  }
}
