import type { Position } from './event-store.port.js';

/**
 * Positions are one or more non-negative integers joined by ':' (Postgres: "xid:sequence",
 * EventStoreDB: commit position, in-memory: a counter); they order component by component.
 */
export function comparePositions(a: Position | null, b: Position | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  const pa = a.split(':').map(BigInt);
  const pb = b.split(':').map(BigInt);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? -1n;
    const y = pb[i] ?? -1n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

export function isPosition(value: string): boolean {
  return /^\d{1,20}(:\d{1,20})*$/.test(value);
}
