import type { RecordedEvent } from '#event-store';

/** The business date of an event with none: it is in force on every date. Sorts before any ISO date. */
export const BEFORE_EVERY_DATE = '-infinity';

/**
 * A record as it stands on every business date from `from` until the next version's: the fold, in
 * stream order, of its events effective on or before that date (what `asOf` asks for, by what is known
 * now). A record has one version per distinct `effectiveOn` among its events.
 */
export interface AsOfVersion<View> {
  from: string;
  view: View | null;
}

export type Evolve<View, Event> = (view: View | null, event: Event, revision: number) => View | null;

export function effectiveDateOf(event: RecordedEvent): string {
  const effectiveOn = (event.data as { effectiveOn?: unknown } | null)?.effectiveOn;
  return typeof effectiveOn === 'string' ? effectiveOn : BEFORE_EVERY_DATE;
}

/**
 * The versions after one more event, which comes after every event folded so far. It is in force from
 * its date on, and last in stream order: the version in force on its date is split there (when no
 * version starts on it), and it is folded into that one and every later one; the earlier ones stay.
 * Returns the index of the first version it changed. `versions` is changed in place, ordered by `from`.
 */
export function addToVersions<View, Event>(versions: AsOfVersion<View>[], event: RecordedEvent, evolve: Evolve<View, Event>): number {
  const date = effectiveDateOf(event);
  let first = versions.length;
  while (first > 0 && versions[first - 1].from > date) first--;
  // `first` is now the number of versions starting on or before the date.
  if (first === 0 || versions[first - 1].from < date) versions.splice(first, 0, { from: date, view: first === 0 ? null : versions[first - 1].view });
  else first--;
  for (let i = first; i < versions.length; i++) versions[i].view = evolve(versions[i].view, event as unknown as Event, event.revision);
  return first;
}

/** A record's versions from its whole stream, in order; the dates before its first event have none. */
export function versionsOf<View, Event>(events: readonly RecordedEvent[], evolve: Evolve<View, Event>): AsOfVersion<View>[] {
  const versions: AsOfVersion<View>[] = [];
  for (const event of events) addToVersions(versions, event, evolve);
  return versions;
}
