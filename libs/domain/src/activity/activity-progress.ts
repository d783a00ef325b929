import { reject } from '../shared/domain-error.js';
import { requireDates, requirePastFact } from '../shared/dates.js';
import { definedOnly, isBlank, requireReason } from '../shared/text.js';
import type { ReportActivityProgress, WithdrawProgressReport } from './activity.commands.js';
import type { ActivityEvent, ProgressReportContent } from './activity.events.js';
import { notCancelled, type ExistingActivity } from './activity.guards.js';
import { requireIndicatorValues } from './activity-indicators.js';
import type { ActivityDetails, ActivityState, ProgressReport, ProgressTip } from './activity.state.js';

/*
 * Progress reports, one in force per period (periodStart..periodEnd). A report for a period already
 * reported is a correction: it replaces that period's report, needs a reason, and may be made after
 * the activity completed (a figure found wrong later); a report can be withdrawn with a reason.
 * The rule "percent complete never goes down without a reason" compares only reports in force.
 */

const samePeriod = (report: Pick<ProgressReport, 'periodStart' | 'periodEnd'>, periodStart: string, periodEnd: string) =>
  report.periodStart === periodStart && report.periodEnd === periodEnd;

export function contentOf({ percentComplete, narrative, indicatorValues, evidence }: ProgressReportContent): ProgressReportContent {
  return definedOnly({ percentComplete, narrative, indicatorValues, evidence });
}

type Period = { periodStart: string; periodEnd: string };
type Reports = Pick<ActivityDetails, 'progress' | 'progressTip'>;

/** A period ending after every report in force: none of them is for the same period, and none ends later. */
const afterAll = (reports: Reports, periodEnd: string) => reports.progressTip === undefined || periodEnd > reports.progressTip.lastEnd;

/** The report in force for this period, if any; none is read for a period after all of them. */
export const inForceOf = (reports: Reports, { periodStart, periodEnd }: Period) =>
  afterAll(reports, periodEnd) ? undefined : reports.progress.find((p) => samePeriod(p, periodStart, periodEnd));

/** Whether `percent` for a period ending on `periodEnd` is lower than an earlier period's or higher than a later one's. */
function goesDown(reports: Reports, periodEnd: string, percent: number): boolean {
  const tip = reports.progressTip;
  if (tip === undefined) return false;
  // Every report in force ends on or before it: only the highest can be above it.
  if (periodEnd >= tip.lastEnd) return tip.highest > percent;
  return reports.progress.some((p) => (p.periodEnd <= periodEnd ? p.percentComplete > percent : p.percentComplete < percent));
}

export const periodKey = ({ periodStart, periodEnd }: Period) => `${periodStart}..${periodEnd}`;

/**
 * A new period may not share a day with another report's, in force or under approval: both would count
 * (an indicator's actuals are summed over periods), and the period it meant to replace would stay. A
 * report for the very same period is its correction instead.
 */
function requireNoOverlap(activity: ExistingActivity, period: Period): void {
  const overlaps = (other: Period) => other.periodStart <= period.periodEnd && period.periodStart <= other.periodEnd && periodKey(other) !== periodKey(period);
  // Every report in force ends before this period starts, the usual next report: none to look through.
  const inForce = afterAll(activity, period.periodStart) ? undefined : activity.progress.find(overlaps);
  const other = inForce ?? activity.pending.find(overlaps);
  if (other) {
    reject('REPORT_PERIOD_OVERLAPS', `the period ${periodKey(period)} overlaps the report for ${periodKey(other)}: correct that report for its own period, or withdraw it first`, 'periodStart');
  }
}
export const pendingOf = (activity: ExistingActivity, period: Period) => activity.pending.find((p) => periodKey(p) === periodKey(period));

/** An approved period is locked unless reopened: its figures change only through the secretariat (issue 11). */
export function requireUnlocked(activity: ExistingActivity, period: Period): void {
  if (activity.approvedPeriods.includes(periodKey(period)) && pendingOf(activity, period)?.stage !== 'reopened') {
    reject('REPORT_APPROVED_LOCKED', `the report for ${periodKey(period)} is approved and locked: the secretariat reopens it, with a reason, before it changes`, 'periodEnd');
  }
}

/**
 * Where a new report may be made: while in progress, and once completed, late, for a period that began by its
 * completion (the reporting cycle asks for those, and an agency that completed an activity still owes them).
 */
function reportable(state: ActivityState, { activityId, periodStart }: ReportActivityProgress['data']): ExistingActivity {
  const activity = notCancelled(state, activityId);
  if (activity.status === 'completed') {
    if (periodStart <= activity.completedOn) return activity;
    reject('TERMINAL_STATE', `activity ${activityId} was completed on ${activity.completedOn}: a report covers a period that began by then`, 'periodStart');
  }
  if (activity.status !== 'in_progress') reject('ACTIVITY_NOT_IN_PROGRESS', `activity ${activityId} is ${activity.status}; progress is reported only while in progress`);
  return activity;
}

/** Progress while in progress, late reports once completed (see reportable), and corrections of a period already reported. */
export function reportProgress({ data }: ReportActivityProgress, state: ActivityState): ActivityEvent[] {
  requireDates({ periodStart: data.periodStart });
  const replaced = state.status === 'none' ? undefined : inForceOf(state, data);
  const activity = replaced ? notCancelled(state, data.activityId) : reportable(state, data);
  if (replaced) requireUnlocked(activity, data);
  const periodEnd = requirePastFact(data.periodEnd, data.today, 'periodEnd');
  if (periodEnd < data.periodStart) reject('PERIOD_END_BEFORE_START', `periodEnd ${periodEnd} is before periodStart ${data.periodStart}`, 'periodEnd');
  if (activity.startedOn === undefined || periodEnd < activity.startedOn) {
    reject('REPORT_PERIOD_BEFORE_START', `the reporting period ends ${periodEnd}, before the activity started (${activity.startedOn})`, 'periodEnd');
  }
  if (!replaced) requireNoOverlap(activity, { periodStart: data.periodStart, periodEnd });
  const percent = data.percentComplete;
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0 || percent > 100) {
    reject('PERCENT_OUT_OF_RANGE', 'percentComplete must be between 0 and 100', 'percentComplete');
  }
  if (data.context.plan.planId !== activity.planId) reject('CONTEXT_MISMATCH', `context.plan is plan ${data.context.plan.planId}, not ${activity.planId}`, 'planId');
  // A correction may still restate a retired indicator's value for a period already reported.
  requireIndicatorValues(activity.indicators, data.indicatorValues, data.context.plan, replaced !== undefined);
  const { periodStart, narrative, indicatorValues, evidence, reason } = data;
  if (replaced) {
    const given = requireReason(reason);
    const after = contentOf({ percentComplete: percent, narrative, indicatorValues, evidence });
    return [{ type: 'ActivityProgressCorrected', data: { periodStart, periodEnd, before: contentOf(replaced), after, reason: given, effectiveOn: periodEnd } }];
  }
  if (goesDown(activity, periodEnd, percent) && isBlank(reason)) {
    reject('PROGRESS_DECREASE_WITHOUT_REASON', 'percentComplete is lower than an earlier report: state the reason', 'percentComplete');
  }
  return [
    {
      type: 'ActivityProgressReported',
      data: definedOnly({ periodStart, periodEnd, percentComplete: percent, narrative, indicatorValues, evidence, reason, effectiveOn: periodEnd }),
    },
  ];
}

export function withdrawProgress({ data }: WithdrawProgressReport, state: ActivityState): ActivityEvent[] {
  const activity = notCancelled(state, data.activityId);
  const reason = requireReason(data.reason);
  const report = inForceOf(activity, data);
  if (report) requireUnlocked(activity, report);
  if (!report) reject('PROGRESS_REPORT_NOT_FOUND', `no report in force for the period ${data.periodStart}..${data.periodEnd}`, 'periodEnd');
  const { periodStart, periodEnd } = report;
  return [{ type: 'ActivityProgressWithdrawn', data: { periodStart, periodEnd, before: contentOf(report), reason, effectiveOn: periodEnd } }];
}

/** Shared by every report without indicator values or evidence, the usual case; frozen, since it is shared. */
const NONE: never[] = Object.freeze([]) as unknown as never[];
const keptList = <T>(list: T[]): T[] => (list?.length === 0 ? NONE : list);

/**
 * A report as the state keeps it. A fold is kept between commands with every report in force, so each
 * report has one fixed shape (no property array beside it) and shares the empty lists: about half the
 * memory of the event's own object, over thousands of reports per activity. `narrative` may be undefined.
 */
function reportInForce(periodStart: string, periodEnd: string, { percentComplete, narrative, indicatorValues, evidence }: ProgressReportContent): ProgressReport {
  return { periodStart, periodEnd, percentComplete, narrative, indicatorValues: keptList(indicatorValues), evidence: keptList(evidence) };
}

/** The reports in force after one more progress event; a report for a period in force replaces it (also as stored before corrections had an event). */
export function evolveProgress(reports: Reports, event: Extract<ActivityEvent, { type: 'ActivityProgressReported' | 'ActivityProgressCorrected' | 'ActivityProgressWithdrawn' }>): Reports {
  const { periodStart, periodEnd } = event.data;
  if (event.type === 'ActivityProgressWithdrawn') return withTip(reports.progress.filter((p) => !samePeriod(p, periodStart, periodEnd)));
  const report = reportInForce(periodStart, periodEnd, event.type === 'ActivityProgressReported' ? event.data : event.data.after);
  if (!afterAll(reports, periodEnd)) return withTip([...reports.progress.filter((p) => !samePeriod(p, periodStart, periodEnd)), report]);
  const highest = Math.max(reports.progressTip?.highest ?? report.percentComplete, report.percentComplete);
  return { progress: [...reports.progress, report], progressTip: { lastEnd: periodEnd, highest } };
}

/** The tip read from every report: after a correction or a withdrawal, which may lower either figure. */
function withTip(progress: ProgressReport[]): Reports {
  if (progress.length === 0) return { progress, progressTip: undefined };
  const tip: ProgressTip = { lastEnd: progress[0].periodEnd, highest: progress[0].percentComplete };
  for (const { periodEnd, percentComplete } of progress) {
    if (periodEnd > tip.lastEnd) tip.lastEnd = periodEnd;
    if (percentComplete > tip.highest) tip.highest = percentComplete;
  }
  return { progress, progressTip: tip };
}
