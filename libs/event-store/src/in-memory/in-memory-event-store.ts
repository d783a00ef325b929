import { ForeignPositionError, StreamMovedError, WrongExpectedRevisionError } from '../errors.js';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  Position,
  RecordedEvent,
  StreamRead,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port.js';
import { expectationHolds } from '../expectation.js';
import { AppendSignal, pollingSubscription } from '../polling-subscription.js';
import { matchIdempotentRetry } from '../idempotency.js';
import { byStream } from '../by-stream.js';

/** For unit tests only: same semantics as the persistent adapters, nothing survives the process. */
export class InMemoryEventStore implements EventStore {
  private readonly all: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly appended = new AppendSignal();

  async append(stream: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    const existing = this.streams.get(stream) ?? [];
    const head = existing.length - 1;
    const retry = matchIdempotentRetry(
      events.map((e) => e.id),
      this.all.filter((e) => events.some((n) => n.id === e.id)),
      stream,
      expected,
    );
    if (retry !== undefined && retry !== 'conflict') return retry;
    if (retry === 'conflict' || !expectationHolds(expected, head)) {
      throw new WrongExpectedRevisionError(stream, expected, head < 0 ? 'no_stream' : head);
    }
    if (events.length === 0) return { revision: head, position: existing.at(-1)?.position ?? '0' };
    const recorded = events.map((e, i) => ({
      id: e.id,
      stream,
      revision: head + 1 + i,
      position: String(this.all.length + 1 + i),
      type: e.type,
      data: structuredClone(e.data),
      metadata: structuredClone(e.metadata),
    }));
    this.all.push(...recorded);
    this.streams.set(stream, [...existing, ...recorded]);
    this.appended.notify();
    const last = recorded[recorded.length - 1];
    return { revision: last.revision, position: last.position };
  }

  async appendIfUnchanged(stream: string, events: EventToAppend[], expected: ExpectedRevision, unchanged: readonly StreamRead[]): Promise<AppendResult> {
    for (const read of unchanged) {
      const actual = (this.streams.get(read.stream)?.length ?? 0) - 1;
      if (actual !== read.revision) throw new StreamMovedError(read.stream, read.revision, actual);
    }
    return this.append(stream, events, expected);
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    return (this.streams.get(stream) ?? []).filter((e) => e.revision >= fromRevision).map((e) => structuredClone(e));
  }

  async readStreams(streams: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    return byStream([...new Set(streams)].flatMap((stream) => (this.streams.get(stream) ?? []).map((e) => structuredClone(e))));
  }

  async readAll(after: Position | null, limit: number): Promise<RecordedEvent[]> {
    const start = after === null ? 0 : counterOf(after);
    return this.all.slice(start, start + limit).map((e) => structuredClone(e));
  }

  subscribeAll(after: Position | null, handler: SubscriptionHandler, options?: SubscribeOptions): Subscription {
    if (after !== null) counterOf(after);
    return pollingSubscription({ readAll: (from, limit) => this.readAll(from, limit), signal: this.appended }, after, handler, options);
  }

  async headPosition(): Promise<Position | null> {
    return this.all.at(-1)?.position ?? null;
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {
    this.appended.close();
  }
}

function counterOf(position: Position): number {
  if (!/^\d{1,15}$/.test(position)) throw new ForeignPositionError(position, 'in-memory');
  return Number(position);
}
