import { fromScaled, toScaled, type ActivityStatus } from '#domain';
import { isOverdue, type ActivityView } from '../activities/activity-view.js';
import { isDecisionOverdue, type DecisionView } from '../decisions/decision-view.js';
import type { PlanView } from '../plans/plan-view.js';
import type { RecommendationView } from '../recommendations/recommendation-view.js';
import { objectiveIndicatorProgress } from '../results/objective-progress.js';
import { areaKey, comparePlaces, districtKey, fromKey } from './dashboard-places.js';

export interface DashboardInput {
  plan: PlanView;
  activities: ActivityView[];
  decisions: DecisionView[];
  recommendations: RecommendationView[];
  organizationNames: Map<string, string>;
  /** The date overdue is judged on: today, or the asOf date. */
  onDate: string;
}

const ACTIVITY_STATUSES: ActivityStatus[] = ['planned', 'in_progress', 'completed', 'suspended', 'cancelled'];

interface Tally {
  activities: number;
  overdue: number;
  percentComplete: number | null;
}

/** Mean percent complete over activities that are not cancelled (null when there are none). */
function meanPercent(activities: ActivityView[]): number | null {
  const counted = activities.filter((a) => a.status !== 'cancelled');
  if (counted.length === 0) return null;
  return Math.round((counted.reduce((sum, a) => sum + a.percentComplete, 0) / counted.length) * 10) / 10;
}

function tally(activities: ActivityView[], onDate: string): Tally {
  return { activities: activities.length, overdue: activities.filter((a) => isOverdue(a, onDate)).length, percentComplete: meanPercent(activities) };
}

function countBy<T>(items: T[], key: (item: T) => string, keys: readonly string[] = []): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * The records that belong to the plan by their links in these views (folded at one time): its
 * activities; recommendations made under it or linked to one of those activities; decisions related
 * to one of those activities or recommendations. The same rule as the live SQL (dashboard.sql.ts).
 */
export function linkedToPlan(planId: string, activities: ActivityView[], decisions: DecisionView[], recommendations: RecommendationView[]) {
  const ownActivities = activities.filter((a) => a.planId === planId);
  const activityIds = new Set(ownActivities.map((a) => a.id));
  const ownRecommendations = recommendations.filter((r) => r.planId === planId || r.linkedActivityIds.some((id) => activityIds.has(id)));
  const recommendationIds = new Set(ownRecommendations.map((r) => r.id));
  const ownDecisions = decisions.filter((d) => d.relatedActivityIds.some((id) => activityIds.has(id)) || d.relatedRecommendationIds.some((id) => recommendationIds.has(id)));
  return { activities: ownActivities, decisions: ownDecisions, recommendations: ownRecommendations };
}

/** Pure: the plan dashboard from views, so the live answer and an asOf/knownAt answer are computed alike. */
export function computeDashboard({ plan, activities, decisions, recommendations, organizationNames, onDate }: DashboardInput) {
  // Sums kept scaled (BigInt, exact) and spelt once at the end: thousands of activities on a dashboard.
  const budget = new Map<string, { currency: string; planned: bigint; committed: bigint; disbursed: bigint }>();
  const lineOf = (currency: string) => budget.get(currency) ?? budget.set(currency, { currency, planned: 0n, committed: 0n, disbursed: 0n }).get(currency)!;
  const donors = new Map<string, { donorId: string; name: string | null; currency: string; committed: bigint; disbursed: bigint; activities: number }>();
  for (const activity of activities) {
    if (activity.budget && activity.status !== 'cancelled') lineOf(activity.budget.currency).planned += toScaled(activity.budget.amount);
    for (const f of activity.funding) {
      const committed = toScaled(f.committed);
      const disbursed = toScaled(f.disbursed);
      const line = lineOf(f.currency);
      line.committed += committed;
      line.disbursed += disbursed;
      const key = `${f.donorId}/${f.currency}`;
      let donor = donors.get(key);
      if (!donor) donors.set(key, (donor = { donorId: f.donorId, name: organizationNames.get(f.donorId) ?? null, currency: f.currency, committed: 0n, disbursed: 0n, activities: 0 }));
      donor.committed += committed;
      donor.disbursed += disbursed;
      donor.activities++;
    }
  }

  const byObjectiveGroups = groupBy(activities, (a) => [a.objectiveId]);
  const byAgencyGroups = groupBy(activities, (a) => [a.leadAgencyId, ...a.partnerAgencyIds]);
  const byCountryGroups = groupBy(activities, (a) => a.locations.flatMap((l) => (l.country ? [l.country] : [])));
  const byProvinceGroups = groupBy(activities, (a) => a.locations.map(areaKey));
  const byDistrictGroups = groupBy(activities, (a) => a.locations.filter((l) => l.district).map(districtKey));
  const indicatorProgress = objectiveIndicatorProgress(plan, activities, onDate);

  return {
    planId: plan.id,
    code: plan.code,
    title: plan.title,
    status: plan.status,
    asOf: onDate,
    activities: { total: activities.length, byStatus: countBy(activities, (a) => a.status, ACTIVITY_STATUSES), overdue: tally(activities, onDate).overdue },
    percentComplete: meanPercent(activities),
    budget: [...budget.values()]
      .map(({ currency, planned, committed, disbursed }) => ({ currency, planned: fromScaled(planned), committed: fromScaled(committed), disbursed: fromScaled(disbursed) }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    byObjective: plan.objectives.map((o) => {
      const group = byObjectiveGroups.get(o.objectiveId) ?? [];
      const indicators = indicatorProgress.get(o.objectiveId) ?? [];
      return { objectiveId: o.objectiveId, code: o.code, title: o.title, titles: o.titles, parentObjectiveId: o.parentObjectiveId, ...tally(group, onDate), byStatus: countBy(group, (a) => a.status, ACTIVITY_STATUSES), indicators };
    }),
    byAgency: [...byAgencyGroups.entries()]
      .map(([organizationId, group]) => ({
        organizationId,
        name: organizationNames.get(organizationId) ?? null,
        lead: group.filter((a) => a.leadAgencyId === organizationId).length,
        ...tally(group, onDate),
      }))
      .sort((a, b) => b.activities - a.activities || a.organizationId.localeCompare(b.organizationId)),
    byCountry: [...byCountryGroups.entries()].map(([country, group]) => ({ country, ...tally(group, onDate) })).sort((a, b) => a.country.localeCompare(b.country)),
    byProvince: [...byProvinceGroups.entries()].map(([key, group]) => ({ ...fromKey(key), ...tally(group, onDate) })).sort(comparePlaces),
    byDistrict: [...byDistrictGroups.entries()].map(([key, group]) => ({ ...fromKey(key), district: fromKey(key).district!, ...tally(group, onDate) })).sort(comparePlaces),
    byDonor: [...donors.values()]
      .map((d) => ({ ...d, committed: fromScaled(d.committed), disbursed: fromScaled(d.disbursed) }))
      .sort((a, b) => a.donorId.localeCompare(b.donorId) || a.currency.localeCompare(b.currency)),
    decisions: { total: decisions.length, byStatus: countBy(decisions, (d) => d.status, ['open', 'implemented', 'revoked']), overdue: decisions.filter((d) => isDecisionOverdue(d, onDate)).length },
    recommendations: {
      total: recommendations.length,
      byStatus: countBy(recommendations, (r) => r.status, ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn']),
    },
  };
}

export type Dashboard = ReturnType<typeof computeDashboard>;
