import type { Position, RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler } from './event-store.port.js';

export interface PollingSource {
  readAll(after: Position | null, limit: number): Promise<RecordedEvent[]>;
  /** Resolves when new events may be there (a local append) or after `ms`, whichever is first. */
  waitForAppend(ms: number): Promise<void>;
}

const IDLE_POLL_MS = 50;
const MAX_BACKOFF_MS = 5_000;

/**
 * Catch-up-then-live subscription for stores that can be polled in position order. The position only
 * moves past a batch once its handler call has completed, so a failure replays, never skips.
 */
export function pollingSubscription(
  source: PollingSource,
  after: Position | null,
  handler: SubscriptionHandler,
  options: SubscribeOptions = {},
): Subscription {
  const maxBatch = options.maxBatch ?? 500;
  let stopped = false;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
      wake = done;
    });

  const loop = (async () => {
    let position = after;
    let failures = 0;
    while (!stopped) {
      try {
        const events = await source.readAll(position, maxBatch);
        if (stopped) break;
        if (events.length === 0) {
          failures = 0;
          await Promise.race([source.waitForAppend(IDLE_POLL_MS), pause(IDLE_POLL_MS)]);
          continue;
        }
        const checkpoint = events[events.length - 1].position;
        await handler(events, checkpoint);
        position = checkpoint;
        failures = 0;
      } catch (error) {
        if (stopped) break;
        options.onError?.(error);
        failures++;
        await pause(Math.min(MAX_BACKOFF_MS, 50 * 2 ** failures));
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
  };
}
