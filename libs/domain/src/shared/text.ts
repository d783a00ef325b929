import { reject } from './domain-error.js';

/**
 * A character a reader can see: not whitespace, not a format character (zero-width space, joiners, direction
 * marks) and not one of the blank letters (Braille blank, Hangul fillers) that look like nothing.
 */
export const VISIBLE_CHARACTER = /[^\s\p{Cf}\u2800\u115f\u1160\u3164\uffa0]/u;

/** Nothing a reader could see: a reason of zero-width spaces is no reason. */
export function isBlank(value: string | undefined): boolean {
  return value === undefined || !VISIBLE_CHARACTER.test(value);
}

/** Reasons are what the commission reads in the audit trail: a blank one is no reason. */
export function requireReason(reason: string | undefined, field = 'reason'): string {
  if (reason === undefined || isBlank(reason)) reject('REASON_REQUIRED', `${field} is required`, field);
  return reason;
}

/**
 * Copies an object without its `undefined` properties, so that optional fields are absent from
 * stored events rather than present as undefined (JSON drops them anyway; tests compare exactly).
 */
export function definedOnly<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
