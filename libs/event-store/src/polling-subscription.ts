import { EventEmitter, once } from 'node:events';
import { BatchPacer } from './batch-pacing.js';
import { WakeablePause } from './wakeable-pause.js';
import type { Position, RecordedEvent, SubscribeOptions, Subscription, SubscriptionHandler } from './event-store.port.js';

/** Wakes this process's subscribers when it appends; appends by other processes are seen on the next poll. */
export class AppendSignal {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  notify(): void {
    this.emitter.emit('append');
  }

  /** Resolves on the next append or after `ms`, whichever comes first. */
  async wait(ms: number): Promise<void> {
    await once(this.emitter, 'append', { signal: AbortSignal.timeout(ms) }).catch(() => undefined);
  }

  close(): void {
    this.emitter.removeAllListeners();
  }
}

export interface PollingSource {
  readAll(after: Position | null, limit: number): Promise<RecordedEvent[]>;
  signal: AppendSignal;
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
  const pacer = new BatchPacer(options.minBatchIntervalMs ?? 0);
  let stopped = false;
  const pauses = new WakeablePause();

  const loop = (async () => {
    let position = after;
    let failures = 0;
    while (!stopped) {
      try {
        const delay = pacer.delay();
        if (delay > 0) await pauses.for(delay);
        if (stopped) break;
        const events = await source.readAll(position, maxBatch);
        if (stopped) break;
        if (events.length === 0) {
          failures = 0;
          pacer.idle();
          await Promise.race([source.signal.wait(IDLE_POLL_MS), pauses.for(IDLE_POLL_MS)]);
          continue;
        }
        pacer.took(events.length, maxBatch);
        const checkpoint = events[events.length - 1].position;
        await handler(events, checkpoint);
        position = checkpoint;
        failures = 0;
      } catch (error) {
        if (stopped) break;
        options.onError?.(error);
        failures++;
        await pauses.for(Math.min(MAX_BACKOFF_MS, 50 * 2 ** failures));
      }
    }
  })();

  return {
    async stop() {
      stopped = true;
      pauses.wake();
      await loop;
    },
  };
}
