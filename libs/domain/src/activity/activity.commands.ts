import type { Titles } from '../shared/titles.js';
import type { CommandClock, DomainCommand } from '../shared/decider.js';
import type { Money } from '../shared/money.js';
import type { Evidence } from '../shared/values.js';
import type { PlanContext } from '../plan/plan.state.js';
import type { IndicatorFields, RollUp } from '../results/indicator-definition.js';
import type { LocationInput } from '../geography/place-location.js';
import type { Changes } from '../shared/same-value.js';
import type { AlignmentTags, AmendableActivityDetails, IndicatorValue, RemovableActivityField, RemovableIndicatorField, RevisableIndicator } from './activity.events.js';

/**
 * Commands with a natural business date (startedOn, the progress report's periodEnd, committedOn,
 * disbursedOn, completedOn) take no `effectiveOn`: that date is the event's effectiveOn.
 */

/** context.plan: the plan named by planId, as loaded from its stream (see planContextOf). */
export type PlanActivity = DomainCommand<
  'PlanActivity',
  CommandClock & {
    activityId: string;
    planId: string;
    objectiveId: string;
    code: string;
    titles: Titles;
    description?: string;
    sectorCode?: string;
    leadAgencyId: string;
    partnerAgencyIds: string[];
    plannedStart: string;
    plannedEnd: string;
    /** Placed against the gazetteer by the decider (see placeLocation). */
    locations: LocationInput[];
    tags: AlignmentTags;
    budget?: Money;
    context: { plan: PlanContext };
  }
>;
/** context.plan: the activity's plan, for its period, disaggregation catalogue and objective indicators. */
export type DefineIndicator = DomainCommand<
  'DefineIndicator',
  CommandClock & IndicatorFields & { activityId: string; indicatorId: string; rollsUpTo?: RollUp; context: { plan: PlanContext } }
>;
export type StartActivity = DomainCommand<'StartActivity', { activityId: string; startedOn: string; today: string }>;
export type ReportActivityProgress = DomainCommand<
  'ReportActivityProgress',
  {
    activityId: string;
    periodStart: string;
    periodEnd: string;
    percentComplete: number;
    narrative?: string;
    indicatorValues: IndicatorValue[];
    evidence: Evidence[];
    /** Required when percentComplete is lower than an earlier period's report, and for a period already reported (a correction). */
    reason?: string;
    /** On a plan whose reports wait for approval: keep it as a draft rather than submit it. */
    draft?: boolean;
    /** The user reporting: on a plan with approval, who submitted (who may then not approve). */
    by?: string;
    today: string;
    /** The activity's plan: its catalogue judges category values; its calendar says whether reports wait for approval. */
    context: { plan: PlanContext };
  }
>;
type ReportPeriod = { activityId: string; periodStart: string; periodEnd: string; today: string };
/** Submits the draft (or the returned or reopened report) of a period, as it stands. */
export type SubmitProgressReport = DomainCommand<'SubmitProgressReport', ReportPeriod & { by: string }>;
export type ApproveProgressReport = DomainCommand<'ApproveProgressReport', ReportPeriod & { by: string }>;
export type ReturnProgressReport = DomainCommand<'ReturnProgressReport', ReportPeriod & { comment: string }>;
export type ReopenProgressReport = DomainCommand<'ReopenProgressReport', ReportPeriod & { reason: string }>;
/** Corrects details entered by mistake; the fields given replace the current ones, null removes an optional one. context.plan: the activity's plan. */
export type AmendActivity = DomainCommand<
  'AmendActivity',
  Changes<Omit<AmendableActivityDetails, 'locations'>, RemovableActivityField> & { locations?: LocationInput[]; activityId: string; reason: string; context: { plan: PlanContext } }
>;
/** Corrects the code, in any status. The application moves the code's reservation (unique within the plan). */
export type RecodeActivity = DomainCommand<'RecodeActivity', { activityId: string; code: string; reason: string }>;
/** Reverses the commitment or disbursement recorded at stream revision `entryRevision`, with a reason. */
export type ReverseFunding = DomainCommand<'ReverseFunding', { activityId: string; kind: 'commitment' | 'disbursement'; entryRevision: number; reason: string }>;
/** null removes the baseline date or the roll-up. */
export type ReviseIndicator = DomainCommand<
  'ReviseIndicator',
  Changes<RevisableIndicator, RemovableIndicatorField> & { activityId: string; indicatorId: string; reason: string; context: { plan: PlanContext } }
>;
export type RetireIndicator = DomainCommand<'RetireIndicator', CommandClock & { activityId: string; indicatorId: string; reason: string }>;
/** Withdraws the report of one period (periodStart..periodEnd), with a reason. */
export type WithdrawProgressReport = DomainCommand<'WithdrawProgressReport', { activityId: string; periodStart: string; periodEnd: string; reason: string }>;
export type CommitFunds = DomainCommand<'CommitFunds', { activityId: string; donorId: string; money: Money; committedOn: string; reference?: string; today: string }>;
export type DisburseFunds = DomainCommand<'DisburseFunds', { activityId: string; donorId: string; money: Money; disbursedOn: string; today: string }>;
/** context.plan: the activity's plan, for the period the new plannedEnd must stay inside. */
export type RescheduleActivity = DomainCommand<
  'RescheduleActivity',
  CommandClock & { activityId: string; plannedEnd: string; reason: string; context: { plan: PlanContext } }
>;
export type SuspendActivity = DomainCommand<'SuspendActivity', CommandClock & { activityId: string; reason: string }>;
export type ResumeActivity = DomainCommand<'ResumeActivity', CommandClock & { activityId: string; reason?: string }>;
export type CompleteActivity = DomainCommand<'CompleteActivity', { activityId: string; completedOn: string; summary?: string; today: string }>;
export type CancelActivity = DomainCommand<'CancelActivity', CommandClock & { activityId: string; reason: string }>;

export type ActivityCommand =
  | PlanActivity
  | DefineIndicator
  | AmendActivity
  | RecodeActivity
  | StartActivity
  | ReportActivityProgress
  | WithdrawProgressReport
  | SubmitProgressReport
  | ApproveProgressReport
  | ReturnProgressReport
  | ReopenProgressReport
  | ReverseFunding
  | ReviseIndicator
  | RetireIndicator
  | CommitFunds
  | DisburseFunds
  | RescheduleActivity
  | SuspendActivity
  | ResumeActivity
  | CompleteActivity
  | CancelActivity;
