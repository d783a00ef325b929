import type { Titles } from '../shared/titles.js';
import type { DomainEvent } from '../shared/decider.js';
import type { Recoding } from '../shared/recoding.js';
import type { Money } from '../shared/money.js';
import { STREAM_PREFIX } from '../shared/streams.js';
import type { Evidence } from '../shared/values.js';
import type { CategoryValue } from '../results/disaggregation.js';
import type { IndicatorShape, RemovableShapeField, RollUp } from '../results/indicator-definition.js';
import type { Changes } from '../shared/same-value.js';

/**
 * Where an activity works (schema version 8): a country (ISO 3166-1 alpha-2), a first-level area and
 * optionally a district. In a gazetteer country the area is the gazetteer's (`areaCode` its ISO 3166-2
 * code, `province` its English name) and `checked` says whether the district is known too; elsewhere
 * the names are as given and `checked` is false. A location stored before version 8 whose area is no
 * Tajik area is read without a country, unchecked (the CLI's `check locations` lists them).
 */
export interface ActivityLocation {
  country?: string;
  province: string;
  areaCode?: string;
  district?: string;
  checked: boolean;
}

/** Alignment tags: SDG targets (`10.7`) and Global Compact for Migration objectives (`19`). */
export interface AlignmentTags {
  sdg: string[];
  gcm: string[];
}

/** A reported total, and optionally its values per category of the indicator's dimensions. */
export interface IndicatorValue {
  indicatorId: string;
  value: number;
  categories?: CategoryValue[];
}

export type ActivityStatus = 'planned' | 'in_progress' | 'completed' | 'suspended' | 'cancelled';
/** The statuses a suspension can interrupt, and so the ones a resumption returns to. */
export type SuspendableStatus = 'planned' | 'in_progress';

export type ActivityPlanned = DomainEvent<
  'ActivityPlanned',
  {
    activityId: string;
    planId: string;
    objectiveId: string;
    code: string;
    titles: Titles;
    description?: string;
    /** DAC 5-digit purpose code (IATI sector); absent: the plan's default. */
    sectorCode?: string;
    leadAgencyId: string;
    partnerAgencyIds: string[];
    plannedStart: string;
    plannedEnd: string;
    locations: ActivityLocation[];
    tags: AlignmentTags;
    budget?: Money;
    effectiveOn: string;
  }
>;
/** Stored before schema version 6 with names, unit, baseline and target only (see indicator-upcasts.ts). */
export type IndicatorDefined = DomainEvent<'IndicatorDefined', IndicatorShape & { indicatorId: string; rollsUpTo?: RollUp; effectiveOn: string }>;
export type ActivityStarted = DomainEvent<'ActivityStarted', { startedOn: string; effectiveOn: string }>;
/** effectiveOn is the end of the reporting period. `reason` explains a lower percentComplete. */
export type ActivityProgressReported = DomainEvent<
  'ActivityProgressReported',
  {
    periodStart: string;
    periodEnd: string;
    percentComplete: number;
    narrative?: string;
    indicatorValues: IndicatorValue[];
    evidence: Evidence[];
    reason?: string;
    effectiveOn: string;
  }
>;
/**
 * A commitment or disbursement recorded by mistake, reversed by a compensating entry: `entryRevision`
 * is the stream revision of the entry reversed. Effective when the reversed entry was, so that every
 * asOf after it sees the mistake undone, while knownAt before the reversal still shows what was shown.
 */
export type FundsCommitmentReversed = DomainEvent<
  'FundsCommitmentReversed',
  { entryRevision: number; donorId: string; money: Money; committedOn: string; reason: string; effectiveOn: string }
>;
export type FundsDisbursementReversed = DomainEvent<
  'FundsDisbursementReversed',
  { entryRevision: number; donorId: string; money: Money; disbursedOn: string; reason: string; effectiveOn: string }
>;
/** The fields of an indicator a revision may correct. */
export interface RevisableIndicator extends IndicatorShape {
  rollsUpTo: RollUp;
}
/** What a revision may remove: the baseline date, and the roll-up (the indicator then feeds no objective indicator). */
export type RemovableIndicatorField = RemovableShapeField | 'rollsUpTo';
/** A correction: `before` and `after` hold only the fields that change (after null: removed); no effectiveOn (seen at every asOf). */
export type IndicatorRevised = DomainEvent<
  'IndicatorRevised',
  { indicatorId: string; before: Partial<RevisableIndicator>; after: Changes<RevisableIndicator, RemovableIndicatorField>; reason: string }
>;
/** No longer tracked from effectiveOn: its values stay in the history, new reports may not give one. */
export type IndicatorRetired = DomainEvent<'IndicatorRetired', { indicatorId: string; reason: string; effectiveOn: string }>;
/** The details an amendment may correct; the plan, code and dates have commands of their own. */
export interface AmendableActivityDetails {
  titles: Titles;
  description?: string;
  sectorCode?: string;
  objectiveId: string;
  leadAgencyId: string;
  partnerAgencyIds: string[];
  locations: ActivityLocation[];
  tags: AlignmentTags;
  budget?: Money;
}
/** What an amendment may remove (`after` null): a description, sector or budget the activity should not have had. */
export type RemovableActivityField = 'description' | 'sectorCode' | 'budget';
/**
 * A correction of details entered by mistake: `before` and `after` hold only the fields that change.
 * No effectiveOn: a correction says what the record should always have said, so every asOf sees it.
 */
export type ActivityAmended = DomainEvent<
  'ActivityAmended',
  { before: Partial<AmendableActivityDetails>; after: Changes<AmendableActivityDetails, RemovableActivityField>; reason: string }
>;
/** A correction of the code, in any status (no effectiveOn: seen at every asOf); its reservation moves with it. */
export type ActivityRecoded = DomainEvent<'ActivityRecoded', Recoding>;
/** What a progress report says: what a correction replaces, shown before and after in the history. */
export interface ProgressReportContent {
  percentComplete: number;
  narrative?: string;
  indicatorValues: IndicatorValue[];
  evidence: Evidence[];
}
/** A report for a period already reported replaces it; the rule "never lower" forgets the replaced one. */
export type ActivityProgressCorrected = DomainEvent<
  'ActivityProgressCorrected',
  { periodStart: string; periodEnd: string; before: ProgressReportContent; after: ProgressReportContent; reason: string; effectiveOn: string }
>;
export type ActivityProgressWithdrawn = DomainEvent<
  'ActivityProgressWithdrawn',
  { periodStart: string; periodEnd: string; before: ProgressReportContent; reason: string; effectiveOn: string }
>;
/*
 * The approval of progress reports (issue 11), on plans whose calendar asks for it: an agency drafts
 * and submits; the secretariat returns with a comment or approves (someone other than the submitter),
 * which puts the figures in force with ActivityProgressReported or, for a reopened period,
 * ActivityProgressCorrected in the same append; an approved report changes only once reopened with a
 * reason. `by` is the user who drafted, submitted or approved; each step is effective on the period's
 * end, like the figures (`knownAt` tells when it was recorded).
 */
export type ProgressReportDrafted = DomainEvent<'ProgressReportDrafted', { periodStart: string; periodEnd: string; content: ProgressReportContent; reason?: string; by: string; effectiveOn: string }>;
export type ProgressReportSubmitted = DomainEvent<'ProgressReportSubmitted', { periodStart: string; periodEnd: string; content: ProgressReportContent; reason?: string; by: string; effectiveOn: string }>;
export type ProgressReportReturned = DomainEvent<'ProgressReportReturned', { periodStart: string; periodEnd: string; comment: string; effectiveOn: string }>;
export type ProgressReportApproved = DomainEvent<'ProgressReportApproved', { periodStart: string; periodEnd: string; submittedBy: string; by: string; effectiveOn: string }>;
export type ProgressReportReopened = DomainEvent<'ProgressReportReopened', { periodStart: string; periodEnd: string; reason: string; effectiveOn: string }>;
/** money.amount is stored in canonical form (see normalizeAmount). */
export type FundsCommitted = DomainEvent<'FundsCommitted', { donorId: string; money: Money; committedOn: string; reference?: string; effectiveOn: string }>;
export type FundsDisbursed = DomainEvent<'FundsDisbursed', { donorId: string; money: Money; disbursedOn: string; effectiveOn: string }>;
export type ActivityRescheduled = DomainEvent<'ActivityRescheduled', { plannedEnd: string; previousPlannedEnd: string; reason: string; effectiveOn: string }>;
/** `suspendedFrom` is the status a later ActivityResumed returns to. */
export type ActivitySuspended = DomainEvent<'ActivitySuspended', { reason: string; suspendedFrom: SuspendableStatus; effectiveOn: string }>;
export type ActivityResumed = DomainEvent<'ActivityResumed', { reason?: string; resumedTo: SuspendableStatus; effectiveOn: string }>;
export type ActivityCompleted = DomainEvent<'ActivityCompleted', { completedOn: string; summary?: string; effectiveOn: string }>;
export type ActivityCancelled = DomainEvent<'ActivityCancelled', { reason: string; effectiveOn: string }>;

export type ActivityEvent =
  | ActivityPlanned
  | IndicatorDefined
  | ActivityStarted
  | ActivityAmended
  | ActivityRecoded
  | ActivityProgressReported
  | ActivityProgressCorrected
  | ActivityProgressWithdrawn
  | ProgressReportDrafted
  | ProgressReportSubmitted
  | ProgressReportReturned
  | ProgressReportApproved
  | ProgressReportReopened
  | FundsCommitted
  | FundsDisbursed
  | FundsCommitmentReversed
  | FundsDisbursementReversed
  | IndicatorRevised
  | IndicatorRetired
  | ActivityRescheduled
  | ActivitySuspended
  | ActivityResumed
  | ActivityCompleted
  | ActivityCancelled;
export type ActivityEventType = ActivityEvent['type'];

const eventTypes: Record<ActivityEventType, true> = {
  ActivityPlanned: true,
  IndicatorDefined: true,
  ActivityStarted: true,
  ActivityAmended: true,
  ActivityRecoded: true,
  ActivityProgressReported: true,
  ActivityProgressCorrected: true,
  ActivityProgressWithdrawn: true,
  ProgressReportDrafted: true,
  ProgressReportSubmitted: true,
  ProgressReportReturned: true,
  ProgressReportApproved: true,
  ProgressReportReopened: true,
  FundsCommitted: true,
  FundsDisbursed: true,
  FundsCommitmentReversed: true,
  FundsDisbursementReversed: true,
  IndicatorRevised: true,
  IndicatorRetired: true,
  ActivityRescheduled: true,
  ActivitySuspended: true,
  ActivityResumed: true,
  ActivityCompleted: true,
  ActivityCancelled: true,
};
export const ACTIVITY_EVENT_TYPES = Object.keys(eventTypes) as ActivityEventType[];

export function activityStream(activityId: string): string {
  return STREAM_PREFIX.activity + activityId;
}
