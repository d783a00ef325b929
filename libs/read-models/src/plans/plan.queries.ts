import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Conditions, readPage, type Page, type Paging } from '../shared/paging.js';
import { whereSearch } from '../shared/search.js';
import { objectiveTree, planRef, type PlanDetails } from './plan-details.js';
import type { PlanView } from './plan-view.js';

export interface PlanFilters {
  status?: string;
  /** Exactly this code. */
  code?: string;
  /** Code or a title in any language, accent- and case-insensitive. */
  q?: string;
}

@Injectable()
export class PlanQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Filtered, paged, ordered by code then id; each plan as stored, objectives flat. */
  async list(filters: PlanFilters, paging: Paging): Promise<Page<PlanView>> {
    const where = new Conditions();
    if (filters.status) where.add((p) => `status = ${p}`, filters.status);
    if (filters.code) where.add((p) => `code = ${p}`, filters.code);
    whereSearch(where, filters.q);
    const page = await readPage(this.db, 'plan_view', where, paging, (query, limit) =>
      query<{ view: PlanView }[]>(`SELECT view FROM plan_view ${where.where} ORDER BY code, id ${limit}`, where.params),
    );
    return { ...page, items: page.items.map((r) => r.view) };
  }

  /** The plan in full: adoption, revisions, predecessor and successors, the objective tree with activity counts. */
  async get(id: string): Promise<PlanDetails | undefined> {
    const rows: { view: PlanView }[] = await this.db.query('SELECT view FROM plan_view WHERE id = $1', [id]);
    const view = rows[0]?.view;
    if (!view) return undefined;
    const [predecessor, successors, counts] = await Promise.all([
      view.predecessorPlanId ? (this.db.query('SELECT view FROM plan_view WHERE id = $1', [view.predecessorPlanId]) as Promise<{ view: PlanView }[]>) : Promise.resolve([]),
      this.db.query('SELECT view FROM plan_view WHERE predecessor_plan_id = $1 ORDER BY code, id', [id]) as Promise<{ view: PlanView }[]>,
      this.db.query('SELECT objective_id, count(*)::int AS n FROM activity_view WHERE plan_id = $1 GROUP BY objective_id', [id]) as Promise<{ objective_id: string; n: number }[]>,
    ]);
    const { objectives, predecessorPlanId: _p, ...rest } = view;
    return {
      ...rest,
      predecessor: predecessor[0] ? planRef(predecessor[0].view) : null,
      successors: successors.map((r) => planRef(r.view)),
      objectives: objectiveTree(objectives, new Map(counts.map((c) => [c.objective_id, c.n]))),
    };
  }
}
