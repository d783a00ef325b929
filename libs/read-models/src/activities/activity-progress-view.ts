import type { ActivityProgressCorrected, ActivityProgressReported, ActivityProgressWithdrawn, IndicatorValue } from '#domain';
import type { ActivityView } from './activity-view.js';

/** A report in force for its period, as the view keeps it to recompute after a correction or a withdrawal. */
export interface ProgressReportView {
  periodStart: string;
  periodEnd: string;
  percentComplete: number;
  indicatorValues: IndicatorValue[];
}

type ProgressEvent = ActivityProgressReported | ActivityProgressCorrected | ActivityProgressWithdrawn;

const samePeriod = (a: ProgressReportView, b: { periodStart: string; periodEnd: string }) => a.periodStart === b.periodStart && a.periodEnd === b.periodEnd;

/**
 * The view after a progress event. A new period is applied as it always was (the latest period's
 * figure wins; a back-filled older one does not replace it); a report replacing a period in force, a
 * correction or a withdrawal recomputes the figures from the reports in force, by the same rule.
 * Written into `next`, a copy of the view the caller made for this event and owns: a rebuild folds
 * 760,000 reports at 1M events, one copy of the whole view each rather than three.
 */
export function progressInto(next: ActivityView, event: ProgressEvent): ActivityView {
  // Rows written before the view kept its reports have none: they take new periods as before.
  const reports = next.progressReports ?? [];
  const { periodStart, periodEnd } = event.data;
  if (event.type === 'ActivityProgressReported' && !reports.some((r) => samePeriod(r, event.data))) {
    const report = toReport(event.data);
    next.progressReports = [...reports, report];
    return applyReport(next, report);
  }
  const kept = reports.filter((r) => !samePeriod(r, event.data));
  next.progressReports =
    event.type === 'ActivityProgressWithdrawn'
      ? kept
      : [...kept, toReport(event.type === 'ActivityProgressCorrected' ? { periodStart, periodEnd, ...event.data.after } : event.data)];
  next.percentComplete = next.status === 'completed' ? 100 : 0;
  next.latestReportPeriodEnd = null;
  next.indicators = next.indicators.map((i) => ({ ...i, latestValue: null, latestPeriodEnd: null }));
  for (const report of next.progressReports) applyReport(next, report);
  return next;
}

function toReport({ periodStart, periodEnd, percentComplete, indicatorValues }: ProgressReportView): ProgressReportView {
  return { periodStart, periodEnd, percentComplete, indicatorValues };
}

/** Into `next` (owned, see progressInto); the indicators it changes are new objects in a new list. */
function applyReport(next: ActivityView, { periodEnd, percentComplete, indicatorValues }: ProgressReportView): ActivityView {
  if (next.latestReportPeriodEnd === null || periodEnd >= next.latestReportPeriodEnd) {
    next.percentComplete = next.status === 'completed' ? 100 : percentComplete;
    next.latestReportPeriodEnd = periodEnd;
  }
  next.indicators = next.indicators.map((indicator) => {
    const reported = indicatorValues.find((v) => v.indicatorId === indicator.indicatorId);
    if (!reported || (indicator.latestPeriodEnd !== null && periodEnd < indicator.latestPeriodEnd)) return indicator;
    return { ...indicator, latestValue: reported.value, latestPeriodEnd: periodEnd };
  });
  return next;
}
