import { randomUUID } from 'node:crypto';
import type * as grpc from '@grpc/grpc-js';
import type { ReadReq, ReadResp } from './pb.js';
import { TOMBSTONE_REVISION, type EventLog, type StoredEvent } from './log.js';
import { hiddenFromAll, type AllFilter } from './filter.js';
import { visibleEvents, type From } from './queries.js';
import { caughtUpResponse, checkpointResponse, confirmationResponse } from './messages.js';
import { streamDeletedError } from './status.js';

type ReadCall = grpc.ServerWritableStream<ReadReq, ReadResp>;
type Send = (event: StoredEvent) => void;

/**
 * Catch-up subscriptions (spec §5.5): confirmation, the old events, `caught_up`, then live events
 * written to the call as they are committed. The call stays open until the client cancels it or the
 * double stops.
 */
export class Subscriptions {
  private readonly open = new Set<() => void>();
  /** Where each $all subscription asked to start, oldest first (for tests of resuming). */
  readonly allStarts: From[] = [];

  constructor(private readonly log: EventLog) {}

  /** $all after `from` (exclusive). With a filter, checkpoints every `interval` considered events. */
  toAll(call: ReadCall, from: From, filter: AllFilter | null, send: Send): void {
    const log = this.log;
    this.allStarts.push(from);
    call.write(confirmationResponse(randomUUID()));
    let index = from === 'start' ? 0 : from === 'end' ? log.all.length : log.indexAfter(from);
    const startedAtHead = index >= log.all.length;
    let considered = 0;
    let lastConsidered: bigint | undefined;
    let lastCheckpoint: bigint | undefined;
    const checkpoint = (position: bigint) => {
      call.write(checkpointResponse(position));
      lastCheckpoint = position;
      considered = 0;
    };
    const pump = () => {
      for (; index < log.all.length; index++) {
        const event = log.all[index];
        if (hiddenFromAll(event.stream)) continue;
        if (!filter || filter.matches(event)) send(event);
        if (!filter) continue;
        lastConsidered = event.position;
        if (++considered >= filter.checkpointInterval) checkpoint(event.position);
      }
    };
    pump();
    // A filtered catch-up ends with a checkpoint (<= head) unless it started at the head.
    if (filter && !startedAtHead && lastConsidered !== undefined && lastConsidered !== lastCheckpoint) checkpoint(lastConsidered);
    call.write(caughtUpResponse());
    considered = 0;
    this.keepOpen(call, pump);
  }

  /** One stream after revision `from` (exclusive); a tombstone while live is forwarded, then fails. */
  toStream(call: ReadCall, stream: string, from: From, send: Send): void {
    const log = this.log;
    if (log.isTombstoned(stream)) {
      call.emit('error', streamDeletedError(stream));
      return;
    }
    call.write(confirmationResponse(randomUUID()));
    const visible = visibleEvents(log, stream);
    if (visible.kind === 'events' && from !== 'end') {
      for (const event of visible.events) if (from === 'start' || event.revision > from) send(event);
    }
    call.write(caughtUpResponse());
    let index = log.all.length;
    let close = () => {};
    const pump = () => {
      for (; index < log.all.length; index++) {
        const event = log.all[index];
        if (event.stream !== stream) continue;
        send(event);
        if (event.revision === TOMBSTONE_REVISION) {
          close();
          call.emit('error', streamDeletedError(stream));
          return;
        }
      }
    };
    close = this.keepOpen(call, pump);
  }

  /** Ends every open subscription (the double is going away). */
  closeAll(): void {
    for (const close of [...this.open]) close();
  }

  private keepOpen(call: ReadCall, pump: () => void): () => void {
    const unlisten = this.log.onWrite(pump);
    const close = () => {
      unlisten();
      this.open.delete(close);
    };
    this.open.add(close);
    call.on('cancelled', close);
    call.on('error', close);
    call.on('close', close);
    return close;
  }
}
