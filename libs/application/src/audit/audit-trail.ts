import { createHash } from 'node:crypto';
import type { Position, StoredEvent } from '#event-store';
import { CHAIN_VERSION, chainedHash, chainVersionOf, GENESIS_HASH } from '../shared/hash-chain.js';
import { storedForm } from './stored-form.js';

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
  | 'missing_hash'
  /** A stored number is not the number the hash covers (e.g. 30 rewritten as 30.000000000000000000001, which JSON.parse reads as 30). */
  | 'non_canonical_number'
  /** The metadata names a chain version this service does not know. */
  | 'unknown_chain_version'
  /** A version 1 event after a version 2 event in the same stream: writers never go back. */
  | 'chain_version_downgrade';

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
  /** The highest chain version seen in the stream so far. */
  version: number;
}

/**
 * Walks the event log once, in position order, keeping only a few strings per stream: checks that
 * every stream's revisions run from 0 without gaps, that each event's prevHash is the previous
 * event's stored hash (GENESIS_HASH at revision 0), and that each stored hash recomputes
 * (hash-chain.ts), each under its own chain version. Pure: feed it events with `add`, then read
 * `report()` and `heads()`; it can be fed more later (incremental verification goes on from `position`).
 */
export class AuditChainVerifier {
  private readonly streams = new Map<string, StreamState>();
  private readonly failures: AuditFailure[] = [];
  private failureCount = 0;
  private events = 0;
  private lastPosition: Position | null = null;

  /** Global position of the last event added (null before the first). */
  get position(): Position | null {
    return this.lastPosition;
  }

  add(event: StoredEvent): void {
    this.events++;
    this.lastPosition = event.position;
    const { stream, revision } = event;
    const state = this.streams.get(stream) ?? { next: 0, storedHash: undefined, chainHash: GENESIS_HASH, version: 1 };
    this.streams.set(stream, state);

    const duplicate = revision < state.next;
    if (duplicate) this.fail(stream, revision, 'duplicate_revision');
    for (let missing = state.next; missing < revision; missing++) this.fail(stream, missing, 'missing_revision');

    const stored = storedForm(event);
    const metadata = stored.metadata;
    const content = { ...event, data: stored.data, metadata };
    const version = chainVersionOf(metadata);
    if (version !== 1 && version !== CHAIN_VERSION) this.fail(stream, revision, 'unknown_chain_version');
    else if (version < state.version) this.fail(stream, revision, 'chain_version_downgrade');
    else state.version = version;
    const { prevHash, hash } = metadata as { prevHash?: unknown; hash?: unknown };
    // After a gap the previous event is unknown, so the chain cannot be judged at this link.
    const expectedPrev = duplicate ? undefined : revision === 0 ? GENESIS_HASH : revision === state.next ? state.storedHash : undefined;
    let recomputed: string | undefined;
    if (typeof hash !== 'string' || typeof prevHash !== 'string') {
      this.fail(stream, revision, 'missing_hash');
    } else {
      recomputed = chainedHash(prevHash, content);
      // A non-canonical number has no right hash: its stored text is not what any writer hashed.
      if (stored.nonCanonical) this.fail(stream, revision, 'non_canonical_number');
      else if (recomputed !== hash) this.fail(stream, revision, 'hash_mismatch');
      if (expectedPrev !== undefined && prevHash !== expectedPrev) this.fail(stream, revision, 'broken_chain');
    }

    // Every event, even a duplicate, goes into the recomputed chain, so the digest covers it. On an
    // intact chain its prevHash is the recomputed one, and the hash just computed is that link.
    state.chainHash =
      recomputed !== undefined && prevHash === state.chainHash
        ? recomputed
        : chainedHash(state.chainHash, { ...content, metadata: { ...metadata, prevHash: state.chainHash } });
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
export function verifyEvents(events: Iterable<StoredEvent>): VerifyReport {
  const verifier = new AuditChainVerifier();
  for (const event of events) verifier.add(event);
  return verifier.report();
}

/** The digest of a whole event log given as one list (position order). */
export function digestEvents(events: Iterable<StoredEvent>): AuditDigest {
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

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
