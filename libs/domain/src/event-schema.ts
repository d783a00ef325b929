import { createUpcaster, type UpcastStep } from './shared/upcasting.js';
import { LOCATION_UPCAST_STEPS } from './geography/location-upcasts.js';
import { INDICATOR_UPCAST_STEPS } from './results/indicator-upcasts.js';
import { INDICATOR_REVISION_UPCAST_STEPS } from './results/indicator-revision-upcasts.js';
import { MEETING_UPCAST_STEPS } from './meeting-upcasts.js';
import { TITLES_UPCAST_STEPS } from './title-upcasts.js';

/**
 * The version of the event catalogue this release writes (metadata `schemaVersion`). Changing an
 * event's shape means: bump it, change the event type, and add the step that lifts the old shape.
 */
export const EVENT_SCHEMA_VERSION = 9;

/**
 * Every step from an older event shape to the next. 1 → 2 (activities), 2 → 3 (decisions), 3 → 4
 * (objectives, indicators, agenda, recommendations): plain strings become titles in `en`. 5 → 6:
 * indicators gain type, milestones, direction and disaggregations. 6 → 7: a recommendation names its
 * meeting's id and a list of proposers. 7 → 8: a location has a country and is placed in the gazetteer.
 * 8 → 9: an objective indicator's revision no longer lists its objective as a change.
 */
export const EVENT_UPCAST_STEPS: readonly UpcastStep[] = [...TITLES_UPCAST_STEPS, ...INDICATOR_UPCAST_STEPS, ...MEETING_UPCAST_STEPS, ...LOCATION_UPCAST_STEPS, ...INDICATOR_REVISION_UPCAST_STEPS];

/** Lifts a stored event to the shape this release's deciders and projections fold. */
export const upcastEvent = createUpcaster(EVENT_SCHEMA_VERSION, EVENT_UPCAST_STEPS);

/** The version an event was stored at (metadata `schemaVersion`; the first release wrote none). */
export function storedSchemaVersion(metadata: Record<string, unknown>): number {
  return typeof metadata.schemaVersion === 'number' ? metadata.schemaVersion : 1;
}

/**
 * By event type, the first stored version that reading leaves as it is: no step for the type from
 * there on (a type with no step: every version up to this release's).
 */
export const READ_AS_STORED_FROM: ReadonlyMap<string, number> = EVENT_UPCAST_STEPS.reduce(
  (first, step) => first.set(step.type, Math.max(first.get(step.type) ?? 1, step.from + 1)),
  new Map<string, number>(),
);

/** Whether an event stored with this type and metadata reads as stored: its data and type as they are. */
export function readAsStored(type: string, metadata: Record<string, unknown>): boolean {
  return readAsStoredAt(type, storedSchemaVersion(metadata));
}

function readAsStoredAt(type: string, version: number): boolean {
  return (READ_AS_STORED_FROM.get(type) ?? 1) <= version && version <= EVENT_SCHEMA_VERSION;
}

/** The same for a whole stored record (the event store's), keeping everything else as stored. */
export function upcastRecorded<R extends { type: string; data: unknown; metadata: Record<string, unknown> }>(recorded: R): R {
  const schemaVersion = storedSchemaVersion(recorded.metadata);
  // Most old events are of types no step has touched since: no walk through the versions for them.
  if (schemaVersion === EVENT_SCHEMA_VERSION || readAsStoredAt(recorded.type, schemaVersion)) return recorded;
  const { type, data } = upcastEvent({ type: recorded.type, data: recorded.data, schemaVersion });
  return { ...recorded, type, data };
}
