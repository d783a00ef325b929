import { BatchPacer } from '../batch-pacing.js';
import { WakeablePause } from '../wakeable-pause.js';
import type { Position, RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler } from '../event-store.port.js';
import { comparePositions } from '../position.js';

export type FeedItem = { kind: 'event'; event: RecordedEvent } | { kind: 'checkpoint'; position: Position };

/** Where a feed reports to, in the order the server sent things. */
export interface FeedSink {
  item(item: FeedItem): void;
  /** The feed is working (confirmed, caught up): the next failure starts a fresh backoff. */
  healthy(): void;
  /** The feed broke; items already reported are still handled, then it is reopened. */
  fail(error: unknown): void;
}

export interface Feed {
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

/** Opens a server subscription strictly after `after` (null: from the start). */
export type OpenFeed = (after: Position | null, sink: FeedSink) => Feed;

export interface RetryPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
}

/**
 * Drives a server-push subscription for the port: items that arrive while the handler is busy are
 * handed over together (up to `maxBatch` events); a checkpoint-only batch is an empty array with the
 * checkpoint. The resume point only moves once a handler call has completed, so after a dropped
 * connection or a handler failure the feed is reopened (with backoff) from that point: nothing lost,
 * nothing handled twice.
 */
export function resumableSubscription(
  open: OpenFeed,
  after: Position | null,
  handler: SubscriptionHandler,
  options: SubscribeOptions & { retry: RetryPolicy },
): Subscription {
  const maxBatch = options.maxBatch ?? 500;
  const pacer = new BatchPacer(options.minBatchIntervalMs ?? 0);
  let completed = after;
  let stopped = false;
  let failures = 0;
  let wakeConsumer: (() => void) | undefined;
  const backoff = new WakeablePause();
  const pacing = new WakeablePause();
  const signal = () => {
    const wake = wakeConsumer;
    wakeConsumer = undefined;
    wake?.();
  };

  /** One server subscription: handle what it sends until it fails (throws) or we stop (returns). */
  const consume = async () => {
    const queue: FeedItem[] = [];
    let failure: { error: unknown } | undefined;
    let paused = false;
    // The sink may in principle be called before open() returns.
    const opened: { feed?: Feed } = {};
    const feed = open(completed, {
      item(item) {
        queue.push(item);
        if (queue.length >= maxBatch) pacing.wake();
        if (!paused && queue.length >= 2 * maxBatch) {
          paused = true;
          opened.feed?.pause();
        }
        signal();
      },
      healthy() {
        failures = 0;
      },
      fail(error) {
        failure ??= { error };
        signal();
      },
    });
    opened.feed = feed;
    if (paused) feed.pause();
    try {
      while (!stopped) {
        if (queue.length === 0) {
          if (failure) throw failure.error;
          pacer.idle();
          await new Promise<void>((resolve) => (wakeConsumer = resolve));
          continue;
        }
        const delay = queue.length < maxBatch ? pacer.delay() : 0;
        if (delay > 0) {
          await pacing.for(delay);
          continue;
        }
        const { events, checkpoint } = takeBatch(queue, maxBatch, completed);
        if (paused && queue.length < maxBatch) {
          paused = false;
          feed.resume();
        }
        if (checkpoint === null || comparePositions(checkpoint, completed) <= 0) continue;
        pacer.took(events.length, maxBatch);
        await handler(events, checkpoint);
        completed = checkpoint;
        failures = 0;
      }
    } finally {
      await feed.close();
    }
  };

  const loop = (async () => {
    while (!stopped) {
      try {
        await consume();
      } catch (error) {
        if (stopped) break;
        options.onError?.(error);
        const delay = Math.min(options.retry.maxDelayMs, options.retry.initialDelayMs * 2 ** failures);
        failures++;
        await backoff.for(delay);
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      signal();
      backoff.wake();
      pacing.wake();
      await loop;
    },
  };
}

/** Takes events up to `maxBatch` (and any checkpoints right behind them); the checkpoint is the furthest position taken. */
function takeBatch(queue: FeedItem[], maxBatch: number, completed: Position | null) {
  const events: RecordedEvent[] = [];
  let checkpoint: Position | null = null;
  let taken = 0;
  while (taken < queue.length && (events.length < maxBatch || queue[taken].kind === 'checkpoint')) {
    const item = queue[taken++];
    const position = item.kind === 'event' ? item.event.position : item.position;
    // Resuming is exclusive, so nothing at or before `completed` should come; never hand it over twice.
    if (item.kind === 'event' && comparePositions(position, completed) > 0) events.push(item.event);
    if (comparePositions(position, checkpoint) > 0) checkpoint = position;
  }
  queue.splice(0, taken);
  return { events, checkpoint: checkpoint as Position | null };
}
