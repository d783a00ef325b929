import { fromScaled, ScaledSum } from '#domain';
import { isOverdue, type ActivityView } from '../activities/activity-view.js';
import { isDecisionOverdue, type DecisionView } from '../decisions/decision-view.js';
import type { PlanView } from '../plans/plan-view.js';
import type { RecommendationView } from '../recommendations/recommendation-view.js';
import { objectiveIndicatorProgress } from '../results/objective-progress.js';
import { ActivityTally, TalliesBy } from './activity-tally.js';
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

function countBy<T>(items: T[], key: (item: T) => string, keys: readonly string[] = []): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
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
  // Sums kept scaled (exact: ScaledSum) and spelt once at the end: thousands of activities on a dashboard.
  const budget = new Map<string, { currency: string; planned: ScaledSum; committed: ScaledSum; disbursed: ScaledSum }>();
  const lineOf = (currency: string) => budget.get(currency) ?? budget.set(currency, { currency, planned: new ScaledSum(), committed: new ScaledSum(), disbursed: new ScaledSum() }).get(currency)!;
  const donors = new Map<string, { donorId: string; name: string | null; currency: string; committed: ScaledSum; disbursed: ScaledSum; activities: number }>();
  for (const activity of activities) {
    if (activity.budget && activity.status !== 'cancelled') lineOf(activity.budget.currency).planned.add(activity.budget.amount);
    for (const f of activity.funding) {
      const line = lineOf(f.currency);
      line.committed.add(f.committed);
      line.disbursed.add(f.disbursed);
      const key = `${f.donorId}/${f.currency}`;
      let donor = donors.get(key);
      if (!donor) donors.set(key, (donor = { donorId: f.donorId, name: organizationNames.get(f.donorId) ?? null, currency: f.currency, committed: new ScaledSum(), disbursed: new ScaledSum(), activities: 0 }));
      donor.committed.add(f.committed);
      donor.disbursed.add(f.disbursed);
      donor.activities++;
    }
  }

  // Every figure by objective, agency and place in one pass, each activity judged overdue once.
  const all = new ActivityTally();
  const [byObjectiveGroups, byAgencyGroups, byCountryGroups, byProvinceGroups, byDistrictGroups] = [new TalliesBy(), new TalliesBy(), new TalliesBy(), new TalliesBy(), new TalliesBy()];
  for (const a of activities) {
    const overdue = isOverdue(a, onDate);
    all.add(a, overdue);
    byObjectiveGroups.add([a.objectiveId], a, overdue);
    byAgencyGroups.add([a.leadAgencyId, ...a.partnerAgencyIds], a, overdue);
    byAgencyGroups.groups.get(a.leadAgencyId)!.lead++;
    byCountryGroups.add(a.locations.flatMap((l) => (l.country ? [l.country] : [])), a, overdue);
    byProvinceGroups.add(a.locations.map(areaKey), a, overdue);
    byDistrictGroups.add(a.locations.filter((l) => l.district).map(districtKey), a, overdue);
  }
  const indicatorProgress = objectiveIndicatorProgress(plan, activities, onDate);

  return {
    planId: plan.id,
    code: plan.code,
    title: plan.title,
    status: plan.status,
    asOf: onDate,
    activities: { total: all.activities, byStatus: all.byStatus, overdue: all.overdue },
    percentComplete: all.percentComplete,
    budget: [...budget.values()]
      .map(({ currency, planned, committed, disbursed }) => ({ currency, planned: fromScaled(planned.value), committed: fromScaled(committed.value), disbursed: fromScaled(disbursed.value) }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    byObjective: plan.objectives.map((o) => {
      const group = byObjectiveGroups.groups.get(o.objectiveId) ?? new ActivityTally();
      const indicators = indicatorProgress.get(o.objectiveId) ?? [];
      return { objectiveId: o.objectiveId, code: o.code, title: o.title, titles: o.titles, parentObjectiveId: o.parentObjectiveId, ...group.tally(), byStatus: group.byStatus, indicators };
    }),
    byAgency: [...byAgencyGroups.groups.entries()]
      .map(([organizationId, group]) => ({ organizationId, name: organizationNames.get(organizationId) ?? null, lead: group.lead, ...group.tally() }))
      .sort((a, b) => b.activities - a.activities || a.organizationId.localeCompare(b.organizationId)),
    byCountry: [...byCountryGroups.groups.entries()].map(([country, group]) => ({ country, ...group.tally() })).sort((a, b) => a.country.localeCompare(b.country)),
    byProvince: [...byProvinceGroups.groups.entries()].map(([key, group]) => ({ ...fromKey(key), ...group.tally() })).sort(comparePlaces),
    byDistrict: [...byDistrictGroups.groups.entries()].map(([key, group]) => ({ ...fromKey(key), district: fromKey(key).district!, ...group.tally() })).sort(comparePlaces),
    byDonor: [...donors.values()]
      .map((d) => ({ ...d, committed: fromScaled(d.committed.value), disbursed: fromScaled(d.disbursed.value) }))
      .sort((a, b) => a.donorId.localeCompare(b.donorId) || a.currency.localeCompare(b.currency)),
    decisions: { total: decisions.length, byStatus: countBy(decisions, (d) => d.status, ['open', 'implemented', 'revoked']), overdue: decisions.filter((d) => isDecisionOverdue(d, onDate)).length },
    recommendations: {
      total: recommendations.length,
      byStatus: countBy(recommendations, (r) => r.status, ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn']),
    },
  };
}

export type Dashboard = ReturnType<typeof computeDashboard>;
