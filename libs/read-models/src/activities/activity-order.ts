import type { ActivityView } from './activity-view.js';

/** The orders an activity list may be asked for; `-` before one means descending. */
export const ACTIVITY_SORTS = ['code', 'title', 'status', 'percentComplete', 'plannedEnd'] as const;
export type ActivitySortKey = (typeof ACTIVITY_SORTS)[number];
export interface ActivityOrder {
  by: ActivitySortKey;
  descending: boolean;
}

export const DEFAULT_ORDER: ActivityOrder = { by: 'code', descending: false };

/** `-percentComplete` → { by: percentComplete, descending }; undefined for anything else. */
export function parseActivitySort(text: string): ActivityOrder | undefined {
  const by = text.replace(/^-/, '');
  return (ACTIVITY_SORTS as readonly string[]).includes(by) ? { by: by as ActivitySortKey, descending: text.startsWith('-') } : undefined;
}

const COLUMN: Record<ActivitySortKey, string> = { code: 'code', title: "view->>'title'", status: 'status', percentComplete: 'percent_complete', plannedEnd: 'planned_end' };

/** ORDER BY of the live list: the key, then code and id so pages never overlap. */
export function orderBySql(order: ActivityOrder): string {
  const direction = order.descending ? 'DESC' : 'ASC';
  return `ORDER BY ${COLUMN[order.by]} ${direction}, code ${direction}, id`;
}

const KEY: Record<ActivitySortKey, (v: ActivityView) => string | number> = {
  code: (v) => v.code,
  title: (v) => v.title,
  status: (v) => v.status,
  percentComplete: (v) => v.percentComplete,
  plannedEnd: (v) => v.plannedEnd,
};

/** The same order for a list folded in memory (time travel). */
export function compareActivities(order: ActivityOrder): (a: ActivityView, b: ActivityView) => number {
  const sign = order.descending ? -1 : 1;
  const compare = (x: string | number, y: string | number) => (x < y ? -1 : x > y ? 1 : 0);
  return (a, b) => sign * (compare(KEY[order.by](a), KEY[order.by](b)) || compare(a.code, b.code)) || compare(a.id, b.id);
}
