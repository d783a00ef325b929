import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { normalizeAmount, type ActivityStatus, type Titles } from '#domain';
import { readInOneSnapshot, type SnapshotQuery } from '#platform';
import { isOverdue, type FundingView } from '../activities/activity-view.js';
import type { Paging } from '../shared/paging.js';
import { todayUtc } from '../shared/time-travel.js';

/**
 * What one donor funds: totals per currency, the plans it funds in, and a page of its activities (by
 * plan, then code). Only its own commitments
 * and disbursements appear; other donors' amounts stay out.
 */
@Injectable()
export class PortfolioQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Totals, plans, count and page from one committed state: the totals are the sums of the rows the pages hold. */
  get(donorId: string, paging: Paging = { page: 1, pageSize: 50 }) {
    return readInOneSnapshot(this.db, 3, (query) => this.read(query, donorId, paging));
  }

  private async read(query: SnapshotQuery, donorId: string, paging: Paging) {
    const donor = await query<{ name: string; acronym: string }[]>("SELECT view->>'name' AS name, view->>'acronym' AS acronym FROM organization_view WHERE id = $1", [donorId]);
    if (donor.length === 0) return undefined;
    const today = todayUtc();
    const funded = 'FROM activity_view WHERE donor_ids @> ARRAY[$1::uuid]';
    const [totals, count, rows, plans] = await Promise.all([
      query(
        `SELECT f->>'currency' AS currency, sum((f->>'committed')::numeric)::text AS committed, sum((f->>'disbursed')::numeric)::text AS disbursed
         FROM activity_view, jsonb_array_elements(funding) AS f WHERE donor_ids @> ARRAY[$1::uuid] AND f->>'donorId' = $1::text GROUP BY 1 ORDER BY 1`,
        [donorId],
      ) as Promise<{ currency: string; committed: string; disbursed: string }[]>,
      query(`SELECT count(*)::int AS total ${funded}`, [donorId]) as Promise<{ total: number }[]>,
      query(
        `SELECT id, plan_id, code, view->>'title' AS title, view->'titles' AS titles, status, percent_complete::float AS percent_complete, planned_end::text AS planned_end, funding
         ${funded} ORDER BY (SELECT p.code FROM plan_view p WHERE p.id = plan_id), code, id LIMIT ${Number(paging.pageSize)} OFFSET ${(Number(paging.page) - 1) * Number(paging.pageSize)}`,
        [donorId],
      ) as Promise<{ id: string; plan_id: string; code: string; title: string; titles: Titles; status: ActivityStatus; percent_complete: number; planned_end: string; funding: FundingView[] }[]>,
      // Every plan the donor funds in, not only those on this page: its downloads are by plan.
      query(`SELECT p.id AS plan_id, p.code FROM plan_view p WHERE p.id IN (SELECT plan_id ${funded}) ORDER BY p.code, p.id`, [donorId]) as Promise<{ plan_id: string; code: string }[]>,
    ]);
    return {
      donorId,
      name: donor[0].name,
      acronym: donor[0].acronym,
      asOf: today,
      totals: totals.map((t) => ({ currency: t.currency, committed: normalizeAmount(t.committed), disbursed: normalizeAmount(t.disbursed) })),
      plans: plans.map((p) => ({ planId: p.plan_id, code: p.code })),
      activities: {
        items: rows.map((r) => ({
          id: r.id,
          planId: r.plan_id,
          code: r.code,
          title: r.title,
          titles: r.titles,
          status: r.status,
          percentComplete: r.percent_complete,
          overdue: isOverdue({ status: r.status, plannedEnd: r.planned_end }, today),
          plannedEnd: r.planned_end,
          funding: r.funding.filter((f) => f.donorId === donorId).map(({ currency, committed, disbursed }) => ({ currency, committed, disbursed })),
        })),
        page: paging.page,
        pageSize: paging.pageSize,
        total: count[0].total,
      },
    };
  }
}
