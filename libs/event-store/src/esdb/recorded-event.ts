import { jsonEvent, type EventData, type JSONType, type ResolvedEvent } from '@eventstore/db-client';
import type { EventToAppend, RecordedEvent } from '../event-store.port.js';
import { toPosition } from './positions.js';

/** Data is JSON; the metadata is the event's JSON custom metadata. */
export function toEventData(event: EventToAppend): EventData {
  return jsonEvent({ id: event.id, type: event.type, data: event.data as JSONType, metadata: event.metadata });
}

export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event) throw new Error('EventStoreDB returned a link whose event is missing');
  const position = event.position ?? (resolved.commitPosition !== undefined ? { commit: resolved.commitPosition } : undefined);
  if (!position) throw new Error(`EventStoreDB returned ${event.streamId}@${event.revision} without a position`);
  const metadata = event.metadata;
  return {
    id: event.id,
    stream: event.streamId,
    revision: Number(event.revision),
    position: toPosition(position),
    type: event.type,
    data: event.data,
    metadata: isRecord(metadata) ? metadata : {},
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
