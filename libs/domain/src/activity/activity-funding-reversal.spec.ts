import { given, stateAfter } from '../shared/decider-spec.js';
import type { ReverseFunding } from './activity.commands.js';
import type { FundsCommitmentReversed, FundsDisbursementReversed } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import { ACTIVITY_ID, aDisburseFunds, aFundsCommitted, aFundsDisbursed, cancelled, DONOR_ID, inProgress } from './activity.fixtures.js';

// inProgress() is revisions 0 and 1: the commitment is at 2, the disbursement at 3.
const funded = () => [...inProgress(), aFundsCommitted(), aFundsDisbursed()];
const reverse = (kind: 'commitment' | 'disbursement', entryRevision: number, reason = 'entered twice'): ReverseFunding => ({
  type: 'ReverseFunding',
  data: { activityId: ACTIVITY_ID, kind, entryRevision, reason },
});
const commitmentReversed = (): FundsCommitmentReversed => ({
  type: 'FundsCommitmentReversed',
  data: { entryRevision: 2, donorId: DONOR_ID, money: { amount: '100000.00', currency: 'EUR' }, committedOn: '2015-05-20', reason: 'entered twice', effectiveOn: '2015-05-20' },
});
const disbursementReversed = (): FundsDisbursementReversed => ({
  type: 'FundsDisbursementReversed',
  data: { entryRevision: 3, donorId: DONOR_ID, money: { amount: '40000.00', currency: 'EUR' }, disbursedOn: '2015-07-01', reason: 'entered twice', effectiveOn: '2015-07-01' },
});

describe('activity decider: ReverseFunding (a compensating entry)', () => {
  it('reverses a disbursement, effective when it was made, naming it by its revision', () => {
    given(activityDecider, funded()).when(reverse('disbursement', 3)).then([disbursementReversed()]);
  });

  it('reverses a commitment once nothing disbursed depends on it', () => {
    given(activityDecider, [...funded(), disbursementReversed()]).when(reverse('commitment', 2)).then([commitmentReversed()]);
  });

  it('refuses a commitment reversal that would leave disbursed above committed', () => {
    given(activityDecider, funded()).when(reverse('commitment', 2)).thenThrows('REVERSAL_LEAVES_DISBURSED_ABOVE_COMMITTED', 'entryRevision');
  });

  it('allows it when another commitment of the donor still covers the disbursements', () => {
    given(activityDecider, [...funded(), aFundsCommitted({ money: { amount: '50000.00', currency: 'EUR' } })]).when(reverse('commitment', 2)).then([commitmentReversed()]);
  });

  it('refuses it when another commitment covers the disbursements today but came after them', () => {
    // The July disbursement drew on the May commitment; a September one covers the total, not July.
    const later = aFundsCommitted({ money: { amount: '50000.00', currency: 'EUR' }, committedOn: '2015-09-01', effectiveOn: '2015-09-01' });
    given(activityDecider, [...funded(), later]).when(reverse('commitment', 2)).thenThrows('REVERSAL_LEAVES_DISBURSED_ABOVE_COMMITTED', 'entryRevision');
  });

  it('refuses a revision that is no entry of that kind, and an entry already reversed', () => {
    given(activityDecider, funded()).when(reverse('commitment', 3)).thenThrows('FUNDING_ENTRY_NOT_FOUND', 'entryRevision');
    given(activityDecider, funded()).when(reverse('disbursement', 99)).thenThrows('FUNDING_ENTRY_NOT_FOUND', 'entryRevision');
    given(activityDecider, [...funded(), disbursementReversed()]).when(reverse('disbursement', 3)).thenThrows('FUNDING_ENTRY_ALREADY_REVERSED', 'entryRevision');
  });

  it('refuses a reversal without a reason', () => {
    given(activityDecider, funded()).when(reverse('disbursement', 3, ' ')).thenThrows('REASON_REQUIRED', 'reason');
  });

  it('reverses an entry of a cancelled activity (a mistake is still a mistake)', () => {
    given(activityDecider, [...cancelled(), aFundsCommitted()]).when(reverse('commitment', 2)).then([commitmentReversed()]);
  });

  it('the totals drop by the reversed amount, so the disbursement rule uses them', () => {
    const state = stateAfter(activityDecider, [...funded(), disbursementReversed(), commitmentReversed()]);
    expect(state.status === 'in_progress' && state.funding).toEqual([{ donorId: DONOR_ID, currency: 'EUR', committed: '0.00', disbursed: '0.00' }]);
    given(activityDecider, [...funded(), disbursementReversed(), commitmentReversed()]).when(aDisburseFunds()).thenThrows('DISBURSEMENT_EXCEEDS_COMMITMENT', 'money.amount');
  });
});
