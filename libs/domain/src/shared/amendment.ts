import { reject } from './domain-error.js';
import { changesOf } from './same-value.js';
import { definedOnly, requireReason } from './text.js';

/** What every amendment event carries: only the fields that change, before and after, and why. */
export interface Amendment<T> {
  before: Partial<T>;
  after: Partial<T>;
  reason: string;
}

/**
 * The common rules of a correction: a reason, at least one field named, and nothing recorded when
 * nothing changes (undefined). `proposed` holds the fields the caller sent (undefined ones are ignored).
 */
export function amendmentOf<T extends object>(current: T, proposed: Partial<T>, reason: string | undefined): Amendment<T> | undefined {
  const given = requireReason(reason);
  const named = definedOnly(proposed);
  if (Object.keys(named).length === 0) reject('AMENDMENT_EMPTY', 'name at least one field to amend', 'reason');
  const { before, after } = changesOf(current, named);
  return Object.keys(after).length === 0 ? undefined : { before, after, reason: given };
}
