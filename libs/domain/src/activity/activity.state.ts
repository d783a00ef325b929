import type { Money } from '../shared/money.js';
import type { IndicatorShape, RollUp } from '../results/indicator-definition.js';
import type { AmendableActivityDetails, ProgressReportContent, SuspendableStatus } from './activity.events.js';

export interface ActivityIndicator extends IndicatorShape {
  indicatorId: string;
  rollsUpTo?: RollUp;
  retired?: true;
}

/** One commitment or disbursement, by the stream revision that recorded it: what a reversal names. */
export interface FundingEntry {
  revision: number;
  kind: 'commitment' | 'disbursement';
  donorId: string;
  money: Money;
  on: string;
  reversed?: true;
}

/** One progress report as the "never goes down" rule needs it. */
export interface ProgressPoint {
  periodEnd: string;
  percentComplete: number;
}

/** Of the reports in force: the latest period end, and the highest percent complete of any of them. */
export interface ProgressTip {
  lastEnd: string;
  highest: number;
}

/** The report in force for one period (periodStart..periodEnd): a correction replaces it, a withdrawal removes it. */
export interface ProgressReport extends ProgressPoint, ProgressReportContent {
  periodStart: string;
}

/** Where a report under approval stands: being written, awaiting the secretariat, sent back, or an approved one reopened. */
export type PendingStage = 'draft' | 'submitted' | 'returned' | 'reopened';

/** A report of a plan with approval, not (or no longer) approved as it stands: the figures in force stay those approved. */
export interface PendingReport {
  periodStart: string;
  periodEnd: string;
  stage: PendingStage;
  content: ProgressReportContent;
  reason?: string;
  /** Who submitted it, while submitted: they may not approve it. */
  submittedBy?: string;
  /** The secretariat's comment, when returned. */
  comment?: string;
  /** Why the approved report was reopened, when it was. */
  reopenReason?: string;
}

/** Running totals per donor and currency, as canonical decimal strings. */
export interface FundingLine {
  donorId: string;
  currency: string;
  committed: string;
  disbursed: string;
}

/** The amendable details are kept so that an amendment can record the values before it. */
export interface ActivityDetails extends AmendableActivityDetails {
  activityId: string;
  planId: string;
  code: string;
  plannedStart: string;
  plannedEnd: string;
  startedOn?: string;
  indicators: ActivityIndicator[];
  /** In the order recorded; the rule compares by periodEnd, since back-filled reports arrive out of order. */
  progress: ProgressReport[];
  /**
   * Kept with `progress`, undefined while it is empty: a report for a period after every one in force
   * (the usual report) is checked and folded without reading the others, thousands on a long activity.
   */
  progressTip?: ProgressTip;
  /** Reports under approval, one per period at most. */
  pending: PendingReport[];
  /** Periods (`start..end`) whose report in force was approved: locked until reopened. */
  approvedPeriods: string[];
  funding: FundingLine[];
  fundingEntries: FundingEntry[];
  /** The stream revision of the last event folded: funding entries are named by theirs. */
  revision: number;
}

export type ActivityState =
  | { status: 'none' }
  | (ActivityDetails & { status: 'planned' })
  | (ActivityDetails & { status: 'in_progress'; startedOn: string })
  | (ActivityDetails & { status: 'suspended'; resumeTo: SuspendableStatus })
  | (ActivityDetails & { status: 'completed'; completedOn: string })
  | (ActivityDetails & { status: 'cancelled' });

/** The percent complete of the report with the latest period (the latest recorded on a tie); 0 before any. */
export function currentPercentComplete(progress: readonly ProgressPoint[]): number {
  let latest: ProgressPoint | undefined;
  for (const point of progress) if (!latest || point.periodEnd >= latest.periodEnd) latest = point;
  return latest?.percentComplete ?? 0;
}

/** The running totals of one donor in one currency, if it committed anything in it. */
export function fundingLineOf(funding: readonly FundingLine[], donorId: string, currency: string): FundingLine | undefined {
  return funding.find((line) => line.donorId === donorId && line.currency === currency);
}
