import type { ExpectedRevision } from './event-store.port.js';

/** Whether a stream whose last revision is `head` (-1: no stream) meets the writer's expectation. */
export function expectationHolds(expected: ExpectedRevision, head: number): boolean {
  switch (expected) {
    case 'any':
      return true;
    case 'no_stream':
      return head === -1;
    case 'stream_exists':
      return head >= 0;
    default:
      return head === expected;
  }
}
