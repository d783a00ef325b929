import type { EventLog, StoredEvent } from './log.js';
import { hiddenFromAll } from './filter.js';

export type From = 'start' | 'end' | bigint;

export type StreamReadResult = { kind: 'events'; events: StoredEvent[] } | { kind: 'not_found' } | { kind: 'deleted' };

/** The events of a stream a read can see: none if tombstoned, soft-deleted or never written (spec §5.5). */
export function visibleEvents(log: EventLog, stream: string): StreamReadResult {
  if (log.isTombstoned(stream)) return { kind: 'deleted' };
  if (log.lastRevision(stream) < 0n || log.isSoftDeleted(stream)) return { kind: 'not_found' };
  const truncateBefore = log.truncateBefore(stream) ?? 0n;
  return { kind: 'events', events: log.eventsOf(stream).filter((e) => e.revision >= truncateBefore) };
}

/** Forwards: revisions >= from, ascending. Backwards: revisions <= from, descending. */
export function readStream(log: EventLog, stream: string, from: From, backwards: boolean, count: number): StreamReadResult {
  const visible = visibleEvents(log, stream);
  if (visible.kind !== 'events') return visible;
  const last = log.lastRevision(stream);
  const start = from === 'start' ? 0n : from === 'end' ? (backwards ? last : last + 1n) : from;
  const events = backwards ? visible.events.filter((e) => e.revision <= start).reverse() : visible.events.filter((e) => e.revision >= start);
  return { kind: 'events', events: events.slice(0, count) };
}

/** Forwards: positions >= from (inclusive). Backwards: positions < from (exclusive), newest first. */
export function readAll(log: EventLog, from: From, backwards: boolean, count: number): StoredEvent[] {
  const out: StoredEvent[] = [];
  if (backwards) {
    let i = from === 'end' ? log.all.length : from === 'start' ? 0 : log.indexAfter(from, true);
    while (--i >= 0 && out.length < count) if (!hiddenFromAll(log.all[i].stream)) out.push(log.all[i]);
  } else {
    let i = from === 'start' ? 0 : from === 'end' ? log.all.length : log.indexAfter(from, true);
    for (; i < log.all.length && out.length < count; i++) if (!hiddenFromAll(log.all[i].stream)) out.push(log.all[i]);
  }
  return out;
}

/** The target of a link event (`$>`, data `"<eventNumber>@<stream>"`), if it is readable (spec §7.4). */
export function linkTarget(log: EventLog, link: StoredEvent): StoredEvent | undefined {
  const match = /^(\d+)@(.+)$/s.exec(Buffer.from(link.data).toString('utf8'));
  if (!match) return undefined;
  const visible = visibleEvents(log, match[2]);
  return visible.kind === 'events' ? visible.events.find((e) => e.revision === BigInt(match[1])) : undefined;
}
