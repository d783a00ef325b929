import { titleIn, type ReportingCalendar, type TitleLanguage } from '#domain';
import { reportingPeriods } from './reporting-periods.js';
import type { ActivityView } from '../activities/activity-view.js';
import type { PlanView } from '../plans/plan-view.js';

export interface ReportCounts {
  expected: number;
  /** In: approved, or awaiting approval. */
  submitted: number;
  /** Counted: approved (on a plan without approval, every report in). */
  approved: number;
  /** Submitted and not yet approved, on a plan with approval: not counted in the figures. */
  awaitingApproval: number;
  missing: number;
}

export interface ReportingStatus {
  planId: string;
  asOf: string;
  calendar: ReportingCalendar | null;
  periods: (ReportCounts & { periodStart: string; periodEnd: string; dueOn: string })[];
  byAgency: (ReportCounts & { agencyId: string; name: string })[];
  byObjective: (ReportCounts & { objectiveId: string; code: string; title: string })[];
  /** Every report due by `asOf` and not in, oldest first. */
  missing: { activityId: string; code: string; title: string; leadAgencyId: string; periodStart: string; periodEnd: string; dueOn: string }[];
}

interface Expected {
  activity: ActivityView;
  period: { periodStart: string; periodEnd: string; dueOn: string };
  /** A report in force: approved where the plan asks for approval. */
  approved: boolean;
  /** A report submitted and awaiting the secretariat (a draft or a returned one is not in). */
  awaiting: boolean;
  submitted: boolean;
}

const zero = (): ReportCounts => ({ expected: 0, submitted: 0, approved: 0, awaitingApproval: 0, missing: 0 });

function count(into: ReportCounts, e: Expected): void {
  into.expected++;
  if (e.submitted) into.submitted++;
  if (e.approved) into.approved++;
  else if (e.awaiting) into.awaitingApproval++;
  else into.missing++;
}

const within = (periodEnd: string, period: { periodStart: string; periodEnd: string }) => periodEnd >= period.periodStart && periodEnd <= period.periodEnd;

type PlanWithCalendar = PlanView & { reporting: ReportingCalendar };
const hasCalendar = (plan: PlanView): plan is PlanWithCalendar => !!plan.reporting;

/**
 * The reports each of the plan's activities in progress (or completed) owes by `asOf`: one per calendar
 * period from its start to its completion (or `asOf`), for periods whose report is due by `asOf`; a period is
 * reported when a report in force ends within it. Suspended and cancelled activities owe none. The plan's
 * cycle ends with its period: the period holding the plan's last day is the last owed; an activity left open
 * after it is overdue, not asked for a report every year after (a plan whose period is extended owes more).
 */
function expectedReports(plan: PlanWithCalendar, activities: ActivityView[], asOf: string, dueBy = asOf): Expected[] {
  return activities.flatMap((activity) => {
    if (activity.planId !== plan.id || !activity.startedOn || activity.startedOn > asOf || !['in_progress', 'completed'].includes(activity.status)) return [];
    const until = [activity.completedOn, dueBy, plan.periodEnd].filter((d): d is string => !!d).sort()[0];
    return reportingPeriods(plan.reporting, activity.startedOn, until)
      .filter((p) => p.dueOn <= dueBy)
      .map((period) => {
        const approved = activity.progressReports.some((r) => within(r.periodEnd, period));
        const awaiting = !approved && (activity.pendingReports ?? []).some((r) => r.stage === 'submitted' && within(r.periodEnd, period));
        return { activity, period, approved, awaiting, submitted: approved || awaiting };
      });
  });
}

/** Pure: expected, submitted, approved and missing reports per period, lead agency and objective. */
export function reportingStatus(plan: PlanView, activities: ActivityView[], asOf: string, organizationNames: Map<string, string>, language?: TitleLanguage): ReportingStatus {
  const calendar = plan.reporting ?? null;
  const base = { planId: plan.id, asOf, calendar };
  if (!hasCalendar(plan)) return { ...base, periods: [], byAgency: [], byObjective: [], missing: [] };
  const expected = expectedReports(plan, activities, asOf);
  const group = <K extends string>(key: (e: Expected) => K) => {
    const groups = new Map<K, ReportCounts>();
    for (const e of expected) count(groups.get(key(e)) ?? groups.set(key(e), zero()).get(key(e))!, e);
    return groups;
  };
  const periods = group((e) => `${e.period.periodStart}|${e.period.periodEnd}|${e.period.dueOn}`);
  const agencies = group((e) => e.activity.leadAgencyId);
  const objectives = group((e) => e.activity.objectiveId);
  return {
    ...base,
    periods: [...periods].map(([key, c]) => {
      const [periodStart, periodEnd, dueOn] = key.split('|');
      return { periodStart, periodEnd, dueOn, ...c };
    }).sort((a, b) => a.periodStart.localeCompare(b.periodStart)),
    byAgency: [...agencies].map(([agencyId, c]) => ({ agencyId, name: organizationNames.get(agencyId) ?? agencyId, ...c })).sort((a, b) => a.name.localeCompare(b.name)),
    byObjective: plan.objectives.filter((o) => objectives.has(o.objectiveId)).map((o) => ({ objectiveId: o.objectiveId, code: o.code, title: titleIn(o.titles, language), ...objectives.get(o.objectiveId)! })),
    missing: expected
      .filter((e) => !e.submitted)
      .map((e) => ({ activityId: e.activity.id, code: e.activity.code, title: titleIn(e.activity.titles, language), leadAgencyId: e.activity.leadAgencyId, ...e.period }))
      .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.code.localeCompare(b.code)),
  };
}

/** The reports not in, of the plan's activities, due by `dueBy` (a date after `today` looks ahead: the reminders' notice). */
export function reportsNotIn(plan: PlanView, activities: ActivityView[], today: string, dueBy: string) {
  if (!hasCalendar(plan)) return [];
  return expectedReports(plan, activities, today, dueBy)
    .filter((e) => !e.submitted)
    .map((e) => ({ activityId: e.activity.id, code: e.activity.code, titles: e.activity.titles, leadAgencyId: e.activity.leadAgencyId, agencyIds: [e.activity.leadAgencyId, ...e.activity.partnerAgencyIds], ...e.period }));
}
