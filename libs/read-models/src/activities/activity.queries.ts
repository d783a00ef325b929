import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { activityStream, type ActivityEvent } from '#domain';
import { EVENT_STORE, type EventStore } from '#event-store';
import { isVisibleAt, todayUtc, type TimeTravel } from '../shared/time-travel.js';
import { evolveActivityView, isOverdue, type ActivityView } from './activity-view.js';

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
    const onDate = travel.asOf ?? todayUtc();
    let view: ActivityView | null;
    if (travel.asOf || travel.knownAt) {
      const recorded = await this.events.readStream(activityStream(id));
      view = recorded
        .filter((e) => isVisibleAt(e, travel))
        .reduce<ActivityView | null>((v, e) => evolveActivityView(v, e as unknown as ActivityEvent, e.revision), null);
    } else {
      const rows: { view: ActivityView }[] = await this.db.query('SELECT view FROM activity_view WHERE id = $1', [id]);
      view = rows[0]?.view ?? null;
    }
    return view ? present(view, onDate) : undefined;
  }
}

export function present(view: ActivityView, onDate: string): ActivityDetails {
  const { latestReportPeriodEnd: _ignored, indicators, ...rest } = view;
  return {
    ...rest,
    overdue: isOverdue(view, onDate),
    asOf: onDate,
    indicators: indicators.map(({ latestPeriodEnd: _p, ...indicator }) => indicator),
  };
}
