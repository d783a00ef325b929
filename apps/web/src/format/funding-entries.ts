import type { HistoryEntry } from '../api/views';

/** One commitment or disbursement as recorded, and its reversal once there is one. */
export interface FundingEntryLine {
  /** The activity's revision it was recorded at: what a reversal names. */
  revision: number;
  kind: 'commitment' | 'disbursement';
  donorId: string;
  amount: string;
  currency: string;
  on: string;
  reference?: string;
  reversal?: { reason: string | null; recordedAt: string };
}

interface FundsData {
  donorId: string;
  money: { amount: string; currency: string };
  committedOn?: string;
  disbursedOn?: string;
  reference?: string;
  entryRevision?: number;
}

const RECORDED = { FundsCommitted: 'commitment', FundsDisbursed: 'disbursement' } as const;
const REVERSED = new Set(['FundsCommitmentReversed', 'FundsDisbursementReversed']);

/** The activity's funding entries, oldest first, read off its history (the read model keeps only totals by donor). */
export function fundingEntriesOf(history: readonly HistoryEntry[]): FundingEntryLine[] {
  const entries = new Map<number, FundingEntryLine>();
  for (const event of history) {
    const data = event.data as unknown as FundsData;
    const kind = RECORDED[event.type as keyof typeof RECORDED];
    if (kind) {
      const on = (kind === 'commitment' ? data.committedOn : data.disbursedOn) ?? '';
      entries.set(event.revision, {
        revision: event.revision,
        kind,
        donorId: data.donorId,
        amount: data.money.amount,
        currency: data.money.currency,
        on,
        ...(data.reference ? { reference: data.reference } : {}),
      });
    } else if (REVERSED.has(event.type) && data.entryRevision !== undefined) {
      const entry = entries.get(data.entryRevision);
      if (entry) entry.reversal = { reason: event.reason, recordedAt: event.recordedAt };
    }
  }
  return [...entries.values()];
}
