/**
 * Event schema evolution. Stored events are never rewritten: an event keeps the `schemaVersion` it
 * was recorded with, and every reader lifts it to the current version through a chain of pure steps
 * before folding it. A step may reshape the data and may rename the type.
 */
export interface UpcastStep {
  /** The event type this step reads, as stored at version `from`. */
  type: string;
  from: number;
  /** Returns the event at version `from + 1`. */
  upcast(data: Record<string, unknown>): { type?: string; data: Record<string, unknown> };
}

/** What a reader holds of a stored event: its type, data and the version its metadata names. */
export interface VersionedEvent {
  type: string;
  data: unknown;
  schemaVersion: number;
}

/** A stored event written by a newer release than this one: folding it blind would misread it. */
export class EventFromNewerSchemaError extends Error {
  constructor(
    readonly type: string,
    readonly schemaVersion: number,
    readonly currentVersion: number,
  ) {
    super(`event ${type} has schema version ${schemaVersion}, newer than this release's ${currentVersion}: upgrade before reading it`);
  }
}

export type Upcaster = (event: VersionedEvent) => { type: string; data: unknown };

/**
 * Builds the upcaster for a catalogue at `currentVersion`: versions without a step for a type leave
 * that type's events as they are. Events older than the first version (none yet) count as version 1.
 */
export function createUpcaster(currentVersion: number, steps: readonly UpcastStep[]): Upcaster {
  const byTypeAndVersion = new Map<string, UpcastStep>();
  for (const step of steps) {
    if (step.from < 1 || step.from >= currentVersion) throw new Error(`upcast step ${step.type}@${step.from} is outside versions 1..${currentVersion - 1}`);
    const key = `${step.type}@${step.from}`;
    if (byTypeAndVersion.has(key)) throw new Error(`two upcast steps for ${key}`);
    byTypeAndVersion.set(key, step);
  }
  return ({ type, data, schemaVersion }) => {
    if (schemaVersion > currentVersion) throw new EventFromNewerSchemaError(type, schemaVersion, currentVersion);
    let current = { type, data };
    for (let version = Math.max(schemaVersion, 1); version < currentVersion; version++) {
      const step = byTypeAndVersion.get(`${current.type}@${version}`);
      if (!step) continue;
      const next = step.upcast({ ...(current.data as Record<string, unknown>) });
      current = { type: next.type ?? current.type, data: next.data };
    }
    return current;
  };
}
