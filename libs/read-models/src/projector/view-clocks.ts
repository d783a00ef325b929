import type { RecordedEvent } from '#event-store';
import type { BulkColumn } from './bulk.js';

/**
 * What a time-travel read needs to know of a folded row to take it as it stands instead of folding its
 * events again: the last revision folded, the first and latest `recordedAt` and the latest
 * `effectiveOn` among them. A row is as it was at knownAt T and asOf D when every event in it was
 * recorded by T and is effective by D; none of it was known at T when its first was recorded after T
 * (see shared/views-as-of.ts).
 */
export interface ViewClocks {
  revision: number;
  firstRecordedAt: string;
  recordedAt: string;
  effectiveOn: string | null;
}

/** Stored beside each row of a read model folded per record. */
export const CLOCK_COLUMNS: readonly BulkColumn[] = [
  { name: 'folded_revision', type: 'integer' },
  { name: 'first_recorded_at', type: 'timestamptz' },
  { name: 'last_recorded_at', type: 'timestamptz' },
  { name: 'latest_effective_on', type: 'date' },
];

const ISO_UTC = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The clock columns as clocksOf reads them: the moments as ISO text in UTC, to the millisecond as
 * recordedAt is written (no Date made and spelt again for thousands of rows), the date as its text (pg
 * would make it a local midnight).
 */
export const CLOCK_SELECT = clockSelect();

/**
 * CLOCK_SELECT where the SQL condition `unless` leaves the moments and the date out (nulls): a row
 * answered by its version by business date needs only its revision, and a dashboard reads thousands.
 */
export function clockSelect(unless?: string): string {
  const moment = (column: string) => (unless ? `CASE WHEN ${unless} THEN NULL ELSE ${column} END` : column);
  return `folded_revision, ${moment(`to_char(first_recorded_at AT TIME ZONE 'UTC', ${ISO_UTC})`)} AS first_recorded_at,
  ${moment(`to_char(last_recorded_at AT TIME ZONE 'UTC', ${ISO_UTC})`)} AS last_recorded_at, ${moment('latest_effective_on::text')} AS latest_effective_on`;
}

export interface ClockRow {
  folded_revision: number | null;
  first_recorded_at: Date | string | null;
  last_recorded_at: Date | string | null;
  latest_effective_on: string | null;
}

/** The clocks of a stored row, or null when they were never kept (it is then folded from its events). */
export function clocksOf(row: ClockRow): ViewClocks | null {
  if (row.first_recorded_at === null || row.last_recorded_at === null || row.folded_revision === null) return null;
  return { revision: row.folded_revision, firstRecordedAt: iso(row.first_recorded_at), recordedAt: iso(row.last_recorded_at), effectiveOn: row.latest_effective_on };
}

/**
 * The clocks after one more event. `undefined`: a record's first event; `null`: unknown, and they stay
 * unknown, since what came before is not known.
 */
export function advanceClocks(clocks: ViewClocks | null | undefined, event: RecordedEvent): ViewClocks | null {
  if (clocks === null) return null;
  const recordedAt = (event.metadata as { recordedAt?: unknown }).recordedAt;
  if (typeof recordedAt !== 'string') return null;
  const effectiveOn = (event.data as { effectiveOn?: unknown } | null)?.effectiveOn;
  const firstRecordedAt = clocks && compareMoments(clocks.firstRecordedAt, recordedAt) <= 0 ? clocks.firstRecordedAt : recordedAt;
  const latestRecorded = clocks && compareMoments(clocks.recordedAt, recordedAt) >= 0 ? clocks.recordedAt : recordedAt;
  const latestEffective = typeof effectiveOn === 'string' && (!clocks?.effectiveOn || effectiveOn > clocks.effectiveOn) ? effectiveOn : (clocks?.effectiveOn ?? null);
  return { revision: event.revision, firstRecordedAt, recordedAt: latestRecorded, effectiveOn: latestEffective };
}

/**
 * Negative, zero or positive as moment `a` is before, at or after `b` (NaN if either is no moment).
 * Written as toISOString writes them (recordedAt always is), they compare as text: a rebuild compares
 * two million pairs, and parsing each is eight times the work.
 */
export function compareMoments(a: string, b: string): number {
  if (isUtcIso(a) && isUtcIso(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Date.parse(a) - Date.parse(b);
}

/** `YYYY-MM-DDTHH:mm:ss.sssZ`, as toISOString writes the years 0 to 9999. */
function isUtcIso(at: string): boolean {
  return at.length === 24 && at[4] === '-' && at[10] === 'T' && at[19] === '.' && at[23] === 'Z';
}

/** The clock columns' values, in CLOCK_COLUMNS' order; unknown clocks are written as nulls. */
export function clockValues(clocks: ViewClocks | null, revision: number): unknown[] {
  return clocks ? [clocks.revision, clocks.firstRecordedAt, clocks.recordedAt, clocks.effectiveOn] : [revision, null, null, null];
}

const iso = (at: Date | string) => (typeof at === 'string' ? at : at.toISOString());
