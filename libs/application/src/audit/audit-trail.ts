import { createHash } from 'node:crypto';
import type { Position, RecordedEvent } from '#event-store';
import { eventHash, GENESIS_HASH } from '../shared/hash-chain.js';

/** Why one event fails verification. Short and machine-readable. */
export type AuditFailureReason =
  /** The stored hash is not the hash of the event as stored (its data, type or metadata changed). */
  | 'hash_mismatch'
  /** The event's prevHash is not the stored hash of the stream's previous event (GENESIS for revision 0). */
  | 'broken_chain'
  /** The stream skips this revision: revisions must run 0, 1, 2… without gaps. */
  | 'missing_revision'
  /** This revision was already seen in the stream, or comes after a later one. */
  | 'duplicate_revision'
  /** The event carries no hash (or no prevHash) at all. */
  | 'missing_hash';

export interface AuditFailure {
  stream: string;
  revision: number;
  reason: AuditFailureReason;
}

export interface VerifyReport {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  /** Up to MAX_REPORTED_FAILURES of them, in the order found (position order). */
  failures: AuditFailure[];
  /** How many failures there were in all (more than `failures.length` when the list was cut). */
  failureCount: number;
}

/** One stream's last event: what the digest is made of. */
export interface StreamHead {
  stream: string;
  revision: number;
  /**
   * The head's hash recomputed along the whole stream from GENESIS (each event hashed with the
   * previous recomputed hash as its prevHash). On an intact stream it equals the stored head hash;
   * any change to any event of the stream changes it.
   */
  hash: string;
}

export interface AuditDigest {
  /** sha256 (hex) over the stream heads, see `digestOfHeads`. */
  digest: string;
  streams: number;
  events: number;
  /** Global position of the last event read (null for an empty store). */
  position: Position | null;
}

export const MAX_REPORTED_FAILURES = 1000;

interface StreamState {
  /** Next revision expected. */
  next: number;
  /** Stored hash of the last event seen (what the next prevHash must be). */
  storedHash: string | undefined;
  /** The recomputed chain's hash so far. */
  chainHash: string;
}

/**
 * Walks the event log once, in position order, keeping only a few strings per stream: checks that
 * every stream's revisions run from 0 without gaps, that each event's prevHash is the previous
 * event's stored hash (GENESIS_HASH at revision 0), and that each stored hash recomputes
 * (hash-chain.ts). Pure: feed it events with `add`, then read `report()` and `heads()`.
 */
export class AuditChainVerifier {
  private readonly streams = new Map<string, StreamState>();
  private readonly failures: AuditFailure[] = [];
  private failureCount = 0;
  private events = 0;
  private lastPosition: Position | null = null;

  add(event: RecordedEvent): void {
    this.events++;
    this.lastPosition = event.position;
    const { stream, revision } = event;
    const state = this.streams.get(stream) ?? { next: 0, storedHash: undefined, chainHash: GENESIS_HASH };
    this.streams.set(stream, state);

    const duplicate = revision < state.next;
    if (duplicate) this.fail(stream, revision, 'duplicate_revision');
    for (let missing = state.next; missing < revision; missing++) this.fail(stream, missing, 'missing_revision');

    const metadata = event.metadata ?? {};
    const { prevHash, hash } = metadata as { prevHash?: unknown; hash?: unknown };
    // After a gap the previous event is unknown, so the chain cannot be judged at this link.
    const expectedPrev = duplicate ? undefined : revision === 0 ? GENESIS_HASH : revision === state.next ? state.storedHash : undefined;
    if (typeof hash !== 'string' || typeof prevHash !== 'string') {
      this.fail(stream, revision, 'missing_hash');
    } else {
      if (eventHash(prevHash, contentOf(event)) !== hash) this.fail(stream, revision, 'hash_mismatch');
      if (expectedPrev !== undefined && prevHash !== expectedPrev) this.fail(stream, revision, 'broken_chain');
    }

    // Every event, even a duplicate, goes into the recomputed chain, so the digest covers it.
    state.chainHash = eventHash(state.chainHash, { ...contentOf(event), metadata: { ...metadata, prevHash: state.chainHash } });
    if (duplicate) return;
    state.storedHash = typeof hash === 'string' ? hash : undefined;
    state.next = revision + 1;
  }

  report(): VerifyReport {
    return {
      ok: this.failureCount === 0,
      streamsChecked: this.streams.size,
      eventsChecked: this.events,
      failures: [...this.failures],
      failureCount: this.failureCount,
    };
  }

  /** Every stream's head, sorted by stream name (code-unit order, as `digestOfHeads` wants). */
  heads(): StreamHead[] {
    return [...this.streams.entries()]
      .map(([stream, s]) => ({ stream, revision: s.next - 1, hash: s.chainHash }))
      .sort((a, b) => compareNames(a.stream, b.stream));
  }

  digest(): AuditDigest {
    return { digest: digestOfHeads(this.heads()), streams: this.streams.size, events: this.events, position: this.lastPosition };
  }

  private fail(stream: string, revision: number, reason: AuditFailureReason): void {
    this.failureCount++;
    if (this.failures.length < MAX_REPORTED_FAILURES) this.failures.push({ stream, revision, reason });
  }
}

/** Verifies a whole event log given as one list (position order). */
export function verifyEvents(events: Iterable<RecordedEvent>): VerifyReport {
  const verifier = new AuditChainVerifier();
  for (const event of events) verifier.add(event);
  return verifier.report();
}

/** The digest of a whole event log given as one list (position order). */
export function digestEvents(events: Iterable<RecordedEvent>): AuditDigest {
  const verifier = new AuditChainVerifier();
  for (const event of events) verifier.add(event);
  return verifier.digest();
}

/**
 * sha256 (hex) of one line per stream, sorted by stream name: `<stream> <head revision> <head hash>\n`.
 * Anyone can recompute it from the audit log's head rows of an intact store.
 */
export function digestOfHeads(heads: readonly StreamHead[]): string {
  const sorted = [...heads].sort((a, b) => compareNames(a.stream, b.stream));
  const hash = createHash('sha256');
  for (const head of sorted) hash.update(`${head.stream} ${head.revision} ${head.hash}\n`);
  return hash.digest('hex');
}

function contentOf(event: RecordedEvent) {
  return { stream: event.stream, revision: event.revision, type: event.type, data: event.data, metadata: event.metadata ?? {} };
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
