import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STREAM_PREFIX, type TitleLanguage } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import type { ActivityView } from '../activities/activity-view.js';
import { readActivityViews } from '../activities/activity-reports.js';
import { activityProjection } from '../activities/activity.projection.js';
import { evolvePlanView, type PlanView } from '../plans/plan-view.js';
import { foldStreams } from '../shared/folded-list.js';
import { viewsAsOf } from '../shared/views-as-of.js';
import { isTimeTravel, judgedOn, type TimeTravel } from '../shared/time-travel.js';
import { reportingStatus, type ReportingStatus } from './reporting-status.js';

/** A plan's reporting status, live from the read models, or as of a date / as known at a moment from the events. */
@Injectable()
export class ReportingQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async get(planId: string, travel: TimeTravel = {}, language?: TitleLanguage): Promise<ReportingStatus | undefined> {
    const [row] = (await this.db.query('SELECT view FROM plan_view WHERE id = $1', [planId])) as { view: PlanView }[];
    if (!row) return undefined;
    const names = new Map(((await this.db.query("SELECT id, view->>'acronym' AS acronym FROM organization_view")) as { id: string; acronym: string }[]).map((o) => [o.id, o.acronym]));
    const asOf = judgedOn(travel);
    if (!isTimeTravel(travel)) {
      const activities = await readActivityViews(this.db, 'WHERE plan_id = $1', [planId]);
      return reportingStatus(row.view, activities, asOf, names, language);
    }
    const [plan] = await foldStreams<PlanView, never>(this.events, STREAM_PREFIX.plan, [planId], travel, evolvePlanView);
    if (!plan) return undefined;
    const ids = ((await this.db.query('SELECT id FROM activity_view WHERE plan_id = $1', [planId])) as { id: string }[]).map((r) => r.id);
    return reportingStatus(plan, await viewsAsOf<ActivityView, never>(this.db, this.events, activityProjection.spec, ids, travel), asOf, names, language);
  }
}
