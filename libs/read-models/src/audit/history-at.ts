import type { HistoryEntry } from './audit.queries.js';

/**
 * A history as it stood at the clocks a page is read at, by the rule the records' time travel follows
 * (isVisibleAt): with `knownAt`, what had been recorded by that moment; with `asOf`, what had taken
 * effect by that business date (an event without one is in effect at every date). Neither: all of it.
 */
export function historyAt(entries: HistoryEntry[], clocks: { asOf?: string; knownAt?: Date }): HistoryEntry[] {
  return entries.filter(
    (e) =>
      (clocks.knownAt === undefined || Date.parse(e.recordedAt) <= clocks.knownAt.getTime()) &&
      (clocks.asOf === undefined || e.effectiveOn === null || e.effectiveOn <= clocks.asOf),
  );
}
