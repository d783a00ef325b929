import { reject } from './domain-error.js';

/** Business dates are calendar dates written `YYYY-MM-DD`; as such they compare correctly as strings. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function minDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** Refuses anything that is not a real calendar date; `undefined` passes (optional fields). */
export function requireDates(fields: Record<string, string | undefined>): void {
  for (const [field, value] of Object.entries(fields)) {
    if (value !== undefined && !isIsoDate(value)) reject('INVALID_DATE', `${field} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`, field);
  }
}

/** A fact cannot be recorded as having happened after today (back-filling the past is fine). */
export function requireNotInFuture(date: string, today: string, field: string): void {
  if (date > today) reject('DATE_IN_FUTURE', `${field} ${date} is after today (${today})`, field);
}

/**
 * The business date of a command without a natural date: its explicit `effectiveOn`, else `fallback`
 * (today unless the caller knows better). Validated: a date, and not in the future.
 */
export function resolveEffectiveOn(data: { today: string; effectiveOn?: string }, fallback: string = data.today): string {
  requireDates({ today: data.today, effectiveOn: data.effectiveOn });
  const effectiveOn = data.effectiveOn ?? fallback;
  requireNotInFuture(effectiveOn, data.today, 'effectiveOn');
  return effectiveOn;
}

/** A natural date of a fact (startedOn, disbursedOn, heldOn…): a date, not after today. It is the event's effectiveOn. */
export function requirePastFact(date: string, today: string, field: string): string {
  requireDates({ today, [field]: date });
  requireNotInFuture(date, today, field);
  return date;
}

/**
 * The default business date of a record that has a date of its own (an activity's planned start, a
 * plan's period start): that date, or today when it is still ahead. Back-filled records then land in
 * the past they describe without the caller knowing about `effectiveOn`; an explicit one still wins.
 */
export function resolveEffectiveOnFrom(data: { today: string; effectiveOn?: string }, ownDate: string): string {
  requireDates({ today: data.today });
  return resolveEffectiveOn(data, minDate(data.today, ownDate));
}
