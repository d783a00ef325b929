import { reject } from './domain-error.js';
import { changesOf, type Changes } from './same-value.js';
import { definedOnly, requireReason } from './text.js';

/**
 * What every amendment event carries: only the fields that change, before and after, and why. On the
 * optional fields `R`, `after` null says the field was removed (`before` holds what it was).
 */
export interface Amendment<T, R extends keyof T = never> {
  before: Partial<T>;
  after: Changes<T, R>;
  reason: string;
}

/**
 * The common rules of a correction: a reason, at least one field named, and nothing recorded when
 * nothing changes (undefined). `proposed` holds the fields the caller sent (undefined ones are ignored;
 * null, on a removable field, removes it).
 */
export function amendmentOf<T extends object, R extends keyof T = never>(current: T, proposed: Changes<T, R>, reason: string | undefined): Amendment<T, R> | undefined {
  const given = requireReason(reason);
  const named = definedOnly(proposed);
  if (Object.keys(named).length === 0) reject('AMENDMENT_EMPTY', 'name at least one field to amend', 'reason');
  const { before, after } = changesOf<T, R>(current, named);
  return Object.keys(after).length === 0 ? undefined : { before, after, reason: given };
}
