import type { AppendResult, ExpectedRevision, RecordedEvent } from './event-store.port.js';

/**
 * Decides whether an append is a retry of one already stored: every id is there, in this stream, in
 * order and consecutive, at the place the expected revision points to. Returns the original result
 * then; undefined when none of the ids is stored. Partial matches are conflicts, as in EventStoreDB.
 */
export function matchIdempotentRetry(
  ids: string[],
  stored: Pick<RecordedEvent, 'id' | 'stream' | 'revision' | 'position'>[],
  stream: string,
  expected: ExpectedRevision,
): AppendResult | 'conflict' | undefined {
  if (ids.length === 0 || stored.length === 0) return undefined;
  const byId = new Map(stored.map((e) => [e.id, e]));
  const found = ids.map((id) => byId.get(id));
  const first = found[0];
  const consistent =
    first !== undefined &&
    first.stream === stream &&
    found.every((e, i) => e !== undefined && e.stream === stream && e.revision === first.revision + i) &&
    (typeof expected !== 'number' || first.revision === expected + 1) &&
    (expected !== 'no_stream' || first.revision === 0);
  if (!consistent) return 'conflict';
  const last = found[found.length - 1]!;
  return { revision: last.revision, position: last.position };
}
