import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  START,
  StreamNotFoundError,
  type AllStreamResolvedEvent,
  type ResolvedEvent,
  type StreamingRead,
} from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '../errors.js';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  Position,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port.js';
import { allStreamFeed } from './all-stream-feed.js';
import { withDeadline } from './deadline.js';
import { isDiscoveryFailure, toPortError } from './errors.js';
import { ON_LEADER, onLeader } from './leader.js';
import { expectationHolds } from '../expectation.js';
import { toEsdbExpectedRevision } from './expected-revision.js';
import { comparePositions } from '../position.js';
import { toEsdbPosition, toPosition } from './positions.js';
import { toEventData, toRecordedEvent } from './recorded-event.js';
import { resumableSubscription, type RetryPolicy } from './resumable-subscription.js';

export interface EventStoreDbOptions {
  /**
   * e.g. `esdb://host:2113?tls=false`; for a cluster several hosts (`esdb://a:2113,b:2113,c:2113?tls=false`)
   * or `esdb+discover://…`: the client finds the leader by gossip and follows it.
   */
  connectionString: string;
  /** Stream-name prefixes of the product's streams (`plan-`, `activity-`, …): what readAll and subscribeAll see. */
  streamPrefixes: readonly string[];
  /** Upper bound on one append or read, after which the store counts as unreachable (default 10 s). */
  operationTimeoutMs?: number;
  /** Upper bound on ping (default 2 s): health checks must answer quickly when the server is down. */
  pingTimeoutMs?: number;
  /** Backoff between subscription attempts (default 100 ms doubling up to 5 s). */
  retry?: Partial<RetryPolicy>;
}

const HEAD_SCAN_PAGE = 100;
const MAX_READ_PAGE = 4096;

/**
 * The production event store: EventStoreDB over gRPC. Revisions are the stream's event numbers and
 * positions the decimal commit positions in $all. Idempotency by event id is the server's (exact for
 * an expected revision or no_stream, a best-effort cache under any/stream_exists). In a cluster every
 * call goes to the leader (leader.ts); a call a former leader refused is sent again to the new one.
 */
export class EventStoreDbEventStore implements EventStore {
  private client: EventStoreDBClient;
  private readonly connectionString: string;
  private readonly prefixes: readonly string[];
  private readonly operationTimeoutMs: number;
  private readonly pingTimeoutMs: number;
  private readonly retry: RetryPolicy;
  private readonly subscriptions = new Set<Subscription>();

  constructor(options: EventStoreDbOptions) {
    if (options.streamPrefixes.length === 0) throw new Error('EventStoreDbEventStore needs at least one stream prefix');
    this.connectionString = options.connectionString;
    this.client = EventStoreDBClient.connectionString(options.connectionString);
    this.prefixes = options.streamPrefixes;
    this.operationTimeoutMs = options.operationTimeoutMs ?? 10_000;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 2_000;
    this.retry = { initialDelayMs: options.retry?.initialDelayMs ?? 100, maxDelayMs: options.retry?.maxDelayMs ?? 5_000 };
  }

  async append(stream: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    if (events.length === 0) return this.appendNothing(stream, expected);
    const client = this.client;
    try {
      const result = await withDeadline(
        this.operationTimeoutMs,
        `an append to ${stream}`,
        // No per-call credentials: they would force the slower non-batched append path.
        onLeader(() => client.appendToStream(stream, events.map(toEventData), { expectedRevision: toEsdbExpectedRevision(expected), ...ON_LEADER })),
      );
      const revision = Number(result.nextExpectedRevision);
      const position = result.position ? toPosition(result.position) : await this.positionOf(stream, revision);
      return { revision, position };
    } catch (error) {
      if (isDiscoveryFailure(error)) this.replaceClient(client);
      throw toPortError(error, { stream, expected });
    }
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    try {
      const events = await this.collect(`a read of ${stream}`, () => this.client.readStream(stream, { fromRevision: BigInt(fromRevision), direction: FORWARDS, ...ON_LEADER }));
      return events.map(toRecordedEvent);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw toPortError(error);
    }
  }

  /** $all is read forwards from `after` inclusive, so the event at `after` itself is dropped; other streams are skipped. */
  async readAll(after: Position | null, limit: number): Promise<RecordedEvent[]> {
    const out: RecordedEvent[] = [];
    const pageSize = Math.min(limit + 1, MAX_READ_PAGE);
    let from = after;
    try {
      while (out.length < limit) {
        const page = await this.collect('a read of $all', () =>
          this.client.readAll({ fromPosition: from === null ? START : toEsdbPosition(from), direction: FORWARDS, maxCount: pageSize, ...ON_LEADER }),
        );
        for (const resolved of page) {
          const event = toRecordedEvent(resolved);
          if (from !== null && comparePositions(event.position, from) <= 0) continue;
          if (this.isProductStream(event.stream) && out.length < limit) out.push(event);
        }
        if (page.length < pageSize) break;
        from = toRecordedEvent(page[page.length - 1]).position;
      }
      return out;
    } catch (error) {
      throw toPortError(error);
    }
  }

  subscribeAll(after: Position | null, handler: SubscriptionHandler, options: SubscribeOptions = {}): Subscription {
    if (after !== null) toEsdbPosition(after);
    const inner = resumableSubscription(allStreamFeed(() => this.client, this.prefixes), after, handler, { ...options, retry: this.retry });
    const subscription: Subscription = {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await inner.stop();
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** The newest event of the product's streams (read backwards through $all past any other streams). */
  async headPosition(): Promise<Position | null> {
    let from: Position | null = null;
    try {
      for (;;) {
        const page: AllStreamResolvedEvent[] = await this.collect('a read of $all', () =>
          this.client.readAll({ fromPosition: from === null ? END : toEsdbPosition(from), direction: BACKWARDS, maxCount: HEAD_SCAN_PAGE, ...ON_LEADER }),
        );
        const newest = page.find((resolved) => resolved.event && this.isProductStream(resolved.event.streamId));
        if (newest) return toRecordedEvent(newest).position;
        if (page.length < HEAD_SCAN_PAGE) return null;
        from = toRecordedEvent(page[page.length - 1]).position;
      }
    } catch (error) {
      throw toPortError(error);
    }
  }

  async ping(): Promise<void> {
    try {
      await this.collect('a ping', () => this.client.readAll({ fromPosition: END, direction: BACKWARDS, maxCount: 1, ...ON_LEADER }), this.pingTimeoutMs);
    } catch (error) {
      throw toPortError(error);
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    await this.client.dispose();
  }

  /**
   * A fresh client after a failed cluster discovery during an append: the library (6.2.1) keeps that
   * attempt's failed server-features probe and would refuse every later append with it, even once the
   * cluster answers again. Subscriptions reopen on the current client.
   */
  private replaceClient(failed: EventStoreDBClient): void {
    if (this.client !== failed) return;
    this.client = EventStoreDBClient.connectionString(this.connectionString);
    void failed.dispose().catch(() => undefined);
  }

  private isProductStream(stream: string): boolean {
    return this.prefixes.some((prefix) => stream.startsWith(prefix));
  }

  /** Reads to the end within the deadline (on the leader: `open` is called again after a not-leader answer). */
  private async collect<E>(what: string, open: () => StreamingRead<E>, timeoutMs = this.operationTimeoutMs): Promise<E[]> {
    let read: StreamingRead<E> | undefined;
    const all = onLeader(async () => {
      const events: E[] = [];
      read = open();
      for await (const event of read) events.push(event);
      return events;
    });
    return withDeadline(timeoutMs, what, all, () => void read?.cancel().catch(() => undefined));
  }

  /** An empty append: nothing is written, the expectation is checked against the stream's head. */
  private async appendNothing(stream: string, expected: ExpectedRevision): Promise<AppendResult> {
    const last = await this.lastEvent(stream);
    const head = last?.revision ?? -1;
    if (!expectationHolds(expected, head)) throw new WrongExpectedRevisionError(stream, expected, head < 0 ? 'no_stream' : head);
    return { revision: head, position: last?.position ?? '0' };
  }

  private async lastEvent(stream: string): Promise<RecordedEvent | undefined> {
    try {
      const [last] = await this.collect(`a read of ${stream}`, () => this.client.readStream(stream, { fromRevision: END, direction: BACKWARDS, maxCount: 1, ...ON_LEADER }));
      return last ? toRecordedEvent(last as ResolvedEvent) : undefined;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return undefined;
      throw toPortError(error);
    }
  }

  /** Servers always report an append's position over gRPC; this covers one that would not. */
  private async positionOf(stream: string, revision: number): Promise<Position> {
    const [event] = await this.collect(`a read of ${stream}`, () => this.client.readStream(stream, { fromRevision: BigInt(revision), maxCount: 1, ...ON_LEADER }));
    if (!event) throw new Error(`EventStoreDB reported ${stream}@${revision} written but it cannot be read`);
    return toRecordedEvent(event).position;
  }
}
