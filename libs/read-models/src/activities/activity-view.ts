import { addAmounts, isPositiveAmount, titleIn, type ActivityEvent, type Titles, type ActivityLocation, type ActivityStatus, type AlignmentTags, type Money, type RollUp } from '#domain';
import { definitionView, type IndicatorDefinitionView } from '../results/results-view.js';
import { searchText } from '../shared/search.js';
import { recodedView, type FormerCode } from '../shared/former-codes.js';
import { progressInto, type ProgressReportView } from './activity-progress-view.js';
import { evolvePendingView, type PendingReportView } from './activity-pending-view.js';

export interface IndicatorView extends IndicatorDefinitionView {
  /** The objective indicator this one feeds, if any. */
  rollsUpTo: RollUp | null;
  latestValue: number | null;
  /** Period end of the report that gave latestValue: a back-filled older report does not replace it. */
  latestPeriodEnd: string | null;
  /** Set once retired: no longer tracked, its values kept. */
  retired?: boolean;
}

export interface FundingView {
  donorId: string;
  currency: string;
  committed: string;
  disbursed: string;
}

/** An activity as dashboards and `GET /activities/:id` show it. Overdue is derived when read. */
export interface ActivityView {
  id: string;
  planId: string;
  objectiveId: string;
  code: string;
  /** The codes it had before corrections of it, oldest first; absent until one (IATI names their identifiers as previous ones). */
  formerCodes?: FormerCode[];
  /** The title in the first language stored (en, ru, tg): what CSV, dashboards and sorting use. */
  title: string;
  /** Every language stored; reads answer `title` in the language asked for. */
  titles: Titles;
  description: string | null;
  /** DAC purpose code; null: the plan's default. Absent in views folded before it existed. */
  sectorCode?: string | null;
  status: ActivityStatus;
  percentComplete: number;
  latestReportPeriodEnd: string | null;
  leadAgencyId: string;
  partnerAgencyIds: string[];
  plannedStart: string;
  plannedEnd: string;
  startedOn: string | null;
  completedOn: string | null;
  locations: ActivityLocation[];
  tags: AlignmentTags;
  budget: Money | null;
  revision: number;
  indicators: IndicatorView[];
  funding: FundingView[];
  /** The progress reports in force, one per period (a correction replaces, a withdrawal removes). */
  progressReports: ProgressReportView[];
  /** Reports under approval, not counted until approved (absent in views folded before approval existed). */
  pendingReports?: PendingReportView[];
}

/** Pure: the view after one more event of the activity's stream (null before ActivityPlanned). */
export function evolveActivityView(view: ActivityView | null, event: ActivityEvent, revision: number): ActivityView | null {
  if (event.type === 'ActivityPlanned') {
    const d = event.data;
    return {
      id: d.activityId,
      planId: d.planId,
      objectiveId: d.objectiveId,
      code: d.code,
      title: titleIn(d.titles),
      titles: d.titles,
      description: d.description ?? null,
      sectorCode: d.sectorCode ?? null,
      status: 'planned',
      percentComplete: 0,
      latestReportPeriodEnd: null,
      leadAgencyId: d.leadAgencyId,
      partnerAgencyIds: d.partnerAgencyIds,
      plannedStart: d.plannedStart,
      plannedEnd: d.plannedEnd,
      startedOn: null,
      completedOn: null,
      locations: d.locations,
      tags: d.tags,
      budget: d.budget ?? null,
      revision,
      indicators: [],
      funding: [],
      progressReports: [],
      pendingReports: [],
    };
  }
  if (view === null) return null;
  const next: ActivityView = { ...view, revision };
  switch (event.type) {
    case 'IndicatorDefined': {
      const { effectiveOn: _effectiveOn, ...indicator } = event.data;
      next.indicators = [...view.indicators, { baselineDate: null, rollsUpTo: null, ...definitionView(indicator), latestValue: null, latestPeriodEnd: null } as IndicatorView];
      return next;
    }
    case 'ActivityStarted':
      return { ...next, status: 'in_progress', startedOn: event.data.startedOn };
    case 'IndicatorRevised':
    case 'IndicatorRetired': {
      const change = event.type === 'IndicatorRevised' ? definitionView(event.data.after) : { retired: true };
      return { ...next, indicators: view.indicators.map((i) => (i.indicatorId === event.data.indicatorId ? { ...i, ...change } : i)) };
    }
    case 'ActivityAmended':
      // A correction (issue 16): `after` holds exactly the fields that change.
      return { ...next, ...event.data.after, ...(event.data.after.titles ? { title: titleIn(event.data.after.titles) } : {}) };
    case 'ActivityRecoded':
      return { ...next, ...recodedView(view, event) };
    // `next` is this event's own copy: the progress is written into it.
    case 'ActivityProgressReported':
    case 'ActivityProgressCorrected':
      return progressInto(next, event);
    case 'ActivityProgressWithdrawn':
      return evolvePendingView(progressInto(next, event), event);
    case 'ProgressReportDrafted':
    case 'ProgressReportSubmitted':
    case 'ProgressReportReturned':
    case 'ProgressReportApproved':
    case 'ProgressReportReopened':
      return evolvePendingView(next, event);
    case 'FundsCommitted':
    case 'FundsDisbursed':
    case 'FundsCommitmentReversed':
    case 'FundsDisbursementReversed': {
      const { donorId, money } = event.data;
      const field = event.type === 'FundsCommitted' || event.type === 'FundsCommitmentReversed' ? 'committed' : 'disbursed';
      // A reversal (issue 16) is a compensating entry: it takes the reversed amount off the totals.
      const amount = event.type === 'FundsCommitted' || event.type === 'FundsDisbursed' ? money.amount : `-${money.amount}`;
      const existing = view.funding.find((f) => f.donorId === donorId && f.currency === money.currency);
      const line = existing ?? { donorId, currency: money.currency, committed: '0.00', disbursed: '0.00' };
      const updated = { ...line, [field]: addAmounts(line[field], amount) };
      // A line whose every entry was reversed funds nothing: its donor is no longer listed on the activity.
      const settled = isPositiveAmount(updated.committed) || isPositiveAmount(updated.disbursed) ? [updated] : [];
      next.funding = existing ? view.funding.flatMap((f) => (f === existing ? settled : [f])) : [...view.funding, ...settled];
      return next;
    }
    case 'ActivityRescheduled':
      return { ...next, plannedEnd: event.data.plannedEnd };
    case 'ActivitySuspended':
      return { ...next, status: 'suspended' };
    case 'ActivityResumed':
      return { ...next, status: event.data.resumedTo };
    case 'ActivityCompleted':
      return { ...next, status: 'completed', completedOn: event.data.completedOn, percentComplete: 100 };
    case 'ActivityCancelled':
      return { ...next, status: 'cancelled' };
    default:
      return next;
  }
}

const OPEN_STATUSES: readonly ActivityStatus[] = ['planned', 'in_progress', 'suspended'];

/** Delayed: the planned end has passed on `onDate` and the activity is not finished. */
export function isOverdue(view: Pick<ActivityView, 'status' | 'plannedEnd'>, onDate: string): boolean {
  return OPEN_STATUSES.includes(view.status) && view.plannedEnd < onDate;
}

/** What `q=` matches: the code and the title in every language stored. */
export function activitySearchText(view: ActivityView): string {
  return searchText(view.code, ...Object.values(view.titles));
}
