import { given, stateAfter } from '../shared/decider-spec.js';
import { aPlanContext, OBJECTIVE_ID, PLAN_ID } from '../plan/plan.fixtures.js';
import { activityDecider } from './activity.decider.js';
import {
  aCancelActivity,
  aCommitFunds,
  aCompleteActivity,
  aDefineIndicator,
  aDisburseFunds,
  aFundsCommitted,
  aFundsDisbursed,
  anActivityCancelled,
  anActivityCompleted,
  anActivityPlanned,
  anActivityProgressReported,
  anActivityRescheduled,
  anActivityResumed,
  anActivityStarted,
  anActivitySuspended,
  anIndicatorDefined,
  aPlanActivity,
  aReportActivityProgress,
  aRescheduleActivity,
  aResumeActivity,
  aStartActivity,
  aSuspendActivity,
  cancelled,
  completed,
  DONOR_ID,
  INDICATOR_ID,
  inProgress,
  OTHER_DONOR_ID,
  planned,
  suspendedFromProgress,
} from './activity.fixtures.js';
import { currentPercentComplete } from './activity.state.js';

const OTHER_INDICATOR_ID = '3c0d6a7e-0203-4c4e-9a31-0000000000b2';

describe('activity decider', () => {
  describe('PlanActivity', () => {
    it('plans an activity under an adopted plan', () => {
      given(activityDecider, []).when(aPlanActivity()).then([anActivityPlanned()]);
    });

    it('keeps the description and a budget with its amount in canonical form', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ description: 'Pre-departure orientation', budget: { amount: '250000', currency: 'USD' } }))
        .then([anActivityPlanned({ description: 'Pre-departure orientation', budget: { amount: '250000.00', currency: 'USD' } })]);
    });

    it('plans an activity under a draft plan', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ context: { plan: aPlanContext({ status: 'draft' }) } }))
        .then([anActivityPlanned()]);
    });

    it('refuses an activity under a closed plan', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ context: { plan: aPlanContext({ status: 'closed' }) } }))
        .thenThrows('PLAN_CLOSED', 'planId');
    });

    it('refuses an objective that is not in the plan', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ objectiveId: '0a5e8f4e-2015-4c4e-9a31-0000000000ff' }))
        .thenThrows('OBJECTIVE_NOT_IN_PLAN', 'objectiveId');
    });

    it('refuses a plan context that is not the plan named', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ context: { plan: aPlanContext({ planId: 'another-plan' }) } }))
        .thenThrows('CONTEXT_MISMATCH', 'planId');
    });

    it('accepts planned dates exactly on the plan period bounds', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ plannedStart: '2015-01-01', plannedEnd: '2020-12-31' }))
        .then([anActivityPlanned({ plannedStart: '2015-01-01', plannedEnd: '2020-12-31', effectiveOn: '2015-01-01' })]);
    });

    it('refuses a planned start before the plan period', () => {
      given(activityDecider, []).when(aPlanActivity({ plannedStart: '2014-12-31' })).thenThrows('DATE_OUTSIDE_PLAN_PERIOD', 'plannedStart');
    });

    it('refuses a planned end after the plan period', () => {
      given(activityDecider, []).when(aPlanActivity({ plannedEnd: '2021-01-01' })).thenThrows('DATE_OUTSIDE_PLAN_PERIOD', 'plannedEnd');
    });

    it('accepts a planned end on the planned start', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ plannedStart: '2015-06-01', plannedEnd: '2015-06-01' }))
        .then([anActivityPlanned({ plannedStart: '2015-06-01', plannedEnd: '2015-06-01' })]);
    });

    it('refuses a planned end before the planned start', () => {
      given(activityDecider, []).when(aPlanActivity({ plannedEnd: '2015-05-31' })).thenThrows('PLANNED_END_BEFORE_START', 'plannedEnd');
    });

    it('refuses a planned date that is not a date', () => {
      given(activityDecider, []).when(aPlanActivity({ plannedStart: '2015-6-1' })).thenThrows('INVALID_DATE', 'plannedStart');
    });

    it('refuses a budget in an unknown currency', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ budget: { amount: '100.00', currency: 'EURO' } }))
        .thenThrows('UNKNOWN_CURRENCY', 'budget.currency');
    });

    it('refuses a budget amount written as a float', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ budget: { amount: '1e6', currency: 'EUR' } }))
        .thenThrows('INVALID_MONEY_AMOUNT', 'budget.amount');
    });

    it('refuses a negative budget', () => {
      given(activityDecider, [])
        .when(aPlanActivity({ budget: { amount: '-5.00', currency: 'EUR' } }))
        .thenThrows('AMOUNT_NOT_POSITIVE', 'budget.amount');
    });

    it('refuses to plan the same activity twice', () => {
      given(activityDecider, planned()).when(aPlanActivity()).thenThrows('ACTIVITY_ALREADY_EXISTS');
    });
  });

  describe('DefineIndicator', () => {
    it('defines an indicator on a planned activity', () => {
      given(activityDecider, planned()).when(aDefineIndicator()).then([anIndicatorDefined()]);
    });

    it('defines an indicator on an activity in progress', () => {
      given(activityDecider, inProgress()).when(aDefineIndicator()).then([anIndicatorDefined()]);
    });

    it('refuses an indicator id already defined', () => {
      given(activityDecider, [...planned(), anIndicatorDefined()]).when(aDefineIndicator()).thenThrows('INDICATOR_ALREADY_DEFINED', 'indicatorId');
    });

    it('refuses a target that is not a number', () => {
      given(activityDecider, planned()).when(aDefineIndicator({ target: Number.NaN })).thenThrows('INVALID_NUMBER', 'target');
    });

    it('refuses an indicator on a completed activity', () => {
      given(activityDecider, completed()).when(aDefineIndicator()).thenThrows('TERMINAL_STATE');
    });

    it('refuses an indicator on an activity that does not exist', () => {
      given(activityDecider, []).when(aDefineIndicator()).thenThrows('ACTIVITY_NOT_FOUND');
    });
  });

  describe('StartActivity', () => {
    it('starts a planned activity, effective on the start date', () => {
      given(activityDecider, planned()).when(aStartActivity()).then([anActivityStarted()]);
    });

    it('refuses to start an activity already in progress', () => {
      given(activityDecider, inProgress()).when(aStartActivity()).thenThrows('ACTIVITY_NOT_PLANNED');
    });

    it('refuses to start a suspended activity (resume it instead)', () => {
      given(activityDecider, [...planned(), anActivitySuspended({ suspendedFrom: 'planned' })]).when(aStartActivity()).thenThrows('ACTIVITY_NOT_PLANNED');
    });

    it('refuses to start a cancelled activity', () => {
      given(activityDecider, cancelled()).when(aStartActivity()).thenThrows('TERMINAL_STATE');
    });

    it('refuses a start date in the future', () => {
      given(activityDecider, planned()).when(aStartActivity({ startedOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'startedOn');
    });

    it('refuses to start an activity that does not exist', () => {
      given(activityDecider, []).when(aStartActivity()).thenThrows('ACTIVITY_NOT_FOUND');
    });
  });

  describe('ReportActivityProgress', () => {
    it('records progress of an activity in progress, effective at the end of the period', () => {
      given(activityDecider, inProgress()).when(aReportActivityProgress()).then([anActivityProgressReported()]);
    });

    it('records values of defined indicators, a narrative and evidence', () => {
      const report = {
        narrative: 'Sessions held in Kulob and Dousti',
        indicatorValues: [{ indicatorId: INDICATOR_ID, value: 1200 }],
        evidence: [{ title: 'Attendance sheets', url: 'https://example.org/attendance.pdf' }],
      };
      given(activityDecider, [...inProgress(), anIndicatorDefined()])
        .when(aReportActivityProgress(report))
        .then([anActivityProgressReported(report)]);
    });

    it('refuses progress on an activity that was never started', () => {
      given(activityDecider, planned()).when(aReportActivityProgress()).thenThrows('ACTIVITY_NOT_IN_PROGRESS');
    });

    it('refuses progress on a suspended activity', () => {
      given(activityDecider, suspendedFromProgress()).when(aReportActivityProgress()).thenThrows('ACTIVITY_NOT_IN_PROGRESS');
    });

    it('takes a late report on a completed activity for a period that began by its completion, as the reporting cycle asks', () => {
      given(activityDecider, completed())
        .when(aReportActivityProgress({ periodStart: '2016-01-01', periodEnd: '2016-02-29', percentComplete: 90 }))
        .then([anActivityProgressReported({ periodStart: '2016-01-01', periodEnd: '2016-02-29', percentComplete: 90, effectiveOn: '2016-02-29' })]);
    });

    it('refuses progress on a completed activity for a period after its completion', () => {
      given(activityDecider, completed()).when(aReportActivityProgress({ periodStart: '2016-02-16', periodEnd: '2016-02-29' })).thenThrows('TERMINAL_STATE', 'periodStart');
    });

    it('accepts a higher percentage for a later period', () => {
      given(activityDecider, [...inProgress(), anActivityProgressReported()])
        .when(aReportActivityProgress({ periodStart: '2015-10-01', periodEnd: '2015-12-31', percentComplete: 40 }))
        .then([anActivityProgressReported({ periodStart: '2015-10-01', periodEnd: '2015-12-31', percentComplete: 40, effectiveOn: '2015-12-31' })]);
    });

    it('refuses a lower percentage for a later period without a reason', () => {
      given(activityDecider, [...inProgress(), anActivityProgressReported()])
        .when(aReportActivityProgress({ periodStart: '2015-10-01', periodEnd: '2015-12-31', percentComplete: 20 }))
        .thenThrows('PROGRESS_DECREASE_WITHOUT_REASON', 'percentComplete');
    });

    it('refuses a lower percentage when the reason is blank', () => {
      given(activityDecider, [...inProgress(), anActivityProgressReported()])
        .when(aReportActivityProgress({ periodStart: '2015-10-01', periodEnd: '2015-12-31', percentComplete: 20, reason: ' ' }))
        .thenThrows('PROGRESS_DECREASE_WITHOUT_REASON', 'percentComplete');
    });

    it('accepts a lower percentage with a stated reason', () => {
      const lower = { periodStart: '2015-10-01', periodEnd: '2015-12-31', percentComplete: 20, reason: 'earlier figure double-counted Kulob' };
      given(activityDecider, [...inProgress(), anActivityProgressReported()])
        .when(aReportActivityProgress(lower))
        .then([anActivityProgressReported({ ...lower, effectiveOn: '2015-12-31' })]);
    });

    it('accepts a back-filled report for an earlier period with a lower percentage', () => {
      given(activityDecider, [...inProgress(), anActivityProgressReported()])
        .when(aReportActivityProgress({ periodStart: '2015-06-15', periodEnd: '2015-06-30', percentComplete: 5 }))
        .then([anActivityProgressReported({ periodStart: '2015-06-15', periodEnd: '2015-06-30', percentComplete: 5, effectiveOn: '2015-06-30' })]);
    });

    it('refuses a back-filled report for an earlier period above a later one without a reason', () => {
      given(activityDecider, [...inProgress(), anActivityProgressReported()])
        .when(aReportActivityProgress({ periodStart: '2015-06-15', periodEnd: '2015-06-30', percentComplete: 30 }))
        .thenThrows('PROGRESS_DECREASE_WITHOUT_REASON', 'percentComplete');
    });

    it('refuses a percentage above 100', () => {
      given(activityDecider, inProgress()).when(aReportActivityProgress({ percentComplete: 101 })).thenThrows('PERCENT_OUT_OF_RANGE', 'percentComplete');
    });

    it('refuses a negative percentage', () => {
      given(activityDecider, inProgress()).when(aReportActivityProgress({ percentComplete: -1 })).thenThrows('PERCENT_OUT_OF_RANGE', 'percentComplete');
    });

    it('refuses a value for an indicator that is not defined', () => {
      given(activityDecider, [...inProgress(), anIndicatorDefined()])
        .when(aReportActivityProgress({ indicatorValues: [{ indicatorId: OTHER_INDICATOR_ID, value: 3 }] }))
        .thenThrows('UNKNOWN_INDICATOR', 'indicatorValues[0].indicatorId');
    });

    it('refuses two values for the same indicator in one report', () => {
      const value = { indicatorId: INDICATOR_ID, value: 3 };
      given(activityDecider, [...inProgress(), anIndicatorDefined()])
        .when(aReportActivityProgress({ indicatorValues: [value, value] }))
        .thenThrows('DUPLICATE_INDICATOR_VALUE', 'indicatorValues[1].indicatorId');
    });

    it('refuses a period that ends before it starts', () => {
      given(activityDecider, inProgress())
        .when(aReportActivityProgress({ periodStart: '2015-09-30', periodEnd: '2015-07-01' }))
        .thenThrows('PERIOD_END_BEFORE_START', 'periodEnd');
    });

    it('refuses a period that ends before the activity started', () => {
      given(activityDecider, inProgress())
        .when(aReportActivityProgress({ periodStart: '2015-01-01', periodEnd: '2015-03-31' }))
        .thenThrows('REPORT_PERIOD_BEFORE_START', 'periodEnd');
    });

    it('refuses a period that ends in the future', () => {
      given(activityDecider, inProgress())
        .when(aReportActivityProgress({ periodStart: '2016-01-01', periodEnd: '2016-03-31' }))
        .thenThrows('DATE_IN_FUTURE', 'periodEnd');
    });
  });

  describe('CommitFunds', () => {
    it('records a commitment, amount in canonical form, effective on the commitment date', () => {
      given(activityDecider, planned())
        .when(aCommitFunds({ money: { amount: '100000', currency: 'EUR' }, reference: 'EU-DCI-2015/01' }))
        .then([aFundsCommitted({ reference: 'EU-DCI-2015/01' })]);
    });

    it('records a commitment on a completed activity (late paperwork)', () => {
      given(activityDecider, completed()).when(aCommitFunds()).then([aFundsCommitted()]);
    });

    it('refuses a commitment to a cancelled activity', () => {
      given(activityDecider, cancelled()).when(aCommitFunds()).thenThrows('TERMINAL_STATE');
    });

    it('refuses a zero commitment', () => {
      given(activityDecider, planned()).when(aCommitFunds({ money: { amount: '0.00', currency: 'EUR' } })).thenThrows('AMOUNT_NOT_POSITIVE', 'money.amount');
    });

    it('refuses an amount with more than four decimals', () => {
      given(activityDecider, planned())
        .when(aCommitFunds({ money: { amount: '10.00001', currency: 'EUR' } }))
        .thenThrows('INVALID_MONEY_AMOUNT', 'money.amount');
    });

    it('refuses an unknown currency', () => {
      given(activityDecider, planned()).when(aCommitFunds({ money: { amount: '10.00', currency: 'XYZ' } })).thenThrows('UNKNOWN_CURRENCY', 'money.currency');
    });

    it('refuses a commitment dated in the future', () => {
      given(activityDecider, planned()).when(aCommitFunds({ committedOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'committedOn');
    });
  });

  describe('DisburseFunds', () => {
    it('records a disbursement within the commitment', () => {
      given(activityDecider, [...planned(), aFundsCommitted()]).when(aDisburseFunds()).then([aFundsDisbursed()]);
    });

    it('records a disbursement of exactly what remains', () => {
      given(activityDecider, [...inProgress(), aFundsCommitted(), aFundsDisbursed()])
        .when(aDisburseFunds({ money: { amount: '60000', currency: 'EUR' } }))
        .then([aFundsDisbursed({ money: { amount: '60000.00', currency: 'EUR' } })]);
    });

    it('refuses a disbursement beyond what remains after earlier disbursements', () => {
      given(activityDecider, [...inProgress(), aFundsCommitted(), aFundsDisbursed()])
        .when(aDisburseFunds({ money: { amount: '60000.01', currency: 'EUR' } }))
        .thenThrows('DISBURSEMENT_EXCEEDS_COMMITMENT', 'money.amount');
    });

    it('refuses a disbursement dated before the commitment it draws on, naming disbursedOn; on the same day it is taken', () => {
      given(activityDecider, [...inProgress(), aFundsCommitted({ committedOn: '2015-06-01', effectiveOn: '2015-06-01' })])
        .when(aDisburseFunds({ disbursedOn: '2015-05-15' }))
        .thenThrows('DISBURSEMENT_EXCEEDS_COMMITMENT', 'disbursedOn');
      given(activityDecider, [...inProgress(), aFundsCommitted({ committedOn: '2015-06-01', effectiveOn: '2015-06-01' })])
        .when(aDisburseFunds({ disbursedOn: '2015-06-01' }))
        .then([aFundsDisbursed({ disbursedOn: '2015-06-01', effectiveOn: '2015-06-01' })]);
    });

    it('refuses a back-dated disbursement that the totals allow but a later day would not (more disbursed than committed then)', () => {
      // 100,000 committed in May and 100,000 in September; 100,000 disbursed in July: 100,000 remain today, none in August.
      const history = [...inProgress(), aFundsCommitted(), aFundsCommitted({ committedOn: '2015-09-01', effectiveOn: '2015-09-01' }), aFundsDisbursed({ money: { amount: '100000.00', currency: 'EUR' } })];
      given(activityDecider, history).when(aDisburseFunds({ disbursedOn: '2015-06-01' })).thenThrows('DISBURSEMENT_EXCEEDS_COMMITMENT', 'disbursedOn');
      given(activityDecider, history).when(aDisburseFunds({ disbursedOn: '2015-09-01' })).then([aFundsDisbursed({ disbursedOn: '2015-09-01', effectiveOn: '2015-09-01' })]);
    });

    it('counts the sum of several commitments of the donor', () => {
      given(activityDecider, [...inProgress(), aFundsCommitted(), aFundsCommitted({ money: { amount: '50000.00', currency: 'EUR' } })])
        .when(aDisburseFunds({ money: { amount: '150000.00', currency: 'EUR' } }))
        .then([aFundsDisbursed({ money: { amount: '150000.00', currency: 'EUR' } })]);
    });

    it('adds decimals exactly (0.1 + 0.2 committed, 0.3 disbursed)', () => {
      given(activityDecider, [
        ...inProgress(),
        aFundsCommitted({ money: { amount: '0.1', currency: 'EUR' } }),
        aFundsCommitted({ money: { amount: '0.2', currency: 'EUR' } }),
      ])
        .when(aDisburseFunds({ money: { amount: '0.3', currency: 'EUR' } }))
        .then([aFundsDisbursed({ money: { amount: '0.30', currency: 'EUR' } })]);
    });

    it('refuses a disbursement when the donor committed nothing', () => {
      given(activityDecider, inProgress()).when(aDisburseFunds()).thenThrows('DISBURSEMENT_EXCEEDS_COMMITMENT');
    });

    it("does not count another donor's commitment", () => {
      given(activityDecider, [...inProgress(), aFundsCommitted({ donorId: OTHER_DONOR_ID })]).when(aDisburseFunds()).thenThrows('DISBURSEMENT_EXCEEDS_COMMITMENT');
    });

    it('does not count a commitment in another currency', () => {
      given(activityDecider, [...inProgress(), aFundsCommitted({ money: { amount: '100000.00', currency: 'USD' } })])
        .when(aDisburseFunds())
        .thenThrows('DISBURSEMENT_EXCEEDS_COMMITMENT');
    });

    it('records a final disbursement on a completed activity', () => {
      given(activityDecider, [...completed(), aFundsCommitted()]).when(aDisburseFunds()).then([aFundsDisbursed()]);
    });

    it('refuses a disbursement on a cancelled activity', () => {
      given(activityDecider, [anActivityPlanned(), aFundsCommitted(), anActivityCancelled()]).when(aDisburseFunds()).thenThrows('TERMINAL_STATE');
    });

    it('refuses a disbursement dated in the future', () => {
      given(activityDecider, [...planned(), aFundsCommitted()]).when(aDisburseFunds({ disbursedOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'disbursedOn');
    });
  });

  describe('RescheduleActivity', () => {
    it('moves the planned end, with a reason, keeping the previous end in the event', () => {
      given(activityDecider, inProgress()).when(aRescheduleActivity()).then([anActivityRescheduled()]);
    });

    it('records nothing when the planned end does not change', () => {
      given(activityDecider, inProgress()).when(aRescheduleActivity({ plannedEnd: '2016-06-30' })).then([]);
    });

    it('refuses a planned end before the planned start', () => {
      given(activityDecider, inProgress()).when(aRescheduleActivity({ plannedEnd: '2015-05-31' })).thenThrows('PLANNED_END_BEFORE_START', 'plannedEnd');
    });

    it('refuses a planned end after the plan period', () => {
      given(activityDecider, inProgress()).when(aRescheduleActivity({ plannedEnd: '2021-01-31' })).thenThrows('DATE_OUTSIDE_PLAN_PERIOD', 'plannedEnd');
    });

    it('accepts a planned end inside a revised (longer) plan period', () => {
      given(activityDecider, inProgress())
        .when(aRescheduleActivity({ plannedEnd: '2021-01-31', context: { plan: aPlanContext({ periodEnd: '2021-06-30' }) } }))
        .then([anActivityRescheduled({ plannedEnd: '2021-01-31' })]);
    });

    it('refuses a reschedule without a reason', () => {
      given(activityDecider, inProgress()).when(aRescheduleActivity({ reason: '' })).thenThrows('REASON_REQUIRED', 'reason');
    });

    it('refuses to reschedule a completed activity', () => {
      given(activityDecider, completed()).when(aRescheduleActivity()).thenThrows('TERMINAL_STATE');
    });

    it("refuses a plan context that is not the activity's plan", () => {
      given(activityDecider, inProgress())
        .when(aRescheduleActivity({ context: { plan: aPlanContext({ planId: 'another-plan' }) } }))
        .thenThrows('CONTEXT_MISMATCH');
    });
  });

  describe('SuspendActivity and ResumeActivity', () => {
    it('suspends an activity in progress', () => {
      given(activityDecider, inProgress()).when(aSuspendActivity()).then([anActivitySuspended()]);
    });

    it('suspends a planned activity before it starts', () => {
      given(activityDecider, planned()).when(aSuspendActivity()).then([anActivitySuspended({ suspendedFrom: 'planned' })]);
    });

    it('refuses to suspend a suspended activity', () => {
      given(activityDecider, suspendedFromProgress()).when(aSuspendActivity()).thenThrows('ACTIVITY_NOT_SUSPENDABLE');
    });

    it('refuses a suspension without a reason', () => {
      given(activityDecider, inProgress()).when(aSuspendActivity({ reason: '' })).thenThrows('REASON_REQUIRED', 'reason');
    });

    it('refuses to suspend a completed activity', () => {
      given(activityDecider, completed()).when(aSuspendActivity()).thenThrows('TERMINAL_STATE');
    });

    it('resumes a suspended activity back to in progress', () => {
      given(activityDecider, suspendedFromProgress()).when(aResumeActivity({ reason: 'funds arrived' })).then([anActivityResumed({ reason: 'funds arrived' })]);
    });

    it('resumes an activity suspended before it started back to planned, so it can start', () => {
      const afterResume = given(activityDecider, [...planned(), anActivitySuspended({ suspendedFrom: 'planned' })])
        .when(aResumeActivity())
        .then([anActivityResumed({ resumedTo: 'planned' })]);
      expect(afterResume.status).toBe('planned');
    });

    it('refuses to resume an activity that is not suspended', () => {
      given(activityDecider, inProgress()).when(aResumeActivity()).thenThrows('ACTIVITY_NOT_SUSPENDED');
    });

    it('refuses to resume a cancelled activity', () => {
      given(activityDecider, [...suspendedFromProgress(), anActivityCancelled()]).when(aResumeActivity()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('CompleteActivity', () => {
    it('completes an activity in progress, effective on the completion date', () => {
      given(activityDecider, inProgress()).when(aCompleteActivity({ summary: '5,200 migrants informed' })).then([anActivityCompleted({ summary: '5,200 migrants informed' })]);
    });

    it('refuses to complete an activity that was never started', () => {
      given(activityDecider, planned()).when(aCompleteActivity()).thenThrows('ACTIVITY_NOT_IN_PROGRESS');
    });

    it('refuses to complete a suspended activity', () => {
      given(activityDecider, suspendedFromProgress()).when(aCompleteActivity()).thenThrows('ACTIVITY_NOT_IN_PROGRESS');
    });

    it('refuses a completion date before the start', () => {
      given(activityDecider, inProgress()).when(aCompleteActivity({ completedOn: '2015-06-14' })).thenThrows('COMPLETED_BEFORE_START', 'completedOn');
    });

    it('refuses a completion date in the future', () => {
      given(activityDecider, inProgress()).when(aCompleteActivity({ completedOn: '2016-03-02' })).thenThrows('DATE_IN_FUTURE', 'completedOn');
    });

    it('refuses to complete twice: completed is terminal', () => {
      given(activityDecider, completed()).when(aCompleteActivity()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('CancelActivity', () => {
    it('cancels a planned activity', () => {
      given(activityDecider, planned()).when(aCancelActivity()).then([anActivityCancelled()]);
    });

    it('cancels an activity in progress, effective on the given date', () => {
      given(activityDecider, inProgress()).when(aCancelActivity({ effectiveOn: '2015-12-01' })).then([anActivityCancelled({ effectiveOn: '2015-12-01' })]);
    });

    it('cancels a suspended activity', () => {
      given(activityDecider, suspendedFromProgress()).when(aCancelActivity()).then([anActivityCancelled()]);
    });

    it('refuses a cancellation without a reason', () => {
      given(activityDecider, planned()).when(aCancelActivity({ reason: '  ' })).thenThrows('REASON_REQUIRED', 'reason');
    });

    it('refuses to cancel a cancelled activity', () => {
      given(activityDecider, cancelled()).when(aCancelActivity()).thenThrows('TERMINAL_STATE');
    });

    it('refuses to cancel a completed activity', () => {
      given(activityDecider, completed()).when(aCancelActivity()).thenThrows('TERMINAL_STATE');
    });
  });

  describe('state', () => {
    it('keeps running funding totals per donor and currency', () => {
      const state = stateAfter(activityDecider, [
        ...inProgress(),
        aFundsCommitted(),
        aFundsCommitted({ money: { amount: '20000.50', currency: 'EUR' } }),
        aFundsCommitted({ donorId: OTHER_DONOR_ID, money: { amount: '5000.00', currency: 'USD' } }),
        aFundsDisbursed(),
      ]);
      expect(state.status === 'in_progress' && state.funding).toEqual([
        { donorId: DONOR_ID, currency: 'EUR', committed: '120000.50', disbursed: '40000.00' },
        { donorId: OTHER_DONOR_ID, currency: 'USD', committed: '5000.00', disbursed: '0.00' },
      ]);
    });

    it('folds a full life: planned, suspended, resumed, rescheduled, started, completed', () => {
      const state = stateAfter(activityDecider, [
        anActivityPlanned(),
        anActivitySuspended({ suspendedFrom: 'planned' }),
        anActivityResumed({ resumedTo: 'planned' }),
        anActivityRescheduled(),
        anActivityStarted(),
        anActivityCompleted(),
      ]);
      expect(state).toMatchObject({ status: 'completed', planId: PLAN_ID, objectiveId: OBJECTIVE_ID, plannedEnd: '2016-12-31', startedOn: '2015-06-15', completedOn: '2016-02-15' });
      expect(state).not.toHaveProperty('resumeTo');
    });

    it('takes the percent complete of the latest period, not the latest recorded', () => {
      expect(
        currentPercentComplete([
          { periodEnd: '2015-12-31', percentComplete: 40 },
          { periodEnd: '2015-09-30', percentComplete: 25 },
        ]),
      ).toBe(40);
      expect(currentPercentComplete([])).toBe(0);
    });
  });
});
