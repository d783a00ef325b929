import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STREAM_PREFIX } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { ActivityView } from '../activities/activity-view.js';
import { readActivityViews } from '../activities/activity-reports.js';
import { activityProjection } from '../activities/activity.projection.js';
import { evolvePlanView, type PlanView } from '../plans/plan-view.js';
import { viewsAsOf } from '../shared/views-as-of.js';
import { foldVisible, isTimeTravel, judgedOn, type TimeTravel } from '../shared/time-travel.js';
import { computeIndicatorTable, type IndicatorTable, type IndicatorTableFilters } from './indicator-table.js';

export interface IndicatorTableOptions extends IndicatorTableFilters {
  /** A donor's table: activity indicators only of the activities it funds; objectives' (aggregates) in full. */
  donorId?: string;
}

@Injectable()
export class IndicatorTableQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /**
   * Live: from the plan's and its activities' views. With asOf/knownAt: those views folded from their
   * own events under both clocks (as the dashboard does), then the same table computed from them.
   */
  async get(planId: string, travel: TimeTravel = {}, options: IndicatorTableOptions = {}): Promise<IndicatorTable | undefined> {
    const views = isTimeTravel(travel) ? await this.fold(planId, travel) : await this.live(planId);
    if (!views) return undefined;
    const { donorId, ...filters } = options;
    const table = computeIndicatorTable(views.plan, views.activities, judgedOn(travel), filters);
    if (donorId === undefined) return table;
    const funded = new Set(views.activities.filter((a) => a.funding.some((f) => f.donorId === donorId)).map((a) => a.id));
    // Objective rows stay whole (aggregates, as on the dashboard) but name only the feeders the donor funds.
    const indicators = table.indicators
      .filter((r) => r.activityId === null || funded.has(r.activityId))
      .map((r) => ({ ...r, rolledUpFrom: r.rolledUpFrom.filter((f) => funded.has(f.activityId)) }));
    return { ...table, indicators };
  }

  private async live(planId: string): Promise<{ plan: PlanView; activities: ActivityView[] } | undefined> {
    const plans: { view: PlanView }[] = await this.db.query('SELECT view FROM plan_view WHERE id = $1', [planId]);
    if (plans.length === 0) return undefined;
    return { plan: plans[0].view, activities: await readActivityViews(this.db, 'WHERE plan_id = $1', [planId]) };
  }

  /** Today's activities of the plan are the candidates: an activity never leaves its plan. */
  private async fold(planId: string, travel: TimeTravel): Promise<{ plan: PlanView; activities: ActivityView[] } | undefined> {
    const plan = foldVisible(await this.events.readStream(STREAM_PREFIX.plan + planId), travel, evolvePlanView);
    if (!plan) return undefined;
    const ids: string[] = (await this.db.query('SELECT id FROM activity_view WHERE plan_id = $1', [planId])).map((r: { id: string }) => r.id);
    return { plan, activities: await viewsAsOf(this.db, this.events, activityProjection.spec, ids, travel) };
  }
}
