import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { STREAM_PREFIX, type OrganizationEvent } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { readInOneSnapshot } from '#platform';
import { activityProjection } from '../activities/activity.projection.js';
import { decisionProjection } from '../decisions/decision-view.js';
import { evolveOrganizationView, organizationProjection, type OrganizationView } from '../organizations/organization-view.js';
import { foldStreamsById } from '../shared/folded-list.js';
import { evolvePlanView, type PlanView } from '../plans/plan-view.js';
import { recommendationProjection } from '../recommendations/recommendation-view.js';
import { foldVisible, isTimeTravel, judgedOn, type TimeTravel } from '../shared/time-travel.js';
import { readModelsVersion } from '../projector/checkpoints.js';
import { viewsAsOf, type FoldedSource, type KeptRows, type RecordScope, type ViewsAsOfOptions } from '../shared/views-as-of.js';
import { computeDashboard, linkedToPlan, type Dashboard } from './dashboard.js';
import { DASHBOARD_ACTIVITY_ROW } from './dashboard-activity-row.js';
import { dashboardFromSql, DECISION_IN_PLAN, RECOMMENDATION_IN_PLAN } from './dashboard.sql.js';

/** Answers kept; a few kilobytes each. */
const CACHE_ENTRIES = 256;
/** Activity rows kept for time travel, about a kilobyte each. */
const KEPT_ROWS = 12_000;
/** Connections a live dashboard's statements share (nine statements, on two cores at the time of writing). */
const STATEMENTS_AT_ONCE = 4;

@Injectable()
export class DashboardQueries {
  /**
   * Time-travel answers by (plan, asOf, knownAt, event-store head, read-models version): any new
   * event, or the projections catching up on one, makes a new key, so an answer is never stale. The
   * cache also folds once for concurrent equal requests (lru-cache's fetch shares the pending fold).
   */
  private readonly travelled = new LRUCache<string, { dashboard?: Dashboard }, { planId: string; travel: TimeTravel }>({
    max: CACHE_ENTRIES,
    fetchMethod: async (_key, _stale, { context }) => ({ dashboard: await this.fold(context.planId, context.travel) }),
  });

  /**
   * Live answers by (plan, the date overdue is judged on, read-models version): the version changes
   * with every batch the projector applies, so a kept answer is never older than the read models.
   */
  private readonly live = new LRUCache<string, { dashboard?: Dashboard }, { planId: string; onDate: string }>({
    max: CACHE_ENTRIES,
    fetchMethod: async (_key, _stale, { context }) => ({ dashboard: await this.fromReadModels(context.planId, context.onDate) }),
  });

  /**
   * The plan's activity rows, read and parsed once while the activities' projection has not moved
   * (views-as-of.ts keys them by its checkpoint): a person moving through time on one plan. At most
   * this many rows, a few plans' worth.
   */
  private readonly keptRows: KeptRows = new LRUCache({ maxSize: KEPT_ROWS, sizeCalculation: (rows) => Math.max(1, rows.length) });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /**
   * Live: from the read models. With asOf/knownAt: every view involved as it was then (its row where all
   * of it was known and effective by then, else folded from its own events, filtered by the two clocks,
   * with the same evolve functions), then aggregated by the same code.
   */
  async get(planId: string, travel: TimeTravel = {}): Promise<Dashboard | undefined> {
    if (!isTimeTravel(travel)) {
      // The version is read first: the answer computed after it is at least as new as its key.
      const onDate = judgedOn(travel);
      const key = JSON.stringify([planId, onDate, await readModelsVersion(this.db)]);
      return (await this.live.fetch(key, { context: { planId, onDate } }))?.dashboard;
    }
    if ((await this.db.query('SELECT 1 FROM plan_view WHERE id = $1', [planId])).length === 0) return undefined;
    const [head, version] = await Promise.all([this.events.headPosition(), readModelsVersion(this.db)]);
    const key = JSON.stringify([planId, travel.asOf ?? null, travel.knownAt?.toISOString() ?? null, head, version]);
    return (await this.travelled.fetch(key, { context: { planId, travel } }))?.dashboard;
  }

  /** Every section from one committed state of the read models, however many batches land meanwhile. */
  private fromReadModels(planId: string, onDate: string): Promise<Dashboard | undefined> {
    return readInOneSnapshot(this.db, STATEMENTS_AT_ONCE, async (query) => {
      const planRows = await query<{ view: PlanView }[]>('SELECT view FROM plan_view WHERE id = $1', [planId]);
      return planRows.length === 0 ? undefined : dashboardFromSql({ query }, planRows[0].view, onDate);
    });
  }

  private async fold(planId: string, travel: TimeTravel): Promise<Dashboard | undefined> {
    // Candidates from the read models by today's links (links only grow, so today's are a superset of
    // those then); their state then; which of them belonged to the plan then, from that state.
    const [recommendationIds, decisionIds, planEvents] = await Promise.all([
      this.ids(`SELECT r.id FROM recommendation_view r WHERE ${RECOMMENDATION_IN_PLAN}`, planId),
      this.ids(`SELECT d.id FROM decision_view d WHERE ${DECISION_IN_PLAN}`, planId),
      this.events.readStream(STREAM_PREFIX.plan + planId),
    ]);
    const plan = foldVisible(planEvents, travel, evolvePlanView);
    if (!plan) return undefined;
    const [activities, decisions, recommendations] = await Promise.all([
      this.asOf(activityProjection.spec, { column: 'plan_id', equals: planId }, travel, { shape: DASHBOARD_ACTIVITY_ROW, asOfVersions: true, keptRows: this.keptRows }),
      this.asOf(decisionProjection.spec, decisionIds, travel),
      this.asOf(recommendationProjection.spec, recommendationIds, travel),
    ]);
    const named = new Set(activities.flatMap((a) => [a.leadAgencyId, ...a.partnerAgencyIds, ...a.funding.map((f) => f.donorId)]));
    const names = await this.organizationNames([...named], travel);
    return computeDashboard({ plan, ...linkedToPlan(planId, activities, decisions, recommendations), organizationNames: names, onDate: judgedOn(travel) });
  }

  private async ids(sql: string, planId: string): Promise<string[]> {
    return (await this.db.query(sql, [planId])).map((r: { id: string }) => r.id);
  }

  private asOf<View, Event>(source: FoldedSource<View, Event>, records: string[] | RecordScope, travel: TimeTravel, options?: ViewsAsOfOptions<View>): Promise<View[]> {
    return viewsAsOf(this.db, this.events, source, records, travel, options);
  }

  /**
   * Each organisation's name as it was then, like every other figure of a travelled dashboard: by knownAt,
   * the name the system showed at that moment (a correction after it not yet); by asOf, the name in force
   * on that date (a rename effective later not yet). One registered after asOf (the default date of a
   * registration is the day it was entered, often after the plan's years) is named as registered, with
   * what else had taken effect by asOf.
   */
  private async organizationNames(ids: string[], travel: TimeTravel): Promise<Map<string, string>> {
    const names = new Map((await this.asOf(organizationProjection.spec, ids, travel)).map((o) => [o.id, o.name]));
    const later = ids.filter((id) => !names.has(id));
    if (later.length > 0 && travel.asOf !== undefined) {
      const asOf = travel.asOf;
      const registeredThen = (view: OrganizationView | null, event: OrganizationEvent, revision: number) =>
        event.type !== 'OrganizationRegistered' && ((event.data as { effectiveOn?: string }).effectiveOn ?? '') > asOf ? view : evolveOrganizationView(view, event, revision);
      const folded = await foldStreamsById(this.events, STREAM_PREFIX.organization, later, { knownAt: travel.knownAt }, registeredThen);
      for (const [id, o] of folded) names.set(id, o.name);
    }
    return names;
  }
}
