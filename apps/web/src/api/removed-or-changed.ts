/** Empty in a form: nothing, or a text field left blank. */
const isEmpty = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/**
 * What a correction sends for an optional value, which the API keeps when left out, replaces when given
 * and removes on `null`: `null` when it had a value and the field was emptied; the new value when it
 * changed; `undefined` (left out of the JSON) when it is as it was, or was empty and stays empty.
 */
export function removedOrChanged<T>(
  before: T | null | undefined,
  after: T | null | undefined,
  same: (a: T, b: T) => boolean = Object.is,
): T | null | undefined {
  if (isEmpty(after)) return isEmpty(before) ? undefined : null;
  if (!isEmpty(before) && same(before as T, after as T)) return undefined;
  return after;
}
