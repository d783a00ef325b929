import { given, stateAfter } from '../shared/decider-spec.js';
import { aPlanContext } from '../plan/plan.fixtures.js';
import type { ActivityCommand } from './activity.commands.js';
import type { ActivityEvent, ProgressReportContent } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import { ACTIVITY_ID, anActivityCancelled, anActivityProgressReported, aReportActivityProgress, inProgress, TODAY } from './activity.fixtures.js';

const Q3 = { periodStart: '2015-07-01', periodEnd: '2015-09-30' };
const AGENCY = 'user-agency';
const SECRETARIAT = 'user-secretariat';
const content = (percentComplete: number): ProgressReportContent => ({ percentComplete, indicatorValues: [], evidence: [] });
const withApproval = { plan: aPlanContext({ approval: true }) };
const report = (percentComplete: number, overrides: Record<string, unknown> = {}) =>
  aReportActivityProgress({ ...Q3, percentComplete, by: AGENCY, context: withApproval, ...overrides });
const step = (type: ActivityCommand['type'], data: Record<string, unknown> = {}) => ({ type, data: { activityId: ACTIVITY_ID, ...Q3, today: TODAY, ...data } }) as ActivityCommand;

const drafted = (percent: number): ActivityEvent => ({ type: 'ProgressReportDrafted', data: { ...Q3, content: content(percent), by: AGENCY, effectiveOn: Q3.periodEnd } });
const submitted = (percent: number, extra: Record<string, unknown> = {}): ActivityEvent => ({ type: 'ProgressReportSubmitted', data: { ...Q3, content: content(percent), by: AGENCY, effectiveOn: Q3.periodEnd, ...extra } });
const returned: ActivityEvent = { type: 'ProgressReportReturned', data: { ...Q3, comment: 'the Kulob figure counts the pilot twice', effectiveOn: Q3.periodEnd } };
const approved: ActivityEvent = { type: 'ProgressReportApproved', data: { ...Q3, submittedBy: AGENCY, by: SECRETARIAT, effectiveOn: Q3.periodEnd } };
const inForce = (percent: number) => anActivityProgressReported({ ...Q3, percentComplete: percent });
const reopened: ActivityEvent = { type: 'ProgressReportReopened', data: { ...Q3, reason: 'the ministry revised its count', effectiveOn: Q3.periodEnd } };

// Each step is effective on the period's end, like the figures it leads to; a draft written ahead, today.
describe('activity decider: progress reports under approval', () => {
  it('keeps a draft, then submits it as it stands; neither puts figures in force', () => {
    given(activityDecider, inProgress()).when(report(30, { draft: true })).then([drafted(30)]);
    given(activityDecider, [...inProgress(), drafted(30)]).when(step('SubmitProgressReport', { by: AGENCY })).then([submitted(30)]);
    expect(stateAfter(activityDecider, [...inProgress(), drafted(30), submitted(30)])).toMatchObject({ progress: [], pending: [{ stage: 'submitted', submittedBy: AGENCY }] });
  });

  it('a draft may be written before its period ends; submitting it waits for the end', () => {
    const future = { periodStart: '2016-01-01', periodEnd: '2016-03-31' };
    given(activityDecider, inProgress()).when(report(30, { ...future, draft: true })).then([{ type: 'ProgressReportDrafted', data: { ...future, content: content(30), by: AGENCY, effectiveOn: TODAY } }]);
    given(activityDecider, [...inProgress(), { type: 'ProgressReportDrafted', data: { ...future, content: content(30), by: AGENCY, effectiveOn: TODAY } }])
      .when(step('SubmitProgressReport', { ...future, by: AGENCY }))
      .thenThrows('DATE_IN_FUTURE', 'periodEnd');
    given(activityDecider, inProgress()).when(report(30, future)).thenThrows('DATE_IN_FUTURE', 'periodEnd');
  });

  it('approval by someone else puts the submitted figures in force in the same append', () => {
    given(activityDecider, [...inProgress(), submitted(30)]).when(step('ApproveProgressReport', { by: SECRETARIAT })).then([approved, inForce(30)]);
  });

  it('refuses approving one’s own submission, and approving what is not submitted', () => {
    given(activityDecider, [...inProgress(), submitted(30)]).when(step('ApproveProgressReport', { by: AGENCY })).thenThrows('OWN_SUBMISSION');
    given(activityDecider, [...inProgress(), drafted(30)]).when(step('ApproveProgressReport', { by: SECRETARIAT })).thenThrows('REPORT_NOT_SUBMITTED', 'periodEnd');
  });

  it('returns with a comment only; the agency corrects and resubmits', () => {
    given(activityDecider, [...inProgress(), submitted(30)]).when(step('ReturnProgressReport', { comment: '  ' })).thenThrows('COMMENT_REQUIRED', 'comment');
    given(activityDecider, [...inProgress(), submitted(30)]).when(step('ReturnProgressReport', { comment: 'the Kulob figure counts the pilot twice' })).then([returned]);
    expect(stateAfter(activityDecider, [...inProgress(), submitted(30), returned])).toMatchObject({ pending: [{ stage: 'returned', comment: 'the Kulob figure counts the pilot twice' }] });
    given(activityDecider, [...inProgress(), submitted(30), returned]).when(report(25)).then([submitted(25)]);
  });

  it('refuses a new report while one awaits approval', () => {
    given(activityDecider, [...inProgress(), submitted(30)]).when(report(35)).thenThrows('REPORT_AWAITING_APPROVAL', 'periodEnd');
  });

  it('locks an approved report: no correction, no withdrawal, until reopened with a reason', () => {
    const history = [...inProgress(), submitted(30), approved, inForce(30)];
    given(activityDecider, history).when(report(40, { reason: 'recount' })).thenThrows('REPORT_APPROVED_LOCKED', 'periodEnd');
    given(activityDecider, history).when(step('WithdrawProgressReport', { reason: 'wrong activity' })).thenThrows('REPORT_APPROVED_LOCKED', 'periodEnd');
    // Locked even where the plan no longer asks for approval: it was approved.
    given(activityDecider, history).when(aReportActivityProgress({ ...Q3, percentComplete: 40, reason: 'recount' })).thenThrows('REPORT_APPROVED_LOCKED', 'periodEnd');
    given(activityDecider, history).when(step('ReopenProgressReport', { reason: ' ' })).thenThrows('REASON_REQUIRED', 'reason');
    given(activityDecider, history).when(step('ReopenProgressReport', { reason: 'the ministry revised its count' })).then([reopened]);
    given(activityDecider, [...history, reopened]).when(step('ReopenProgressReport', { reason: 'again' })).thenThrows('REPORT_ALREADY_REOPENED', 'periodEnd');
    given(activityDecider, [...inProgress(), inForce(30)]).when(step('ReopenProgressReport', { reason: 'x' })).thenThrows('REPORT_NOT_APPROVED', 'periodEnd');
  });

  it('a reopened report keeps its approved figures in force until the correction is approved, which records before and after', () => {
    const history = [...inProgress(), submitted(30), approved, inForce(30), reopened];
    expect(stateAfter(activityDecider, history)).toMatchObject({ progress: [{ percentComplete: 30 }], pending: [{ stage: 'reopened', content: content(30) }] });
    // The reopening's reason stands for the correction unless the agency gives its own.
    const resubmitted = submitted(35);
    given(activityDecider, history).when(report(35)).then([resubmitted]);
    given(activityDecider, [...history, resubmitted])
      .when(step('ApproveProgressReport', { by: SECRETARIAT }))
      .then([
        approved,
        { type: 'ActivityProgressCorrected', data: { ...Q3, before: content(30), after: content(35), reason: 'the ministry revised its count', effectiveOn: Q3.periodEnd } },
      ]);
  });

  it('keeps today’s behaviour on plans without approval; drafts there are refused', () => {
    given(activityDecider, inProgress()).when(aReportActivityProgress({ ...Q3, percentComplete: 30 })).then([inForce(30)]);
    given(activityDecider, inProgress()).when(aReportActivityProgress({ ...Q3, percentComplete: 30, draft: true })).thenThrows('APPROVAL_NOT_REQUIRED', 'draft');
  });

  it('refuses every step on a cancelled activity', () => {
    given(activityDecider, [...inProgress(), submitted(30), anActivityCancelled()]).when(step('ApproveProgressReport', { by: SECRETARIAT })).thenThrows('TERMINAL_STATE');
  });
});
