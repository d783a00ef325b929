import type { EventToAppend } from '../event-store.port.js';

/** EventStoreDB's default MaxAppendSize: the most one append may carry, counted as below. */
export const ESDB_DEFAULT_MAX_APPEND_SIZE = 1024 * 1024;

/**
 * What EventStoreDB counts of one event against MaxAppendSize (the server's Event.SizeOnDisk), for the
 * event as this adapter sends it: the UTF-8 bytes of the JSON data and of the JSON metadata, plus the
 * type's length in UTF-16 code units × 2. Characters are not bytes: a Cyrillic letter is two.
 */
export function esdbAppendSize(event: Pick<EventToAppend, 'type' | 'data' | 'metadata'>): number {
  return Buffer.byteLength(JSON.stringify(event.data) ?? '', 'utf8') + Buffer.byteLength(JSON.stringify(event.metadata) ?? '', 'utf8') + event.type.length * 2;
}
