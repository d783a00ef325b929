import { ANY, NO_STREAM, STREAM_EXISTS, type AppendExpectedRevision } from '@eventstore/db-client';
import type { ExpectedRevision } from '../event-store.port.js';

/**
 * Always an explicit expectation: the server de-duplicates retried event ids reliably only against an
 * exact revision or no_stream (under any/stream_exists it is a best-effort cache).
 */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}

/** The same rule the server applies, for an append of nothing (which never reaches it). */
export function expectationHolds(expected: ExpectedRevision, head: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return head === -1;
  if (expected === 'stream_exists') return head >= 0;
  return head === expected;
}
