import type { RecordedEvent } from '#event-store';

/** `asOf`: business date (events effective on or before it). `knownAt`: what was recorded by then. */
export interface TimeTravel {
  asOf?: string;
  knownAt?: Date;
}

export function isVisibleAt(event: RecordedEvent, { asOf, knownAt }: TimeTravel): boolean {
  if (knownAt) {
    const recordedAt = (event.metadata as { recordedAt?: string }).recordedAt;
    if (!recordedAt || new Date(recordedAt) > knownAt) return false;
  }
  if (asOf) {
    const effectiveOn = (event.data as { effectiveOn?: string }).effectiveOn;
    if (effectiveOn && effectiveOn > asOf) return false;
  }
  return true;
}

export function todayUtc(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
