import type { SnapshotQuery } from '#platform';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { STREAM_PREFIX, type MeetingKind, type RecommendationSource, type Titles } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { byKeyThenId, foldStreamsById, pageOf } from '../shared/folded-list.js';
import { viewsAsOf } from '../shared/views-as-of.js';
import { Conditions, readPage, type Page, type Paging } from '../shared/paging.js';
import { evolveMeetingView, type MeetingView } from '../meetings/meeting-view.js';
import { matchesSearch, searchPatterns, searchText } from '../shared/search.js';
import { isTimeTravel, type TimeTravel } from '../shared/time-travel.js';
import { recommendationProjection, recommendationSearchText, type RecommendationView } from './recommendation-view.js';

export interface RecommendationFilters {
  status?: string;
  /** The kind of meeting it came from: technical_meeting, roundtable, workshop, evaluation, other. */
  source?: string;
  meetingId?: string;
  planId?: string;
  /** Its text or the meeting's title, accent- and case-insensitive. */
  q?: string;
}

/** A recommendation as read: its meeting's kind, title and date beside its own fields. */
export type RecommendationRead = RecommendationView & {
  source: RecommendationSource;
  meeting: { id: string; kind: MeetingKind; title: string; titles: Titles; heldOn: string; recorded: boolean } | null;
};

/** Its meeting's kind (as it stands now), for the `source` filter. */
const MEETING_OF_KIND = (p: string) => `meeting_id IN (SELECT id FROM meeting_view WHERE kind = ${p})`;

/** The recommendation pipeline: from the meeting that made it to its review and implementation. */
@Injectable()
export class RecommendationQueries {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  /** Live from the read model; with asOf/knownAt, folded from each one's events and filtered alike. */
  async list(filters: RecommendationFilters, paging: Paging, travel: TimeTravel = {}): Promise<Page<RecommendationRead>> {
    if (isTimeTravel(travel)) return this.travelledList(filters, paging, travel);
    const where = new Conditions();
    if (filters.status) where.add((p) => `status = ${p}`, filters.status);
    if (filters.source) where.add(MEETING_OF_KIND, filters.source);
    if (filters.meetingId) where.add((p) => `meeting_id = ${p}::uuid`, filters.meetingId);
    if (filters.planId) where.add((p) => `plan_id = ${p}::uuid`, filters.planId);
    // Each word in its text, or in its meeting's titles.
    for (const pattern of filters.q ? searchPatterns(filters.q) : []) {
      where.add((p) => `(search LIKE ${p} OR meeting_id IN (SELECT id FROM meeting_view WHERE search LIKE ${p}))`, pattern);
    }
    return readPage(this.db, 'recommendation_view', where, paging, async (query, limit) => {
      const rows = await query<{ view: RecommendationView }[]>(`SELECT view FROM recommendation_view ${where.where} ORDER BY view->>'madeOn', id ${limit}`, where.params);
      return this.withMeetings(rows.map((r) => r.view), query);
    });
  }

  /** One recommendation with its review history (schedules and reviews). */
  async get(id: string): Promise<RecommendationRead | undefined> {
    const rows: { view: RecommendationView }[] = await this.db.query('SELECT view FROM recommendation_view WHERE id = $1', [id]);
    return rows[0] && (await this.withMeetings([rows[0].view]))[0];
  }

  /** The recommendations made at a meeting (see MeetingRecommendations in the application). */
  async recommendationIdsOf(meetingId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.db.query('SELECT id FROM recommendation_view WHERE meeting_id = $1', [meetingId]);
    return rows.map((r) => r.id);
  }

  /**
   * Each view with its meeting's kind, title and date; `source` filled from the meeting where it was not typed inline.
   * With `travel`, each recorded meeting as it was then (folded from its stream under the same clocks: a
   * correction of its title after knownAt not yet); a meeting known only from an old recommendation never changes.
   */
  private async withMeetings(views: RecommendationView[], query: SnapshotQuery = (text, values) => this.db.query(text, values), travel?: TimeTravel): Promise<RecommendationRead[]> {
    const ids = [...new Set(views.map((v) => v.meetingId))];
    const rows = ids.length ? await query<{ view: MeetingView }[]>('SELECT view FROM meeting_view WHERE id = ANY($1::uuid[])', [ids]) : [];
    const meetings = new Map(rows.map(({ view: m }) => [m.id, m]));
    const recorded = rows.filter(({ view: m }) => m.recorded).map(({ view: m }) => m.id);
    if (travel && recorded.length > 0) {
      for (const [id, m] of await foldStreamsById(this.events, STREAM_PREFIX.meeting, recorded, travel, evolveMeetingView)) meetings.set(id, m);
    }
    return views.map((v) => {
      const m = meetings.get(v.meetingId);
      const meeting = m ? { id: m.id, kind: m.kind, title: m.title, titles: m.titles, heldOn: m.heldOn, recorded: m.recorded } : null;
      const source = v.source ?? (m ? { kind: m.kind, title: m.title, heldOn: m.heldOn } : { kind: 'other' as const, title: '', heldOn: v.madeOn });
      return { ...v, source, meeting };
    });
  }

  private async travelledList(filters: RecommendationFilters, paging: Paging, travel: TimeTravel): Promise<Page<RecommendationRead>> {
    // Its plan and meeting are fixed at submission, so they narrow the candidates in SQL.
    const where = new Conditions();
    if (filters.source) where.add(MEETING_OF_KIND, filters.source);
    if (filters.meetingId) where.add((p) => `meeting_id = ${p}::uuid`, filters.meetingId);
    if (filters.planId) where.add((p) => `plan_id = ${p}::uuid`, filters.planId);
    const candidates: { id: string }[] = await this.db.query(`SELECT id FROM recommendation_view ${where.where}`, where.params);
    const views = await viewsAsOf(this.db, this.events, recommendationProjection.spec, candidates.map((c) => c.id), travel);
    const read = await this.withMeetings(views, undefined, travel);
    const items = read
      .filter((r) => (!filters.status || r.status === filters.status) && (!filters.q || matchesSearch(`${recommendationSearchText(r)}\n${searchText(...Object.values(r.meeting?.titles ?? {}))}`, filters.q)))
      .sort(byKeyThenId((r) => r.madeOn));
    return pageOf(items, paging);
  }
}
