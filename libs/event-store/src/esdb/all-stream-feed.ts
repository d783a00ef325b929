import { START, streamNameFilter, type AllStreamResolvedEvent, type EventStoreDBClient } from '@eventstore/db-client';
import { EventStoreUnavailableError } from '../errors.js';
import type { Feed, OpenFeed } from './resumable-subscription.js';
import { toEsdbPosition, toPosition } from './positions.js';
import { toRecordedEvent } from './recorded-event.js';
import { toPortError } from './errors.js';
import { ON_LEADER } from './leader.js';

/**
 * A catch-up subscription to $all filtered on the server by stream-name prefixes, with filter
 * checkpoints, so a subscriber's position advances through events of other streams too.
 *
 * The client awaits `checkpointReached` inside its transform while the events before it may still sit
 * in the stream's readable buffer; the checkpoint is reported only once they have all been delivered,
 * so a checkpoint never overtakes an earlier event. Each opening uses the adapter's current client.
 */
export function allStreamFeed(clientNow: () => EventStoreDBClient, prefixes: readonly string[]): OpenFeed {
  return (after, sink) => {
    const client = clientNow();
    let closed = false;
    const drainWaiters: (() => void)[] = [];
    const releaseDrainWaiters = () => drainWaiters.splice(0).forEach((resolve) => resolve());

    const subscription = client.subscribeToAll({
      // A follower answers not-leader: the feed fails (unavailable) and is reopened on the leader.
      ...ON_LEADER,
      fromPosition: after === null ? START : toEsdbPosition(after),
      filter: streamNameFilter({
        prefixes: [...prefixes],
        checkpointReached: async (sub, position) => {
          while (!closed && sub.readableLength > 0) await new Promise<void>((resolve) => drainWaiters.push(resolve));
          if (!closed) sink.item({ kind: 'checkpoint', position: toPosition(position) });
        },
      }),
    });
    subscription.on('data', (resolved: AllStreamResolvedEvent) => {
      if (closed) return;
      try {
        sink.item({ kind: 'event', event: toRecordedEvent(resolved) });
      } catch (error) {
        sink.fail(error);
      }
      if (subscription.readableLength === 0) releaseDrainWaiters();
    });
    subscription.on('caughtUp', () => sink.healthy());
    // Keep an error listener for the subscription's whole life: an unheard 'error' would crash the process.
    subscription.on('error', (error) => {
      if (!closed) sink.fail(toPortError(error));
    });
    subscription.on('close', () => {
      releaseDrainWaiters();
      if (!closed) sink.fail(new EventStoreUnavailableError('the EventStoreDB subscription ended'));
    });

    const feed: Feed = {
      pause: () => subscription.pause(),
      resume: () => subscription.resume(),
      async close() {
        if (closed) return;
        closed = true;
        releaseDrainWaiters();
        await subscription.unsubscribe().catch(() => undefined);
        subscription.destroy();
      },
    };
    return feed;
  };
}
