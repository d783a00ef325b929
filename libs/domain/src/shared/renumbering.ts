import { amendmentOf } from './amendment.js';
import { rejectValue } from './invalid-value.js';
import { isBlank } from './text.js';

/** What a renumbering changes: the label minutes and pickers cite a record by ("2015/2", "IMC-2015/07"). */
export interface Numbered {
  number: string;
}

/** An amendment of the number alone (data.before, data.after, reason), where both sides always hold it. */
export interface Renumbering {
  before: Numbered;
  after: Numbered;
  reason: string;
}

/**
 * The correction of a session's or a decision's number: a reason, a number a reader can see, and
 * nothing recorded when it is the one stored. Another spelling of the same number is a change (the
 * record keeps the spelling it was given), though its reservation stays where it is.
 */
export function renumberingOf(current: string, number: string, reason: string): Renumbering | undefined {
  if (isBlank(number)) rejectValue('NUMBER_REQUIRED', 'number is required', 'number');
  const amendment = amendmentOf<Numbered>({ number: current }, { number }, reason);
  return amendment && { before: { number: current }, after: { number }, reason: amendment.reason };
}
