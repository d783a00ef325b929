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
 */
export function evolveProgressView(view: ActivityView, event: ProgressEvent): ActivityView {
  // Rows written before the view kept its reports have none: they take new periods as before.
  const reports = view.progressReports ?? [];
  const { periodStart, periodEnd } = event.data;
  const kept = reports.filter((r) => !samePeriod(r, event.data));
  if (event.type === 'ActivityProgressReported' && kept.length === reports.length) {
    return applyReport({ ...view, progressReports: [...reports, toReport(event.data)] }, toReport(event.data));
  }
  const progressReports =
    event.type === 'ActivityProgressWithdrawn'
      ? kept
      : [...kept, toReport(event.type === 'ActivityProgressCorrected' ? { periodStart, periodEnd, ...event.data.after } : event.data)];
  const reset: ActivityView = {
    ...view,
    progressReports,
    percentComplete: view.status === 'completed' ? 100 : 0,
    latestReportPeriodEnd: null,
    indicators: view.indicators.map((i) => ({ ...i, latestValue: null, latestPeriodEnd: null })),
  };
  return progressReports.reduce(applyReport, reset);
}

function toReport({ periodStart, periodEnd, percentComplete, indicatorValues }: ProgressReportView): ProgressReportView {
  return { periodStart, periodEnd, percentComplete, indicatorValues };
}

function applyReport(view: ActivityView, { periodEnd, percentComplete, indicatorValues }: ProgressReportView): ActivityView {
  const next = { ...view };
  if (view.latestReportPeriodEnd === null || periodEnd >= view.latestReportPeriodEnd) {
    next.percentComplete = view.status === 'completed' ? 100 : percentComplete;
    next.latestReportPeriodEnd = periodEnd;
  }
  next.indicators = view.indicators.map((indicator) => {
    const reported = indicatorValues.find((v) => v.indicatorId === indicator.indicatorId);
    if (!reported || (indicator.latestPeriodEnd !== null && periodEnd < indicator.latestPeriodEnd)) return indicator;
    return { ...indicator, latestValue: reported.value, latestPeriodEnd: periodEnd };
  });
  return next;
}
