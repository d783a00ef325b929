import { randomUUID } from 'node:crypto';

/** An event as the double stores it: what the server keeps of an append (spec §7.7). */
export interface StoredEvent {
  stream: string;
  /** Event number; the tombstone record carries `TOMBSTONE_REVISION`. */
  revision: bigint;
  /** Log position; commit == prepare for everything the double writes (spec §7.3). */
  position: bigint;
  /** Lower-case UUID string. */
  id: string;
  type: string;
  isJson: boolean;
  data: Uint8Array;
  customMetadata: Uint8Array;
  /** 100 ns ticks since the Unix epoch. */
  created: bigint;
}

export type ProposedEvent = Pick<StoredEvent, 'id' | 'type' | 'isJson' | 'data' | 'customMetadata'>;

export const TOMBSTONE_REVISION = 9223372036854775807n;
const METADATA_TYPE = '$metadata';
const TOMBSTONE_TYPE = '$streamDeleted';

export const metaStreamOf = (stream: string) => `$$${stream}`;

/**
 * The in-memory transaction log behind the double: one ordered list of records ($all), an index per
 * stream, the committed-event-id cache used for idempotency, and a change signal for subscriptions.
 * It stores and reads; the write rules live in write-rules.ts.
 */
export class EventLog {
  readonly all: StoredEvent[] = [];
  private readonly streams = new Map<string, StoredEvent[]>();
  private readonly tombstones = new Set<string>();
  /** event id → where it was committed (the server's `_committedEvents`, unbounded here). */
  private readonly committedIds = new Map<string, { stream: string; revision: bigint }>();
  private readonly listeners = new Set<() => void>();
  // Positions are byte offsets on a real server: start above zero and leave gaps.
  private nextPosition = 1024n;

  /** Last event number of the stream, soft-deleted events included; -1 when none was ever written. */
  lastRevision(stream: string): bigint {
    const events = this.streams.get(stream);
    return events?.length ? events[events.length - 1].revision : -1n;
  }

  eventAt(stream: string, revision: bigint): StoredEvent | undefined {
    const events = this.streams.get(stream);
    return revision >= 0n && events ? events[Number(revision)] : undefined;
  }

  eventsOf(stream: string): readonly StoredEvent[] {
    return this.streams.get(stream) ?? [];
  }

  committed(id: string) {
    return this.committedIds.get(id);
  }

  isTombstoned(stream: string): boolean {
    return this.tombstones.has(stream);
  }

  hasMetadata(stream: string): boolean {
    return this.lastRevision(metaStreamOf(stream)) >= 0n;
  }

  /** The stream's `$tb` (truncate before) from its newest metadata, if any. */
  truncateBefore(stream: string): bigint | undefined {
    const meta = this.streams.get(metaStreamOf(stream))?.at(-1);
    if (!meta) return undefined;
    // Read the raw digits: 9223372036854775807 does not survive JSON.parse.
    const match = /"\$tb"\s*:\s*(\d+)/.exec(Buffer.from(meta.data).toString('utf8'));
    return match ? BigInt(match[1]) : undefined;
  }

  isSoftDeleted(stream: string): boolean {
    return this.truncateBefore(stream) === TOMBSTONE_REVISION;
  }

  /** Appends events at the next revisions of the stream. The caller has checked the expected revision. */
  write(stream: string, events: ProposedEvent[]): StoredEvent[] {
    const list = this.streams.get(stream) ?? [];
    this.streams.set(stream, list);
    const written = events.map((e) => {
      const recorded = this.record(stream, BigInt(list.length), e);
      list.push(recorded);
      this.committedIds.set(recorded.id, { stream, revision: recorded.revision });
      return recorded;
    });
    this.notify();
    return written;
  }

  /** Writes stream metadata with `$tb` (truncate before) set, keeping the other keys (spec §7.6). */
  writeTruncateBefore(stream: string, truncateBefore: bigint): StoredEvent {
    const current = this.streams.get(metaStreamOf(stream))?.at(-1);
    const { $tb: _, ...rest } = current ? (JSON.parse(Buffer.from(current.data).toString('utf8')) as Record<string, unknown>) : {};
    const body = JSON.stringify(rest);
    // Written by hand: 9223372036854775807 is not a safe JS number.
    const json = body === '{}' ? `{"$tb":${truncateBefore}}` : `${body.slice(0, -1)},"$tb":${truncateBefore}}`;
    const [event] = this.write(metaStreamOf(stream), [
      { id: randomUUID(), type: METADATA_TYPE, isJson: true, data: Buffer.from(json), customMetadata: new Uint8Array() },
    ]);
    return event;
  }

  /** Hard-deletes the stream: a `$streamDeleted` record in $all, and every later operation fails. */
  writeTombstone(stream: string): StoredEvent {
    const recorded = this.record(stream, TOMBSTONE_REVISION, {
      id: randomUUID(),
      type: TOMBSTONE_TYPE,
      isJson: false,
      data: new Uint8Array(),
      customMetadata: new Uint8Array(),
    });
    this.tombstones.add(stream);
    this.notify();
    return recorded;
  }

  /** Index in `all` of the first record whose position is > `position` (or >= with `inclusive`). */
  indexAfter(position: bigint, inclusive = false): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const p = this.all[mid].position;
      if (p > position || (inclusive && p === position)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Registers a callback run synchronously after every write; returns the unregister function. */
  onWrite(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private record(stream: string, revision: bigint, e: ProposedEvent): StoredEvent {
    const recorded: StoredEvent = {
      stream,
      revision,
      position: this.nextPosition,
      id: e.id.toLowerCase(),
      type: e.type,
      isJson: e.isJson,
      data: e.data,
      customMetadata: e.customMetadata,
      created: BigInt(Date.now()) * 10_000n,
    };
    this.nextPosition += BigInt(128 + stream.length + e.type.length + e.data.length + e.customMetadata.length);
    this.all.push(recorded);
    return recorded;
  }

  private notify() {
    for (const listener of [...this.listeners]) listener();
  }
}
