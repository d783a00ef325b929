import type { SuspendableStatus } from './activity.events.js';

export interface ActivityIndicator {
  indicatorId: string;
  name: string;
  unit: string;
  baseline: number;
  target: number;
}

/** One progress report as the "never goes down" rule needs it. */
export interface ProgressPoint {
  periodEnd: string;
  percentComplete: number;
}

/** Running totals per donor and currency, as canonical decimal strings. */
export interface FundingLine {
  donorId: string;
  currency: string;
  committed: string;
  disbursed: string;
}

export interface ActivityDetails {
  activityId: string;
  planId: string;
  objectiveId: string;
  code: string;
  leadAgencyId: string;
  partnerAgencyIds: string[];
  plannedStart: string;
  plannedEnd: string;
  startedOn?: string;
  indicators: ActivityIndicator[];
  /** In the order recorded; the rule compares by periodEnd, since back-filled reports arrive out of order. */
  progress: ProgressPoint[];
  funding: FundingLine[];
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
