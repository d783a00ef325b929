import type { EventStore } from '#event-store';
import type { Page, Paging } from './paging.js';
import { foldVisible, type TimeTravel } from './time-travel.js';

const FOLD_CONCURRENCY = 16;
/** Streams per read where the store reads many at once: a few hundred records' events in one answer. */
const STREAMS_PER_READ = 500;

/**
 * A list "as of" a date or "as known at" a moment: each candidate record folded from its own events
 * with the projection's evolve, under the two clocks. Candidates come from the read models by what
 * never changes (a record's plan, its session), so today's set holds every record of that time.
 */
export async function foldStreams<View, Event>(
  events: EventStore,
  prefix: string,
  ids: readonly string[],
  travel: TimeTravel,
  evolve: (view: View | null, event: Event, revision: number) => View | null,
): Promise<View[]> {
  const views = await foldStreamsById(events, prefix, ids, travel, evolve);
  return ids.flatMap((id) => (views.has(id) ? [views.get(id)!] : []));
}

/** foldStreams by record id; a record with nothing visible is absent. */
export async function foldStreamsById<View, Event>(
  events: EventStore,
  prefix: string,
  ids: readonly string[],
  travel: TimeTravel,
  evolve: (view: View | null, event: Event, revision: number) => View | null,
): Promise<Map<string, View>> {
  // Several hundred streams per read where the store offers it; otherwise one per call, a few at a time.
  const [perBatch, read] = events.readStreams
    ? [STREAMS_PER_READ, (streams: string[]) => events.readStreams!(streams)]
    : [FOLD_CONCURRENCY, async (streams: string[]) => new Map(await Promise.all(streams.map(async (s) => [s, await events.readStream(s)] as const)))];
  const out = new Map<string, View>();
  for (let i = 0; i < ids.length; i += perBatch) {
    const batch = ids.slice(i, i + perBatch);
    const streams = await read(batch.map((id) => prefix + id));
    for (const id of batch) {
      const view = foldVisible(streams.get(prefix + id) ?? [], travel, evolve);
      if (view !== null) out.set(id, view);
    }
  }
  return out;
}

/** One page of items already filtered and sorted in memory. */
export function pageOf<T>(items: readonly T[], paging: Paging): Page<T> {
  const start = (paging.page - 1) * paging.pageSize;
  return { items: items.slice(start, start + paging.pageSize), page: paging.page, pageSize: paging.pageSize, total: items.length };
}

/** The lists' stable order: by a key, then by id. */
export function byKeyThenId<T extends { id: string }>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => compareText(key(a), key(b)) || compareText(a.id, b.id);
}

/** Code-point order, as Postgres' "C" collation would sort; the live lists order by SQL collation. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
