import type { ActivityStatus } from '#domain';
import type { ActivityView } from '../activities/activity-view.js';

export const ACTIVITY_STATUSES: readonly ActivityStatus[] = ['planned', 'in_progress', 'completed', 'suspended', 'cancelled'];

export interface Tally {
  activities: number;
  overdue: number;
  percentComplete: number | null;
}

/**
 * The counts of one group of activities (an objective, an agency, a place), taken an activity at a
 * time: a time-travel dashboard groups thousands of activities six ways, and arrays per group, filtered
 * again per figure, were most of its computing and garbage.
 */
export class ActivityTally {
  activities = 0;
  overdue = 0;
  /** Activities this group's organisation leads (byAgency). */
  lead = 0;
  readonly byStatus: Record<string, number> = Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0]));
  /** Percent complete over activities not cancelled, summed in the order added (the mean's rounding depends on it). */
  private counted = 0;
  private percentSum = 0;

  add(activity: Pick<ActivityView, 'status' | 'percentComplete'>, overdue: boolean): void {
    this.activities++;
    if (overdue) this.overdue++;
    this.byStatus[activity.status] = (this.byStatus[activity.status] ?? 0) + 1;
    if (activity.status !== 'cancelled') {
      this.counted++;
      this.percentSum += activity.percentComplete;
    }
  }

  /** Mean percent complete over activities that are not cancelled, one decimal (null when there are none). */
  get percentComplete(): number | null {
    return this.counted === 0 ? null : Math.round((this.percentSum / this.counted) * 10) / 10;
  }

  tally(): Tally {
    return { activities: this.activities, overdue: this.overdue, percentComplete: this.percentComplete };
  }
}

/** Tallies by key; an activity counts once in a group however many of its keys name it. */
export class TalliesBy {
  readonly groups = new Map<string, ActivityTally>();

  add(keys: readonly string[], activity: Pick<ActivityView, 'status' | 'percentComplete'>, overdue: boolean): void {
    keys.forEach((key, i) => {
      if (keys.indexOf(key) !== i) return;
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = new ActivityTally()));
      group.add(activity, overdue);
    });
  }
}
