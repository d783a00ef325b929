import { reject } from '../shared/domain-error.js';
import { requirePastFact } from '../shared/dates.js';
import { rejectValue } from '../shared/invalid-value.js';
import { definedOnly, isBlank, requireReason } from '../shared/text.js';
import type { ApproveProgressReport, ReopenProgressReport, ReportActivityProgress, ReturnProgressReport, SubmitProgressReport } from './activity.commands.js';
import type { ActivityEvent, ProgressReportContent } from './activity.events.js';
import { notCancelled, type ExistingActivity } from './activity.guards.js';
import { contentOf, inForceOf, pendingOf, periodKey, reportProgress, requireUnlocked } from './activity-progress.js';
import type { ActivityState, PendingReport } from './activity.state.js';

/*
 * Progress reports on a plan whose calendar asks for approval (issue 11): what the agency writes waits
 * as a draft or a submission; the figures in force are only those the secretariat approved, and an
 * approved period is locked until the secretariat reopens it with a reason. Approval and the figures it
 * puts in force are one append, so a reader never sees one without the other.
 */

type Period = { periodStart: string; periodEnd: string };
/** Effective on the period's end, like the figures it leads to (a draft written ahead: today). */
const effectiveOnOf = (period: Period, today: string) => (period.periodEnd < today ? period.periodEnd : today);

/** Drafting or submitting on a plan with approval: checked as a report in force would be, kept pending. */
export function reportForApproval(command: ReportActivityProgress, state: ActivityState): ActivityEvent[] {
  const { data } = command;
  const activity = notCancelled(state, data.activityId);
  const pending = pendingOf(activity, data);
  if (pending?.stage === 'submitted') reject('REPORT_AWAITING_APPROVAL', `the report for ${periodKey(data)} awaits the secretariat's approval; it can be returned to you to change`, 'periodEnd');
  requireUnlocked(activity, data);
  // A draft may be written before its period ends; it is checked as of the period's end.
  const checkedOn = data.draft && data.periodEnd > data.today ? data.periodEnd : data.today;
  const reason = isBlank(data.reason) ? pending?.reopenReason : data.reason;
  const [checked] = reportProgress({ ...command, data: { ...data, reason, today: checkedOn } }, state);
  const content: ProgressReportContent = checked.type === 'ActivityProgressCorrected' ? checked.data.after : contentOf(checked.data as ProgressReportContent);
  const by = data.by ?? 'unknown';
  const step = { periodStart: data.periodStart, periodEnd: data.periodEnd, content, ...(isBlank(data.reason) ? {} : { reason: data.reason }), by, effectiveOn: effectiveOnOf(data, data.today) };
  return [{ type: data.draft ? 'ProgressReportDrafted' : 'ProgressReportSubmitted', data: step }];
}

export function submitReport({ data }: SubmitProgressReport, state: ActivityState): ActivityEvent[] {
  const activity = notCancelled(state, data.activityId);
  const pending = pendingOf(activity, data);
  if (!pending) reject('REPORT_NOT_DRAFTED', `there is no draft for ${periodKey(data)} to submit`, 'periodEnd');
  if (pending.stage === 'submitted') reject('REPORT_AWAITING_APPROVAL', `the report for ${periodKey(data)} is submitted already`, 'periodEnd');
  requirePastFact(data.periodEnd, data.today, 'periodEnd');
  const { periodStart, periodEnd } = pending;
  const reason = pending.reason ?? pending.reopenReason;
  return [{ type: 'ProgressReportSubmitted', data: definedOnly({ periodStart, periodEnd, content: pending.content, reason, by: data.by, effectiveOn: effectiveOnOf(pending, data.today) }) }];
}

function submitted(activity: ExistingActivity, period: Period): PendingReport {
  const pending = pendingOf(activity, period);
  if (pending?.stage !== 'submitted') reject('REPORT_NOT_SUBMITTED', `no report for ${periodKey(period)} awaits approval`, 'periodEnd');
  return pending;
}

export function approveReport({ data }: ApproveProgressReport, state: ActivityState): ActivityEvent[] {
  const activity = notCancelled(state, data.activityId);
  const pending = submitted(activity, data);
  if (pending.submittedBy === data.by) reject('OWN_SUBMISSION', 'a report is approved by someone other than whoever submitted it');
  const { periodStart, periodEnd, content } = pending;
  const approved: ActivityEvent = { type: 'ProgressReportApproved', data: { periodStart, periodEnd, submittedBy: pending.submittedBy ?? 'unknown', by: data.by, effectiveOn: effectiveOnOf(pending, data.today) } };
  const inForce = inForceOf(activity, pending);
  if (inForce) {
    const reason = pending.reason ?? pending.reopenReason ?? 'approved after reopening';
    return [approved, { type: 'ActivityProgressCorrected', data: { periodStart, periodEnd, before: contentOf(inForce), after: content, reason, effectiveOn: periodEnd } }];
  }
  return [approved, { type: 'ActivityProgressReported', data: definedOnly({ periodStart, periodEnd, ...content, reason: pending.reason, effectiveOn: periodEnd }) }];
}

export function returnReport({ data }: ReturnProgressReport, state: ActivityState): ActivityEvent[] {
  if (isBlank(data.comment)) rejectValue('COMMENT_REQUIRED', 'comment is required: say what the agency should correct', 'comment');
  const activity = notCancelled(state, data.activityId);
  const pending = submitted(activity, data);
  return [{ type: 'ProgressReportReturned', data: { periodStart: pending.periodStart, periodEnd: pending.periodEnd, comment: data.comment.trim(), effectiveOn: effectiveOnOf(pending, data.today) } }];
}

export function reopenReport({ data }: ReopenProgressReport, state: ActivityState): ActivityEvent[] {
  const activity = notCancelled(state, data.activityId);
  if (!activity.approvedPeriods.includes(periodKey(data))) reject('REPORT_NOT_APPROVED', `the report for ${periodKey(data)} is not an approved one`, 'periodEnd');
  if (pendingOf(activity, data)) reject('REPORT_ALREADY_REOPENED', `the report for ${periodKey(data)} is reopened already`, 'periodEnd');
  const reason = requireReason(data.reason);
  return [{ type: 'ProgressReportReopened', data: { periodStart: data.periodStart, periodEnd: data.periodEnd, reason, effectiveOn: effectiveOnOf(data, data.today) } }];
}

type ApprovalEvent = Extract<ActivityEvent, { type: `ProgressReport${string}` }>;

/** The pending reports and approved periods after one approval step, or a withdrawal (which unlocks its period). */
export function evolveApproval(activity: ExistingActivity, event: ApprovalEvent | Extract<ActivityEvent, { type: 'ActivityProgressWithdrawn' }>): Pick<ExistingActivity, 'pending' | 'approvedPeriods'> {
  const key = periodKey(event.data);
  const others = activity.pending.filter((p) => periodKey(p) !== key);
  const current = activity.pending.find((p) => periodKey(p) === key);
  const { approvedPeriods } = activity;
  const { periodStart, periodEnd } = event.data;
  switch (event.type) {
    case 'ProgressReportDrafted':
    case 'ProgressReportSubmitted': {
      const stage = event.type === 'ProgressReportDrafted' ? 'draft' : 'submitted';
      const submittedBy = stage === 'submitted' ? event.data.by : undefined;
      const report = definedOnly({ periodStart, periodEnd, stage, content: event.data.content, reason: event.data.reason, submittedBy, reopenReason: current?.reopenReason }) as PendingReport;
      return { pending: [...others, report], approvedPeriods };
    }
    case 'ProgressReportReturned':
      return { pending: current ? [...others, { ...current, stage: 'returned', comment: event.data.comment, submittedBy: undefined }] : others, approvedPeriods };
    case 'ProgressReportApproved':
      return { pending: others, approvedPeriods: approvedPeriods.includes(key) ? approvedPeriods : [...approvedPeriods, key] };
    case 'ProgressReportReopened': {
      const inForce = inForceOf(activity, event.data);
      const content = inForce ? contentOf(inForce) : { percentComplete: 0, indicatorValues: [], evidence: [] };
      return { pending: [...others, { periodStart, periodEnd, stage: 'reopened', content, reopenReason: event.data.reason }], approvedPeriods };
    }
    case 'ActivityProgressWithdrawn':
      return { pending: others, approvedPeriods: approvedPeriods.filter((k) => k !== key) };
  }
}
