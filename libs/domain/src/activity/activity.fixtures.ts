import { aPlanContext, OBJECTIVE_ID, PLAN_ID } from '../plan/plan.fixtures.js';
import type {
  CancelActivity,
  CommitFunds,
  CompleteActivity,
  DefineIndicator,
  DisburseFunds,
  PlanActivity,
  ReportActivityProgress,
  RescheduleActivity,
  ResumeActivity,
  StartActivity,
  SuspendActivity,
} from './activity.commands.js';
import type {
  ActivityCancelled,
  ActivityCompleted,
  ActivityPlanned,
  ActivityProgressReported,
  ActivityRescheduled,
  ActivityResumed,
  ActivityStarted,
  ActivitySuspended,
  FundsCommitted,
  FundsDisbursed,
  IndicatorDefined,
} from './activity.events.js';

export const ACTIVITY_ID = '3c0d6a7e-0203-4c4e-9a31-000000000001';
export const INDICATOR_ID = '3c0d6a7e-0203-4c4e-9a31-0000000000b1';
export const LEAD_AGENCY_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000001';
export const PARTNER_ID = '6f1c2a52-0b8e-4c4e-9a31-000000000002';
export const DONOR_ID = '6f1c2a52-0b8e-4c4e-9a31-0000000000e0';
export const OTHER_DONOR_ID = '6f1c2a52-0b8e-4c4e-9a31-0000000000e1';
export const TODAY = '2016-03-01';

export function aPlanActivity(overrides: Partial<PlanActivity['data']> = {}): PlanActivity {
  return {
    type: 'PlanActivity',
    data: {
      activityId: ACTIVITY_ID,
      planId: PLAN_ID,
      objectiveId: OBJECTIVE_ID,
      code: '2.3',
      titles: { en: 'Information sessions for labour migrants before departure' },
      leadAgencyId: LEAD_AGENCY_ID,
      partnerAgencyIds: [PARTNER_ID],
      plannedStart: '2015-06-01',
      plannedEnd: '2016-06-30',
      locations: [{ province: 'Khatlon', district: 'Kulob' }, { province: 'Sughd' }],
      tags: { sdg: ['10.7'], gcm: ['19'] },
      today: TODAY,
      context: { plan: aPlanContext() },
      ...overrides,
    },
  };
}

export function anActivityPlanned(overrides: Partial<ActivityPlanned['data']> = {}): ActivityPlanned {
  return {
    type: 'ActivityPlanned',
    data: {
      activityId: ACTIVITY_ID,
      planId: PLAN_ID,
      objectiveId: OBJECTIVE_ID,
      code: '2.3',
      titles: { en: 'Information sessions for labour migrants before departure' },
      leadAgencyId: LEAD_AGENCY_ID,
      partnerAgencyIds: [PARTNER_ID],
      plannedStart: '2015-06-01',
      plannedEnd: '2016-06-30',
      locations: [
        { country: 'TJ', province: 'Khatlon', areaCode: 'TJ-KT', district: 'Kulob', checked: true },
        { country: 'TJ', province: 'Sughd', areaCode: 'TJ-SU', checked: true },
      ],
      tags: { sdg: ['10.7'], gcm: ['19'] },
      effectiveOn: '2015-06-01', // plannedStart: the default date of an activity planned without effectiveOn
      ...overrides,
    },
  };
}

export function aDefineIndicator(overrides: Partial<DefineIndicator['data']> = {}): DefineIndicator {
  return {
    type: 'DefineIndicator',
    data: {
      activityId: ACTIVITY_ID,
      indicatorId: INDICATOR_ID,
      names: { en: 'Migrants informed' },
      unit: 'persons',
      baseline: 0,
      target: 5000,
      today: TODAY,
      context: { plan: aPlanContext() },
      ...overrides,
    },
  };
}

export function anIndicatorDefined(overrides: Partial<IndicatorDefined['data']> = {}): IndicatorDefined {
  return {
    type: 'IndicatorDefined',
    data: {
      indicatorId: INDICATOR_ID,
      names: { en: 'Migrants informed' },
      type: 'number',
      unit: 'persons',
      baseline: 0,
      target: 5000,
      targets: [],
      direction: 'increase',
      disaggregations: [],
      effectiveOn: '2015-06-01',
      ...overrides,
    },
  };
}

export function aStartActivity(overrides: Partial<StartActivity['data']> = {}): StartActivity {
  return { type: 'StartActivity', data: { activityId: ACTIVITY_ID, startedOn: '2015-06-15', today: TODAY, ...overrides } };
}

export function anActivityStarted(overrides: Partial<ActivityStarted['data']> = {}): ActivityStarted {
  return { type: 'ActivityStarted', data: { startedOn: '2015-06-15', effectiveOn: '2015-06-15', ...overrides } };
}

export function aReportActivityProgress(overrides: Partial<ReportActivityProgress['data']> = {}): ReportActivityProgress {
  return {
    type: 'ReportActivityProgress',
    data: {
      activityId: ACTIVITY_ID,
      periodStart: '2015-07-01',
      periodEnd: '2015-09-30',
      percentComplete: 25,
      indicatorValues: [],
      evidence: [],
      today: TODAY,
      context: { plan: aPlanContext() },
      ...overrides,
    },
  };
}

export function anActivityProgressReported(overrides: Partial<ActivityProgressReported['data']> = {}): ActivityProgressReported {
  return {
    type: 'ActivityProgressReported',
    data: { periodStart: '2015-07-01', periodEnd: '2015-09-30', percentComplete: 25, indicatorValues: [], evidence: [], effectiveOn: '2015-09-30', ...overrides },
  };
}

export function aCommitFunds(overrides: Partial<CommitFunds['data']> = {}): CommitFunds {
  return {
    type: 'CommitFunds',
    data: { activityId: ACTIVITY_ID, donorId: DONOR_ID, money: { amount: '100000.00', currency: 'EUR' }, committedOn: '2015-05-20', today: TODAY, ...overrides },
  };
}

export function aFundsCommitted(overrides: Partial<FundsCommitted['data']> = {}): FundsCommitted {
  return {
    type: 'FundsCommitted',
    data: { donorId: DONOR_ID, money: { amount: '100000.00', currency: 'EUR' }, committedOn: '2015-05-20', effectiveOn: '2015-05-20', ...overrides },
  };
}

export function aDisburseFunds(overrides: Partial<DisburseFunds['data']> = {}): DisburseFunds {
  return {
    type: 'DisburseFunds',
    data: { activityId: ACTIVITY_ID, donorId: DONOR_ID, money: { amount: '40000.00', currency: 'EUR' }, disbursedOn: '2015-07-01', today: TODAY, ...overrides },
  };
}

export function aFundsDisbursed(overrides: Partial<FundsDisbursed['data']> = {}): FundsDisbursed {
  return {
    type: 'FundsDisbursed',
    data: { donorId: DONOR_ID, money: { amount: '40000.00', currency: 'EUR' }, disbursedOn: '2015-07-01', effectiveOn: '2015-07-01', ...overrides },
  };
}

export function aRescheduleActivity(overrides: Partial<RescheduleActivity['data']> = {}): RescheduleActivity {
  return {
    type: 'RescheduleActivity',
    data: { activityId: ACTIVITY_ID, plannedEnd: '2016-12-31', reason: 'venue not available', today: TODAY, context: { plan: aPlanContext() }, ...overrides },
  };
}

export function anActivityRescheduled(overrides: Partial<ActivityRescheduled['data']> = {}): ActivityRescheduled {
  return {
    type: 'ActivityRescheduled',
    data: { plannedEnd: '2016-12-31', previousPlannedEnd: '2016-06-30', reason: 'venue not available', effectiveOn: TODAY, ...overrides },
  };
}

export function aSuspendActivity(overrides: Partial<SuspendActivity['data']> = {}): SuspendActivity {
  return { type: 'SuspendActivity', data: { activityId: ACTIVITY_ID, reason: 'funding delayed', today: TODAY, ...overrides } };
}

export function anActivitySuspended(overrides: Partial<ActivitySuspended['data']> = {}): ActivitySuspended {
  return { type: 'ActivitySuspended', data: { reason: 'funding delayed', suspendedFrom: 'in_progress', effectiveOn: TODAY, ...overrides } };
}

export function aResumeActivity(overrides: Partial<ResumeActivity['data']> = {}): ResumeActivity {
  return { type: 'ResumeActivity', data: { activityId: ACTIVITY_ID, today: TODAY, ...overrides } };
}

export function anActivityResumed(overrides: Partial<ActivityResumed['data']> = {}): ActivityResumed {
  return { type: 'ActivityResumed', data: { resumedTo: 'in_progress', effectiveOn: TODAY, ...overrides } };
}

export function aCompleteActivity(overrides: Partial<CompleteActivity['data']> = {}): CompleteActivity {
  return { type: 'CompleteActivity', data: { activityId: ACTIVITY_ID, completedOn: '2016-02-15', today: TODAY, ...overrides } };
}

export function anActivityCompleted(overrides: Partial<ActivityCompleted['data']> = {}): ActivityCompleted {
  return { type: 'ActivityCompleted', data: { completedOn: '2016-02-15', effectiveOn: '2016-02-15', ...overrides } };
}

export function aCancelActivity(overrides: Partial<CancelActivity['data']> = {}): CancelActivity {
  return { type: 'CancelActivity', data: { activityId: ACTIVITY_ID, reason: 'merged into 2.4', today: TODAY, ...overrides } };
}

export function anActivityCancelled(overrides: Partial<ActivityCancelled['data']> = {}): ActivityCancelled {
  return { type: 'ActivityCancelled', data: { reason: 'merged into 2.4', effectiveOn: TODAY, ...overrides } };
}

/** Histories, as fresh arrays each call. */
export const planned = () => [anActivityPlanned()];
export const inProgress = () => [anActivityPlanned(), anActivityStarted()];
export const completed = () => [...inProgress(), anActivityCompleted()];
export const cancelled = () => [anActivityPlanned(), anActivityCancelled()];
export const suspendedFromProgress = () => [...inProgress(), anActivitySuspended()];
