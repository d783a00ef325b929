import { amendmentOf } from './amendment.js';
import { requireIatiSafeCode } from './iati-identifiers.js';

/** What a recoding changes: the code a plan or an activity is cited by, and that its IATI identifier is made of. */
export interface Coded {
  code: string;
}

/** An amendment of the code alone (data.before, data.after, reason), where both sides always hold it. */
export interface Recoding {
  before: Coded;
  after: Coded;
  reason: string;
}

/**
 * The correction of a plan's or an activity's code: a reason, a code as safe for IATI identifiers as
 * on creation, and nothing recorded when it is the one stored. Another spelling of the same code (its
 * case) is a change (the record keeps the spelling it was given), though its reservation stays put.
 */
export function recodingOf(current: string, code: string, reason: string): Recoding | undefined {
  requireIatiSafeCode(code);
  const amendment = amendmentOf<Coded>({ code: current }, { code }, reason);
  return amendment && { before: { code: current }, after: { code }, reason: amendment.reason };
}
