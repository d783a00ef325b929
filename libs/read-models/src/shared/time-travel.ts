import { upcastRecorded } from '#domain';
import type { RecordedEvent } from '#event-store';

/** `asOf`: business date (events effective on or before it). `knownAt`: what was recorded by then. */
export interface TimeTravel {
  asOf?: string;
  knownAt?: Date;
}

export function isVisibleAt(event: RecordedEvent, { asOf, knownAt }: TimeTravel): boolean {
  if (knownAt) {
    const recordedAt = (event.metadata as { recordedAt?: string }).recordedAt;
    if (!recordedAt || new Date(recordedAt) > knownAt) return false;
  }
  if (asOf) {
    const effectiveOn = (event.data as { effectiveOn?: string }).effectiveOn;
    if (effectiveOn && effectiveOn > asOf) return false;
  }
  return true;
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * The date overdue is judged on: `asOf` when given; else, with `knownAt`, that moment's date (UTC), as
 * the system judged it then; else today.
 */
export function judgedOn({ asOf, knownAt }: TimeTravel, now = new Date()): string {
  return asOf ?? todayUtc(knownAt ?? now);
}

/** Folds a stream's events that are visible under `travel`, in this release's shape, with a view's pure evolve. */
export function foldVisible<View, Event>(
  events: RecordedEvent[],
  travel: TimeTravel,
  evolve: (view: View | null, event: Event, revision: number) => View | null,
): View | null {
  return events
    .map(upcastRecorded)
    .filter((e) => isVisibleAt(e, travel)).reduce<View | null>((view, e) => evolve(view, e as unknown as Event, e.revision), null);
}

export function isTimeTravel(travel: TimeTravel): boolean {
  return travel.asOf !== undefined || travel.knownAt !== undefined;
}
