import type { ActivityEvent, Evidence, IndicatorValue } from '#domain';
import type { ActivityView } from './activity-view.js';

/** A report under approval as readers see it (issue 11): the figures in force stay those approved. */
export interface PendingReportView {
  periodStart: string;
  periodEnd: string;
  stage: 'draft' | 'submitted' | 'returned' | 'reopened';
  percentComplete: number;
  narrative: string | null;
  indicatorValues: IndicatorValue[];
  evidence: Evidence[];
  /** The user who submitted it, while it awaits approval. */
  submittedBy: string | null;
  /** The secretariat's comment, once returned. */
  comment: string | null;
  /** Why the approved report was reopened. */
  reopenReason: string | null;
  /** The day of the last step. */
  since: string;
}

type ApprovalEvent = Extract<ActivityEvent, { type: 'ProgressReportDrafted' | 'ProgressReportSubmitted' | 'ProgressReportReturned' | 'ProgressReportApproved' | 'ProgressReportReopened' | 'ActivityProgressWithdrawn' }>;

/** The view's pending reports after one step of the approval, or a withdrawal (which ends a reopened one). */
export function evolvePendingView(view: ActivityView, event: ApprovalEvent): ActivityView {
  const pending = view.pendingReports ?? [];
  const same = (r: PendingReportView) => r.periodStart === event.data.periodStart && r.periodEnd === event.data.periodEnd;
  const current = pending.find(same);
  const others = pending.filter((r) => !same(r));
  const { periodStart, periodEnd, effectiveOn: since } = event.data;
  const base = current ?? { periodStart, periodEnd, stage: 'draft' as const, percentComplete: 0, narrative: null, indicatorValues: [], evidence: [], submittedBy: null, comment: null, reopenReason: null, since };
  switch (event.type) {
    case 'ProgressReportDrafted':
    case 'ProgressReportSubmitted': {
      const submitted = event.type === 'ProgressReportSubmitted';
      const { percentComplete, narrative, indicatorValues, evidence } = event.data.content;
      return { ...view, pendingReports: [...others, { ...base, stage: submitted ? 'submitted' : 'draft', percentComplete, narrative: narrative ?? null, indicatorValues, evidence, submittedBy: submitted ? event.data.by : null, comment: null, since }] };
    }
    case 'ProgressReportReturned':
      return { ...view, pendingReports: [...others, { ...base, stage: 'returned', submittedBy: null, comment: event.data.comment, since }] };
    case 'ProgressReportReopened': {
      const inForce = view.progressReports.find((r) => r.periodStart === periodStart && r.periodEnd === periodEnd);
      // The view keeps no narrative or evidence of reports in force: the reopened report starts from its figures.
      const figures = { percentComplete: inForce?.percentComplete ?? 0, indicatorValues: inForce?.indicatorValues ?? [] };
      return { ...view, pendingReports: [...others, { ...base, stage: 'reopened', ...figures, reopenReason: event.data.reason, since }] };
    }
    case 'ProgressReportApproved':
    case 'ActivityProgressWithdrawn':
      return { ...view, pendingReports: others };
  }
}
