import { reject } from './domain-error.js';

export function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
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
