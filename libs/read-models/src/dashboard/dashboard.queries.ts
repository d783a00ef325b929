import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STREAM_PREFIX } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { evolveActivityView, type ActivityView } from '../activities/activity-view.js';
import { evolveDecisionView, type DecisionView } from '../decisions/decision-view.js';
import { evolvePlanView, type PlanView } from '../plans/plan-view.js';
import { evolveRecommendationView, type RecommendationView } from '../recommendations/recommendation-view.js';
import { foldVisible, isTimeTravel, todayUtc, type TimeTravel } from '../shared/time-travel.js';
import { computeDashboard, type Dashboard } from './dashboard.js';

const FOLD_CONCURRENCY = 16;

@Injectable()
export class DashboardQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /**
   * Live: from the read models. With asOf/knownAt: every view involved is folded from its own events,
   * filtered by the two clocks, with the same evolve functions, then aggregated by the same code.
   */
  async get(planId: string, travel: TimeTravel = {}): Promise<Dashboard | undefined> {
    const onDate = travel.asOf ?? todayUtc();
    const planRows: { view: PlanView }[] = await this.db.query('SELECT view FROM plan_view WHERE id = $1', [planId]);
    if (planRows.length === 0) return undefined;
    const activityRows: { view: ActivityView }[] = await this.db.query('SELECT view FROM activity_view WHERE plan_id = $1 ORDER BY code, id', [planId]);
    const activityIds = activityRows.map((r) => r.view.id);
    const recommendationRows: { view: RecommendationView }[] = await this.db.query(
      'SELECT view FROM recommendation_view WHERE plan_id = $1 OR linked_activity_ids && $2::uuid[] ORDER BY id',
      [planId, activityIds],
    );
    const recommendationIds = recommendationRows.map((r) => r.view.id);
    const decisionRows: { view: DecisionView }[] = await this.db.query(
      'SELECT view FROM decision_view WHERE related_activity_ids && $1::uuid[] OR related_recommendation_ids && $2::uuid[] ORDER BY id',
      [activityIds, recommendationIds],
    );
    const names = await this.organizationNames();

    if (!isTimeTravel(travel)) {
      return computeDashboard({
        plan: planRows[0].view,
        activities: activityRows.map((r) => r.view),
        decisions: decisionRows.map((r) => r.view),
        recommendations: recommendationRows.map((r) => r.view),
        organizationNames: names,
        onDate,
      });
    }
    const plan = foldVisible(await this.events.readStream(STREAM_PREFIX.plan + planId), travel, evolvePlanView);
    if (!plan) return undefined;
    const [activities, decisions, recommendations] = await Promise.all([
      this.foldAll(STREAM_PREFIX.activity, activityIds, travel, evolveActivityView),
      this.foldAll(STREAM_PREFIX.decision, decisionRows.map((r) => r.view.id), travel, evolveDecisionView),
      this.foldAll(STREAM_PREFIX.recommendation, recommendationIds, travel, evolveRecommendationView),
    ]);
    return computeDashboard({ plan, activities, decisions, recommendations, organizationNames: names, onDate });
  }

  private async foldAll<View, Event>(prefix: string, ids: string[], travel: TimeTravel, evolve: (v: View | null, e: Event, r: number) => View | null): Promise<View[]> {
    const out: View[] = [];
    for (let i = 0; i < ids.length; i += FOLD_CONCURRENCY) {
      const views = await Promise.all(ids.slice(i, i + FOLD_CONCURRENCY).map(async (id) => foldVisible(await this.events.readStream(prefix + id), travel, evolve)));
      out.push(...views.filter((v): v is Awaited<View> => v !== null));
    }
    return out;
  }

  private async organizationNames(): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.db.query("SELECT id, view->>'name' AS name FROM organization_view");
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
