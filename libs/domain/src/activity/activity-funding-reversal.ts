import { reject } from '../shared/domain-error.js';
import { compareAmounts, subtractAmounts } from '../shared/money.js';
import { requireReason } from '../shared/text.js';
import type { ReverseFunding } from './activity.commands.js';
import type { ActivityEvent } from './activity.events.js';
import { existing } from './activity.guards.js';
import { fundingLineOf, type ActivityState, type FundingEntry } from './activity.state.js';
import { leastUndisbursedFrom } from './funding-over-time.js';

/**
 * A commitment or disbursement recorded by mistake is reversed by a compensating entry, in any
 * status (a mistake on a cancelled activity is still a mistake). A commitment reversal that would
 * leave that donor's disbursements in that currency above its commitments is refused: reverse the
 * disbursements first.
 */
export function reverseFunding({ data }: ReverseFunding, state: ActivityState): ActivityEvent[] {
  const activity = existing(state, data.activityId);
  const reason = requireReason(data.reason);
  const entry = activity.fundingEntries.find((e) => e.revision === data.entryRevision && e.kind === data.kind);
  if (!entry) reject('FUNDING_ENTRY_NOT_FOUND', `no ${data.kind} was recorded at revision ${data.entryRevision} of activity ${data.activityId}`, 'entryRevision');
  if (entry.reversed) reject('FUNDING_ENTRY_ALREADY_REVERSED', `the ${data.kind} recorded at revision ${data.entryRevision} is already reversed`, 'entryRevision');
  const { donorId, money, on, revision: entryRevision } = entry;
  if (entry.kind === 'disbursement') {
    return [{ type: 'FundsDisbursementReversed', data: { entryRevision, donorId, money, disbursedOn: on, reason, effectiveOn: on } }];
  }
  const line = fundingLineOf(activity.funding, donorId, money.currency)!;
  const committedAfter = subtractAmounts(line.committed, money.amount);
  if (compareAmounts(line.disbursed, committedAfter) > 0) {
    reject(
      'REVERSAL_LEAVES_DISBURSED_ABOVE_COMMITTED',
      `donor ${donorId} has disbursed ${line.disbursed} ${money.currency}; without this commitment only ${committedAfter} would be committed`,
      'entryRevision',
    );
  }
  // Nor on any day since the commitment: a disbursement made while only this commitment covered it stays covered.
  const without = activity.fundingEntries.map((e) => (e === entry ? { ...e, reversed: true as const } : e));
  if (compareAmounts(leastUndisbursedFrom(without, donorId, money.currency, on), '0') < 0) {
    reject('REVERSAL_LEAVES_DISBURSED_ABOVE_COMMITTED', `without this commitment, donor ${donorId} would have disbursed more ${money.currency} than it had committed on a day since ${on}`, 'entryRevision');
  }
  return [{ type: 'FundsCommitmentReversed', data: { entryRevision, donorId, money, committedOn: on, reason, effectiveOn: on } }];
}

/** The entries after one more event at `revision`: a new commitment or disbursement, or a reversal. */
export function evolveFundingEntries(entries: readonly FundingEntry[], event: ActivityEvent, revision: number): FundingEntry[] {
  switch (event.type) {
    case 'FundsCommitted':
      return [...entries, { revision, kind: 'commitment', donorId: event.data.donorId, money: event.data.money, on: event.data.committedOn }];
    case 'FundsDisbursed':
      return [...entries, { revision, kind: 'disbursement', donorId: event.data.donorId, money: event.data.money, on: event.data.disbursedOn }];
    case 'FundsCommitmentReversed':
    case 'FundsDisbursementReversed':
      return entries.map((e) => (e.revision === event.data.entryRevision ? { ...e, reversed: true } : e));
    default:
      return [...entries];
  }
}
