import type { EventStore } from '#event-store';
import { foldVisible, type TimeTravel } from './time-travel.js';

const FOLD_CONCURRENCY = 16;

/** The views of these records as they were under `travel`, each folded from its own stream; records not yet there are left out. */
export async function foldStreams<View, Event>(
  events: Pick<EventStore, 'readStream'>,
  prefix: string,
  ids: readonly string[],
  travel: TimeTravel,
  evolve: (v: View | null, e: Event, r: number) => View | null,
): Promise<View[]> {
  const out: View[] = [];
  for (let i = 0; i < ids.length; i += FOLD_CONCURRENCY) {
    const views = await Promise.all(ids.slice(i, i + FOLD_CONCURRENCY).map(async (id) => foldVisible(await events.readStream(prefix + id), travel, evolve)));
    out.push(...views.filter((v): v is Awaited<View> => v !== null));
  }
  return out;
}
