import { placeLocations } from '../geography/place-location.js';
import { requireDacPurposeCode } from '../shared/dac-purpose-codes.js';
import { requireIatiSafeCode } from '../shared/iati-identifiers.js';
import { assertNever, type Decider } from '../shared/decider.js';
import { reject } from '../shared/domain-error.js';
import { requireDates, requirePastFact, resolveEffectiveOn, resolveEffectiveOnFrom } from '../shared/dates.js';
import { addAmounts, compareAmounts, requirePositiveMoney, subtractAmounts } from '../shared/money.js';
import { definedOnly, requireReason } from '../shared/text.js';
import { mergeTitles } from '../shared/titles.js';
import type { PlanContext } from '../plan/plan.state.js';
import type {
  ActivityCommand,
  CancelActivity,
  CommitFunds,
  CompleteActivity,
  DisburseFunds,
  PlanActivity,
  RescheduleActivity,
  ResumeActivity,
  StartActivity,
  SuspendActivity,
} from './activity.commands.js';
import type { ActivityEvent } from './activity.events.js';
import { amend, amendableOf, applyAmendment } from './activity-amendment.js';
import { recodeActivity } from './activity-recoding.js';
import { evolveFundingEntries, reverseFunding } from './activity-funding-reversal.js';
import { evolveIndicators, retireIndicator, reviseIndicator } from './activity-indicator-corrections.js';
import { defineIndicator } from './activity-indicators.js';
import { evolveProgress, reportProgress, withdrawProgress } from './activity-progress.js';
import { requireDistinctAgencies } from './activity-agencies.js';
import { leastUndisbursedFrom } from './funding-over-time.js';
import { approveReport, evolveApproval, reopenReport, reportForApproval, returnReport, submitReport } from './activity-report-approval.js';
import { rejectValue } from '../shared/invalid-value.js';
import { live, notCancelled, type ExistingActivity } from './activity.guards.js';
import { fundingLineOf, type ActivityDetails, type ActivityState, type FundingLine } from './activity.state.js';

/*
 * Status rules:
 * - planned → in_progress (start) → completed (complete); completed and cancelled are terminal.
 * - suspend from planned or in_progress (a planned activity can be put on hold before it starts,
 *   e.g. while its funding is not secured); resume returns to the status it was suspended from.
 * - cancel from planned, in_progress or suspended.
 * - Funding is not a status transition: commitments and disbursements may still be recorded on a
 *   completed activity (final tranches are paid after the work, and back-filled records arrive late),
 *   never on a cancelled one.
 * - Overdue/delayed is never stored: read models derive it from plannedEnd and a date.
 */

/** Planned dates stay inside the plan's period, end not before start. */
function requirePlannedDates(plannedStart: string, plannedEnd: string, plan: PlanContext): void {
  if (plannedEnd < plannedStart) reject('PLANNED_END_BEFORE_START', `plannedEnd ${plannedEnd} is before plannedStart ${plannedStart}`, 'plannedEnd');
  for (const [field, date] of [['plannedStart', plannedStart], ['plannedEnd', plannedEnd]] as const) {
    if (date < plan.periodStart || date > plan.periodEnd) {
      reject('DATE_OUTSIDE_PLAN_PERIOD', `${field} ${date} is outside the plan period ${plan.periodStart}..${plan.periodEnd}`, field);
    }
  }
}

function requirePlanContext(plan: PlanContext, planId: string): void {
  if (plan.planId !== planId) reject('CONTEXT_MISMATCH', `context.plan is plan ${plan.planId}, not ${planId}`, 'planId');
}

/** Activities may be planned under a draft or adopted plan, not under a closed one. */
function plan({ data }: PlanActivity, state: ActivityState): ActivityEvent[] {
  if (state.status !== 'none') reject('ACTIVITY_ALREADY_EXISTS', `activity ${data.activityId} already exists`);
  requireDates({ plannedStart: data.plannedStart, plannedEnd: data.plannedEnd });
  const planContext = data.context.plan;
  requirePlanContext(planContext, data.planId);
  if (planContext.status === 'closed') reject('PLAN_CLOSED', `plan ${data.planId} is closed`, 'planId');
  if (!planContext.objectiveIds.includes(data.objectiveId)) {
    reject('OBJECTIVE_NOT_IN_PLAN', `objective ${data.objectiveId} is not an objective of plan ${data.planId}`, 'objectiveId');
  }
  requirePlannedDates(data.plannedStart, data.plannedEnd, planContext);
  requireIatiSafeCode(data.code);
  requireDistinctAgencies(data.leadAgencyId, data.partnerAgencyIds);
  if (data.sectorCode !== undefined) requireDacPurposeCode(data.sectorCode, 'sectorCode');
  const budget = data.budget === undefined ? undefined : requirePositiveMoney(data.budget, 'budget');
  const effectiveOn = resolveEffectiveOnFrom(data, data.plannedStart);
  const { activityId, planId, objectiveId, code, titles, description, sectorCode, leadAgencyId, partnerAgencyIds, plannedStart, plannedEnd, locations, tags } = data;
  return [
    {
      type: 'ActivityPlanned',
      data: definedOnly({
        activityId,
        planId,
        objectiveId,
        code,
        titles: mergeTitles({}, titles),
        description,
        sectorCode,
        leadAgencyId,
        partnerAgencyIds,
        plannedStart,
        plannedEnd,
        locations: placeLocations(locations),
        tags,
        budget,
        effectiveOn,
      }),
    },
  ];
}

function start({ data }: StartActivity, state: ActivityState): ActivityEvent[] {
  const activity = live(state, data.activityId);
  if (activity.status !== 'planned') reject('ACTIVITY_NOT_PLANNED', `activity ${data.activityId} is ${activity.status}; only a planned activity can start`);
  const startedOn = requirePastFact(data.startedOn, data.today, 'startedOn');
  return [{ type: 'ActivityStarted', data: { startedOn, effectiveOn: startedOn } }];
}

function commitFunds({ data }: CommitFunds, state: ActivityState): ActivityEvent[] {
  notCancelled(state, data.activityId);
  const money = requirePositiveMoney(data.money, 'money');
  const committedOn = requirePastFact(data.committedOn, data.today, 'committedOn');
  return [{ type: 'FundsCommitted', data: definedOnly({ donorId: data.donorId, money, committedOn, reference: data.reference, effectiveOn: committedOn }) }];
}

/**
 * A disbursement never exceeds what that donor committed to this activity in that currency, net of other
 * disbursements, on its date and every day after (see leastUndisbursedFrom).
 */
function disburseFunds({ data }: DisburseFunds, state: ActivityState): ActivityEvent[] {
  const activity = notCancelled(state, data.activityId);
  const money = requirePositiveMoney(data.money, 'money');
  const disbursedOn = requirePastFact(data.disbursedOn, data.today, 'disbursedOn');
  const line = fundingLineOf(activity.funding, data.donorId, money.currency);
  const available = line ? subtractAmounts(line.committed, line.disbursed) : '0.00';
  if (compareAmounts(money.amount, available) > 0) {
    reject(
      'DISBURSEMENT_EXCEEDS_COMMITMENT',
      `donor ${data.donorId} has ${available} ${money.currency} committed and not yet disbursed; cannot disburse ${money.amount}`,
      'money.amount',
    );
  }
  const onItsDate = leastUndisbursedFrom(activity.fundingEntries, data.donorId, money.currency, disbursedOn);
  if (compareAmounts(money.amount, onItsDate) > 0) {
    reject(
      'DISBURSEMENT_EXCEEDS_COMMITMENT',
      `on ${disbursedOn} and the days after, donor ${data.donorId} had at most ${onItsDate} ${money.currency} committed and not yet disbursed: a disbursement is dated on or after the commitment it draws on`,
      'disbursedOn',
    );
  }
  return [{ type: 'FundsDisbursed', data: { donorId: data.donorId, money, disbursedOn, effectiveOn: disbursedOn } }];
}

/** Rescheduling the same end date again records nothing. */
function reschedule({ data }: RescheduleActivity, state: ActivityState): ActivityEvent[] {
  const activity = live(state, data.activityId);
  requireDates({ plannedEnd: data.plannedEnd });
  const reason = requireReason(data.reason);
  requirePlanContext(data.context.plan, activity.planId);
  requirePlannedDates(activity.plannedStart, data.plannedEnd, data.context.plan);
  const effectiveOn = resolveEffectiveOn(data);
  if (data.plannedEnd === activity.plannedEnd) return [];
  return [{ type: 'ActivityRescheduled', data: { plannedEnd: data.plannedEnd, previousPlannedEnd: activity.plannedEnd, reason, effectiveOn } }];
}

function suspend({ data }: SuspendActivity, state: ActivityState): ActivityEvent[] {
  const activity = live(state, data.activityId);
  if (activity.status === 'suspended') reject('ACTIVITY_NOT_SUSPENDABLE', `activity ${data.activityId} is already suspended`);
  const reason = requireReason(data.reason);
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'ActivitySuspended', data: { reason, suspendedFrom: activity.status, effectiveOn } }];
}

function resume({ data }: ResumeActivity, state: ActivityState): ActivityEvent[] {
  const activity = live(state, data.activityId);
  if (activity.status !== 'suspended') reject('ACTIVITY_NOT_SUSPENDED', `activity ${data.activityId} is ${activity.status}, not suspended`);
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'ActivityResumed', data: definedOnly({ reason: data.reason, resumedTo: activity.resumeTo, effectiveOn }) }];
}

function complete({ data }: CompleteActivity, state: ActivityState): ActivityEvent[] {
  const activity = live(state, data.activityId);
  if (activity.status !== 'in_progress') reject('ACTIVITY_NOT_IN_PROGRESS', `activity ${data.activityId} is ${activity.status}; only an activity in progress can complete`);
  const completedOn = requirePastFact(data.completedOn, data.today, 'completedOn');
  if (completedOn < activity.startedOn) reject('COMPLETED_BEFORE_START', `completedOn ${completedOn} is before startedOn ${activity.startedOn}`, 'completedOn');
  return [{ type: 'ActivityCompleted', data: definedOnly({ completedOn, summary: data.summary, effectiveOn: completedOn }) }];
}

function cancel({ data }: CancelActivity, state: ActivityState): ActivityEvent[] {
  live(state, data.activityId);
  const reason = requireReason(data.reason);
  const effectiveOn = resolveEffectiveOn(data);
  return [{ type: 'ActivityCancelled', data: { reason, effectiveOn } }];
}

function detailsOf(state: ExistingActivity): ActivityDetails {
  const { activityId, planId, code, plannedStart, plannedEnd, startedOn, indicators, progress, progressTip, pending, approvedPeriods, funding, fundingEntries, revision } = state;
  return definedOnly({ activityId, planId, code, ...amendableOf(state), plannedStart, plannedEnd, startedOn, indicators, progress, progressTip, pending, approvedPeriods, funding, fundingEntries, revision });
}

function addFunding(funding: FundingLine[], donorId: string, currency: string, committed: string, disbursed: string): FundingLine[] {
  const line = fundingLineOf(funding, donorId, currency);
  if (!line) return [...funding, { donorId, currency, committed: addAmounts('0', committed), disbursed: addAmounts('0', disbursed) }];
  const updated = { ...line, committed: addAmounts(line.committed, committed), disbursed: addAmounts(line.disbursed, disbursed) };
  return funding.map((l) => (l === line ? updated : l));
}

export const activityDecider: Decider<ActivityState, ActivityCommand, ActivityEvent> = {
  initialState: () => ({ status: 'none' }),

  decide(command, state) {
    switch (command.type) {
      case 'PlanActivity':
        return plan(command, state);
      case 'DefineIndicator':
        return defineIndicator(command, state);
      case 'StartActivity':
        return start(command, state);
      case 'ReportActivityProgress':
        if (command.data.context.plan.approval) return reportForApproval(command, state);
        if (command.data.draft) rejectValue('APPROVAL_NOT_REQUIRED', 'drafts are kept on plans whose reports wait for approval; here a report counts once posted', 'draft');
        return reportProgress(command, state);
      case 'SubmitProgressReport':
        return submitReport(command, state);
      case 'ApproveProgressReport':
        return approveReport(command, state);
      case 'ReturnProgressReport':
        return returnReport(command, state);
      case 'ReopenProgressReport':
        return reopenReport(command, state);
      case 'AmendActivity':
        return amend(command, state);
      case 'RecodeActivity':
        return recodeActivity(command, state);
      case 'WithdrawProgressReport':
        return withdrawProgress(command, state);
      case 'ReverseFunding':
        return reverseFunding(command, state);
      case 'ReviseIndicator':
        return reviseIndicator(command, state);
      case 'RetireIndicator':
        return retireIndicator(command, state);
      case 'CommitFunds':
        return commitFunds(command, state);
      case 'DisburseFunds':
        return disburseFunds(command, state);
      case 'RescheduleActivity':
        return reschedule(command, state);
      case 'SuspendActivity':
        return suspend(command, state);
      case 'ResumeActivity':
        return resume(command, state);
      case 'CompleteActivity':
        return complete(command, state);
      case 'CancelActivity':
        return cancel(command, state);
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    if (event.type === 'ActivityPlanned') {
      const { activityId, planId, code, plannedStart, plannedEnd } = event.data;
      const fresh = { indicators: [], progress: [], pending: [], approvedPeriods: [], funding: [], fundingEntries: [], revision: 0 };
      return { status: 'planned', activityId, planId, code, ...amendableOf(event.data), plannedStart, plannedEnd, ...fresh };
    }
    if (state.status === 'none') return state;
    // The stream revision is counted here: funding entries are named by the revision that recorded them.
    return { ...evolveExisting(state, event), revision: state.revision + 1 };
  },
};

function evolveExisting(state: ExistingActivity, event: Exclude<ActivityEvent, { type: 'ActivityPlanned' }>): ActivityState {
  switch (event.type) {
    case 'IndicatorDefined': {
      const { effectiveOn: _effectiveOn, ...indicator } = event.data;
      return { ...state, indicators: [...state.indicators, indicator] };
    }
    case 'ActivityStarted':
      return { ...detailsOf(state), status: 'in_progress', startedOn: event.data.startedOn };
    case 'ActivityAmended':
      return applyAmendment(state, event);
    case 'ActivityRecoded':
      return { ...state, ...event.data.after };
    case 'ActivityProgressReported':
    case 'ActivityProgressCorrected':
      return { ...state, ...evolveProgress(state, event) };
    case 'ActivityProgressWithdrawn':
      return { ...state, ...evolveProgress(state, event), ...evolveApproval(state, event) };
    case 'ProgressReportDrafted':
    case 'ProgressReportSubmitted':
    case 'ProgressReportReturned':
    case 'ProgressReportApproved':
    case 'ProgressReportReopened':
      return { ...state, ...evolveApproval(state, event) };
    case 'FundsCommitted':
    case 'FundsDisbursed':
    case 'FundsCommitmentReversed':
    case 'FundsDisbursementReversed': {
      const { donorId, money } = event.data;
      const reversal = event.type === 'FundsCommitmentReversed' || event.type === 'FundsDisbursementReversed';
      const commitment = event.type === 'FundsCommitted' || event.type === 'FundsCommitmentReversed';
      const amount = reversal ? `-${money.amount}` : money.amount;
      const funding = addFunding(state.funding, donorId, money.currency, commitment ? amount : '0', commitment ? '0' : amount);
      return { ...state, funding, fundingEntries: evolveFundingEntries(state.fundingEntries, event, state.revision + 1) };
    }
    case 'IndicatorRevised':
    case 'IndicatorRetired':
      return { ...state, indicators: evolveIndicators(state.indicators, event) };
    case 'ActivityRescheduled':
      return { ...state, plannedEnd: event.data.plannedEnd };
    case 'ActivitySuspended':
      return { ...detailsOf(state), status: 'suspended', resumeTo: event.data.suspendedFrom };
    case 'ActivityResumed':
      return event.data.resumedTo === 'in_progress'
        ? { ...detailsOf(state), status: 'in_progress', startedOn: state.startedOn ?? event.data.effectiveOn }
        : { ...detailsOf(state), status: 'planned' };
    case 'ActivityCompleted':
      return { ...detailsOf(state), status: 'completed', completedOn: event.data.completedOn };
    case 'ActivityCancelled':
      return { ...detailsOf(state), status: 'cancelled' };
    default:
      return assertNever(event);
  }
}
