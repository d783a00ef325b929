import { fromScaled, toScaled } from '../shared/money.js';
import type { FundingEntry } from './activity.state.js';

/**
 * The least a donor had committed and not yet disbursed in a currency on any day from `from` on, by the
 * entries in force (reversed ones left out), as a decimal amount. A disbursement on `from` may not exceed it:
 * "a disbursement never exceeds what was committed" holds on every date, not only today, so a disbursement
 * dated before its commitment is refused (as of the days between, the activity would show more disbursed
 * than committed).
 */
export function leastUndisbursedFrom(entries: readonly FundingEntry[], donorId: string, currency: string, from: string): string {
  const own = entries.filter((e) => !e.reversed && e.donorId === donorId && e.money.currency === currency);
  const balanceOn = (day: string) =>
    own.filter((e) => e.on <= day).reduce((sum, e) => (e.kind === 'commitment' ? sum + toScaled(e.money.amount) : sum - toScaled(e.money.amount)), 0n);
  const days = [from, ...own.map((e) => e.on).filter((day) => day > from)];
  return fromScaled(days.map(balanceOn).reduce((least, balance) => (balance < least ? balance : least)));
}
