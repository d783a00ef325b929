import { compareActivities, DEFAULT_ORDER, orderBySql, type ActivityOrder } from './activity-order.js';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { activityStream, locationMatches, placeFilter, type PlaceFilter } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { pageOf } from '../shared/folded-list.js';
import { viewsAsOf } from '../shared/views-as-of.js';
import { activityProjection } from './activity.projection.js';
import { Conditions, readPage, type Page, type Paging } from '../shared/paging.js';
import { matchesSearch, whereSearch } from '../shared/search.js';
import { foldVisible, isTimeTravel, judgedOn, todayUtc, type TimeTravel } from '../shared/time-travel.js';
import { activitySearchText, evolveActivityView, isOverdue, type ActivityView } from './activity-view.js';
import { readActivityViews } from './activity-reports.js';
import type { PendingReportView } from './activity-pending-view.js';

export type ActivityDetails = Omit<ActivityView, 'latestReportPeriodEnd' | 'indicators'> & {
  overdue: boolean;
  asOf: string;
  indicators: Omit<ActivityView['indicators'][number], 'latestPeriodEnd'>[];
};

@Injectable()
export class ActivityQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /**
   * The current view comes from the read model; a view "as of" a date or "as known at" a moment is
   * folded from the activity's own events with the same pure evolve, so both always agree.
   */
  async get(id: string, travel: TimeTravel = {}): Promise<ActivityDetails | undefined> {
    const onDate = judgedOn(travel);
    let view: ActivityView | null;
    if (isTimeTravel(travel)) {
      view = foldVisible(await this.events.readStream(activityStream(id)), travel, evolveActivityView);
    } else {
      view = (await readActivityViews(this.db, 'WHERE id = $1', [id]))[0] ?? null;
    }
    return view ? present(view, onDate) : undefined;
  }

  /**
   * Filtered, paged, in a stable order (code, or the order asked for, then id); overdue judged on today. With asOf/knownAt,
   * every activity (of the plan, when one is asked for: an activity never changes plan) is folded
   * from its events and filtered alike, overdue judged on the dashboard's date.
   */
  async list(filters: ActivityFilters, paging: Paging, travel: TimeTravel = {}, order: ActivityOrder = DEFAULT_ORDER): Promise<Page<ActivityDetails>> {
    if (isTimeTravel(travel)) return this.travelledList(filters, paging, travel, order);
    const today = todayUtc();
    const where = activityConditions(filters, today);
    const orderBy = orderBySql(order);
    const page = await readPage(this.db, 'activity_view', where, paging, (query, limit) =>
      // The page's reports only: the rows before it, which OFFSET skips, are not given theirs.
      readActivityViews({ query }, orderBy, where.params, `(SELECT * FROM activity_view ${where.where} ${orderBy} ${limit})`),
    );
    return { ...page, items: page.items.map((view) => present(view, today)) };
  }

  /**
   * Reports under approval across activities, oldest step first: the secretariat's review queue
   * (stage=submitted) and an agency's work (draft, returned, reopened). Read from the current views.
   */
  async pendingReports(filters: PendingReportFilters): Promise<PendingReportItem[]> {
    const where = new Conditions();
    where.raw("jsonb_array_length(COALESCE(view->'pendingReports', '[]'::jsonb)) > 0");
    if (filters.planId) where.add((p) => `plan_id = ${p}`, filters.planId);
    if (filters.agencyId) where.add((p) => `${p} = ANY(agency_ids)`, filters.agencyId);
    const rows: { view: ActivityView }[] = await this.db.query(`SELECT view FROM activity_view ${where.where}`, where.params);
    return rows
      .flatMap(({ view }) => (view.pendingReports ?? []).map((r) => ({ activityId: view.id, planId: view.planId, code: view.code, title: view.title, titles: view.titles, leadAgencyId: view.leadAgencyId, ...r })))
      .filter((r) => !filters.stage || r.stage === filters.stage)
      .sort((a, b) => a.since.localeCompare(b.since) || a.code.localeCompare(b.code) || a.periodEnd.localeCompare(b.periodEnd));
  }

  private async travelledList(filters: ActivityFilters, paging: Paging, travel: TimeTravel, order: ActivityOrder): Promise<Page<ActivityDetails>> {
    const onDate = judgedOn(travel);
    const candidates: { id: string }[] = filters.planId
      ? await this.db.query('SELECT id FROM activity_view WHERE plan_id = $1', [filters.planId])
      : await this.db.query('SELECT id FROM activity_view');
    const views = await viewsAsOf(this.db, this.events, activityProjection.spec, candidates.map((c) => c.id), travel);
    const place = placeFilter(filters);
    const items = views.filter((v) => matchesActivity(v, filters, onDate, place)).sort(compareActivities(order));
    return pageOf(items.map((v) => present(v, onDate)), paging);
  }
}

export interface PendingReportFilters {
  planId?: string;
  agencyId?: string;
  stage?: PendingReportView['stage'];
}

export type PendingReportItem = PendingReportView & Pick<ActivityView, 'planId' | 'code' | 'title' | 'titles' | 'leadAgencyId'> & { activityId: string };

export interface ActivityFilters {
  planId?: string;
  status?: string;
  agencyId?: string;
  /** A location's country, area (name or ISO 3166-2 code) and district; together, one location must match all three. */
  country?: string;
  province?: string;
  district?: string;
  donorId?: string;
  overdue?: boolean;
  /** Exactly this code. */
  code?: string;
  /** Code or title, accent- and case-insensitive. */
  q?: string;
}

/** locationMatches in SQL: one of the activity's locations has every part the filter (a JSON PlaceFilter) names. */
const PLACE_MATCHES = (filter: string) =>
  `EXISTS (SELECT 1 FROM jsonb_array_elements(locations) AS l, jsonb_to_record(${filter}::jsonb) AS f(country text, "areaCode" text, province text, district text)
    WHERE (f.country IS NULL OR l->>'country' = f.country) AND (f."areaCode" IS NULL OR l->>'areaCode' = f."areaCode")
      AND (f.province IS NULL OR l->>'province' = f.province) AND (f.district IS NULL OR l->>'district' = f.district))`;

const OPEN = "('planned', 'in_progress', 'suspended')";

export function activityConditions(filters: ActivityFilters, onDate: string): Conditions {
  const where = new Conditions();
  if (filters.planId) where.add((p) => `plan_id = ${p}`, filters.planId);
  if (filters.status) where.add((p) => `status = ${p}`, filters.status);
  if (filters.agencyId) where.add((p) => `agency_ids @> ARRAY[${p}::uuid]`, filters.agencyId);
  const place = placeFilter(filters);
  if (place) where.add((p) => PLACE_MATCHES(p), JSON.stringify(place));
  if (filters.donorId) where.add((p) => `donor_ids @> ARRAY[${p}::uuid]`, filters.donorId);
  if (filters.code) where.add((p) => `code = ${p}`, filters.code);
  whereSearch(where, filters.q);
  if (filters.overdue !== undefined) {
    where.add((p) => (filters.overdue ? `(status IN ${OPEN} AND planned_end < ${p}::date)` : `NOT (status IN ${OPEN} AND planned_end < ${p}::date)`), onDate);
  }
  return where;
}

/** The same filters as activityConditions, on a view folded in memory (time travel). */
export function matchesActivity(view: ActivityView, filters: ActivityFilters, onDate: string, place: PlaceFilter | undefined = placeFilter(filters)): boolean {
  return (
    (!filters.planId || view.planId === filters.planId) &&
    (!filters.status || view.status === filters.status) &&
    (!filters.agencyId || view.leadAgencyId === filters.agencyId || view.partnerAgencyIds.includes(filters.agencyId)) &&
    (!place || view.locations.some((l) => locationMatches(l, place))) &&
    (!filters.donorId || view.funding.some((f) => f.donorId === filters.donorId)) &&
    (!filters.code || view.code === filters.code) &&
    (!filters.q || matchesSearch(activitySearchText(view), filters.q)) &&
    (filters.overdue === undefined || isOverdue(view, onDate) === filters.overdue)
  );
}

export function present(view: ActivityView, onDate: string): ActivityDetails {
  const { latestReportPeriodEnd: _ignored, indicators, ...rest } = view;
  return {
    ...rest,
    pendingReports: view.pendingReports ?? [],
    overdue: isOverdue(view, onDate),
    asOf: onDate,
    indicators: indicators.map(({ latestPeriodEnd: _p, ...indicator }) => indicator),
  };
}
