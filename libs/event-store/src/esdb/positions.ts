import type { Position as EsdbPosition } from '@eventstore/db-client';
import { ForeignPositionError } from '../errors.js';
import type { Position } from '../event-store.port.js';

/**
 * The port's position for EventStoreDB is the decimal commit position: events written over gRPC
 * have commit == prepare, so the commit position alone orders and resumes exactly.
 */
export const toPosition = (position: Pick<EsdbPosition, 'commit'>): Position => position.commit.toString(10);

export function toEsdbPosition(position: Position): EsdbPosition {
  if (!/^\d{1,20}$/.test(position)) throw new ForeignPositionError(position, 'EventStoreDB');
  const commit = BigInt(position);
  return { commit, prepare: commit };
}
