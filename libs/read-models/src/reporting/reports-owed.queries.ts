import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { titleIn, type TitleLanguage } from '#domain';
import { readInOneSnapshot } from '#platform';
import { readActivityViews } from '../activities/activity-reports.js';
import type { PlanView } from '../plans/plan-view.js';
import { todayUtc } from '../shared/time-travel.js';
import { reportsNotIn } from './reporting-status.js';

export interface ReportsOwedFilter {
  planId?: string;
  /** Lead or partner agency of the activity: the organisations its reminders go to. */
  agencyId?: string;
  /** Reports due by this date (today when absent): a later date looks ahead at what falls due soon. */
  dueBy?: string;
}

export interface ReportOwed {
  planId: string;
  planCode: string;
  activityId: string;
  code: string;
  title: string;
  leadAgencyId: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  /** Due before today and not in. */
  overdue: boolean;
}

/**
 * The progress reports due and not in across the plans with a reporting calendar, oldest due first: what an
 * agency owes wherever its activities are, and the secretariat's list of whom to chase. The plans and their
 * activities are read in one snapshot, so a report counted here is never one the plan's own status counts in.
 */
@Injectable()
export class ReportsOwedQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The reports owed, and the date they were judged due by. */
  async list(filter: ReportsOwedFilter, language?: TitleLanguage, now = new Date()): Promise<{ dueBy: string; items: ReportOwed[] }> {
    const today = todayUtc(now);
    const dueBy = filter.dueBy ?? today;
    return { dueBy, items: await this.read(filter.planId, filter.agencyId, today, dueBy, language) };
  }

  private read(planId: string | undefined, agencyId: string | undefined, today: string, dueBy: string, language?: TitleLanguage): Promise<ReportOwed[]> {
    return readInOneSnapshot(this.db, 1, async (query) => {
      const plans = (
        await query<{ view: PlanView }[]>("SELECT view FROM plan_view WHERE view ? 'reporting' AND ($1::uuid IS NULL OR id = $1)", [planId ?? null])
      ).map((r) => r.view);
      if (plans.length === 0) return [];
      const agency = agencyId ? ' AND agency_ids @> ARRAY[$2::uuid]' : '';
      const activities = await readActivityViews({ query }, `WHERE plan_id = ANY($1::uuid[]) AND status IN ('in_progress', 'completed')${agency}`, [
        plans.map((p) => p.id),
        ...(agencyId ? [agencyId] : []),
      ]);
      return plans
        .flatMap((plan) =>
          reportsNotIn(plan, activities, today, dueBy).map((r) => ({
            planId: plan.id,
            planCode: plan.code,
            activityId: r.activityId,
            code: r.code,
            title: titleIn(r.titles, language),
            leadAgencyId: r.leadAgencyId,
            periodStart: r.periodStart,
            periodEnd: r.periodEnd,
            dueOn: r.dueOn,
            overdue: r.dueOn < today,
          })),
        )
        .sort(
          (a, b) =>
            a.dueOn.localeCompare(b.dueOn) ||
            a.planCode.localeCompare(b.planCode) ||
            a.code.localeCompare(b.code) ||
            a.periodStart.localeCompare(b.periodStart),
        );
    });
  }
}
