import type { DataSource } from 'typeorm';
import { addAmounts, normalizeAmount } from '#domain';
import type { PlanView } from '../plans/plan-view.js';
import type { Dashboard } from './dashboard.js';
import { readActivityViews } from '../activities/activity-reports.js';
import { objectiveIndicatorProgress } from '../results/objective-progress.js';
import { ACTIVITY_STATUSES } from './activity-tally.js';
import { comparePlaces, placeRow } from './dashboard-places.js';

const OPEN = "status IN ('planned', 'in_progress', 'suspended')";

/** Per group: activities, overdue, and the parts of the mean percent over non-cancelled activities. */
const TALLY = `count(*)::int AS activities,
  count(*) FILTER (WHERE ${OPEN} AND planned_end < $2::date)::int AS overdue,
  sum(percent_complete) FILTER (WHERE status <> 'cancelled')::float AS percent_sum,
  count(*) FILTER (WHERE status <> 'cancelled')::int AS counted`;

/** A recommendation of the plan `$1`: made under it, or linked to one of its activities (looked up by id). */
export const RECOMMENDATION_IN_PLAN = `(r.plan_id = $1 OR EXISTS (SELECT 1 FROM activity_view a WHERE a.id = ANY (r.linked_activity_ids) AND a.plan_id = $1))`;

/** A decision of the plan `$1`: related to one of its activities or of its recommendations. */
export const DECISION_IN_PLAN = `(EXISTS (SELECT 1 FROM activity_view a WHERE a.id = ANY (d.related_activity_ids) AND a.plan_id = $1)
  OR EXISTS (SELECT 1 FROM recommendation_view r WHERE r.id = ANY (d.related_recommendation_ids) AND ${RECOMMENDATION_IN_PLAN}))`;

interface TallyRow {
  activities: number;
  overdue: number;
  percent_sum: number | null;
  counted: number;
}

// Same rounding as the pure computeDashboard: one decimal, null when nothing counts.
const mean = (row: TallyRow) => (row.counted === 0 ? null : Math.round(((row.percent_sum ?? 0) / row.counted) * 10) / 10);
const tally = (row: TallyRow) => ({ activities: row.activities, overdue: row.overdue, percentComplete: mean(row) });
const LOCATIONS = 'FROM jsonb_array_elements(locations) AS l';
type PlaceColumns = { country: string | null; area_code: string | null; province: string };

const money = (value: string | null) => normalizeAmount(value ?? '0');

/**
 * The live dashboard aggregated by Postgres over the read-model columns: the same figures as
 * computeDashboard over the full views (a test holds them equal), without moving every view.
 */
export async function dashboardFromSql(db: Pick<DataSource, 'query'>, plan: PlanView, onDate: string): Promise<Dashboard> {
  const p = [plan.id, onDate];
  const inPlan = 'FROM activity_view WHERE plan_id = $1';
  // One pass over the plan's activities for statuses, objectives and budgets; rows are few per plan.
  const [groups, byAgency, byCountry, byProvince, byDistrict, funding, decisions, recommendations, names] = await Promise.all([
    db.query(
      `SELECT objective_id, status, budget_currency, ${TALLY}, sum(budget_amount) FILTER (WHERE status <> 'cancelled')::text AS planned
       ${inPlan} GROUP BY objective_id, status, budget_currency`,
      p,
    ) as Promise<(TallyRow & { objective_id: string; status: string; budget_currency: string | null; planned: string | null })[]>,
    db.query(`SELECT agency, count(*) FILTER (WHERE lead_agency_id = agency)::int AS lead, ${TALLY} FROM activity_view, LATERAL (SELECT DISTINCT a AS agency FROM unnest(agency_ids) AS a) AS g WHERE plan_id = $1 GROUP BY agency`, p) as Promise<(TallyRow & { agency: string; lead: number })[]>,
    db.query(
      `SELECT c.country, ${TALLY} FROM activity_view, LATERAL (SELECT DISTINCT l->>'country' AS country ${LOCATIONS} WHERE l ? 'country') AS c WHERE plan_id = $1 GROUP BY c.country`,
      p,
    ) as Promise<(TallyRow & { country: string })[]>,
    db.query(
      `SELECT d.country, d.area_code, d.province, ${TALLY}
       FROM activity_view, LATERAL (SELECT DISTINCT l->>'country' AS country, l->>'areaCode' AS area_code, l->>'province' AS province ${LOCATIONS}) AS d
       WHERE plan_id = $1 GROUP BY d.country, d.area_code, d.province`,
      p,
    ) as Promise<(TallyRow & PlaceColumns)[]>,
    db.query(
      `SELECT d.country, d.area_code, d.province, d.district, ${TALLY}
       FROM activity_view, LATERAL (SELECT DISTINCT l->>'country' AS country, l->>'areaCode' AS area_code, l->>'province' AS province, l->>'district' AS district
                                    ${LOCATIONS} WHERE l->>'district' IS NOT NULL) AS d
       WHERE plan_id = $1 GROUP BY d.country, d.area_code, d.province, d.district`,
      p,
    ) as Promise<(TallyRow & PlaceColumns & { district: string })[]>,
    db.query(
      `SELECT f->>'donorId' AS donor_id, f->>'currency' AS currency, sum((f->>'committed')::numeric)::text AS committed,
              sum((f->>'disbursed')::numeric)::text AS disbursed, count(*)::int AS activities
       FROM activity_view, jsonb_array_elements(funding) AS f WHERE plan_id = $1 GROUP BY 1, 2`,
      [plan.id],
    ) as Promise<{ donor_id: string; currency: string; committed: string; disbursed: string; activities: number }[]>,
    db.query(
      `SELECT status, count(*)::int AS n, count(*) FILTER (WHERE status = 'open' AND due_date < $2::date)::int AS overdue
       FROM decision_view d WHERE ${DECISION_IN_PLAN} GROUP BY status`,
      p,
    ) as Promise<{ status: string; n: number; overdue: number }[]>,
    db.query(
      `SELECT status, count(*)::int AS n FROM recommendation_view r WHERE ${RECOMMENDATION_IN_PLAN} GROUP BY status`,
      [plan.id],
    ) as Promise<{ status: string; n: number }[]>,
    db.query("SELECT id, view->>'name' AS name FROM organization_view") as Promise<{ id: string; name: string }[]>,
  ]);
  const organizationNames = new Map(names.map((r) => [r.id, r.name]));
  // Only activities with an indicator rolling up to an objective's are read whole.
  const feeders = (plan.objectiveIndicators ?? []).length ? await readActivityViews(db, 'WHERE plan_id = $1 AND rolls_up', [plan.id]) : [];
  const indicatorProgress = objectiveIndicatorProgress(plan, feeders, onDate);
  const sumRows = (rows: TallyRow[]): TallyRow =>
    rows.reduce((t, r) => ({ activities: t.activities + r.activities, overdue: t.overdue + r.overdue, percent_sum: (t.percent_sum ?? 0) + (r.percent_sum ?? 0), counted: t.counted + r.counted }), { activities: 0, overdue: 0, percent_sum: 0, counted: 0 });
  // Several rows may share a status (one per budget currency): their counts add up.
  const counts = (rows: { status: string; n?: number; activities?: number }[], keys: readonly string[]) => {
    const out: Record<string, number> = Object.fromEntries(keys.map((k) => [k, 0]));
    for (const r of rows) out[r.status] = (out[r.status] ?? 0) + (r.n ?? r.activities ?? 0);
    return out;
  };

  const byStatus = [...new Set(groups.map((g) => g.status))].map((status) => ({ status, ...sumRows(groups.filter((g) => g.status === status)) }));
  const all = sumRows(groups);
  const currencies = new Map<string, { currency: string; planned: string; committed: string; disbursed: string }>();
  const line = (currency: string) => currencies.get(currency) ?? currencies.set(currency, { currency, planned: '0.00', committed: '0.00', disbursed: '0.00' }).get(currency)!;
  for (const g of groups) if (g.budget_currency !== null && g.planned !== null) line(g.budget_currency).planned = addAmounts(line(g.budget_currency).planned, money(g.planned));
  for (const f of funding) {
    const l = line(f.currency);
    l.committed = addAmounts(l.committed, money(f.committed));
    l.disbursed = addAmounts(l.disbursed, money(f.disbursed));
  }
  return {
    planId: plan.id,
    code: plan.code,
    title: plan.title,
    status: plan.status,
    asOf: onDate,
    activities: { total: all.activities, byStatus: counts(byStatus, ACTIVITY_STATUSES), overdue: all.overdue },
    percentComplete: mean(all),
    budget: [...currencies.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    byObjective: plan.objectives.map((o) => {
      const rows = groups.filter((r) => r.objective_id === o.objectiveId);
      const indicators = indicatorProgress.get(o.objectiveId) ?? [];
      return { objectiveId: o.objectiveId, code: o.code, title: o.title, titles: o.titles, parentObjectiveId: o.parentObjectiveId, ...tally(sumRows(rows)), byStatus: counts(rows, ACTIVITY_STATUSES), indicators };
    }),
    byAgency: byAgency
      .map((r) => ({ organizationId: r.agency, name: organizationNames.get(r.agency) ?? null, lead: r.lead, ...tally(r) }))
      .sort((a, b) => b.activities - a.activities || a.organizationId.localeCompare(b.organizationId)),
    byCountry: byCountry.map((r) => ({ country: r.country, ...tally(r) })).sort((a, b) => a.country.localeCompare(b.country)),
    byProvince: byProvince.map((r) => ({ ...placeRow(r.country, r.area_code, r.province), ...tally(r) })).sort(comparePlaces),
    byDistrict: byDistrict.map((r) => ({ ...placeRow(r.country, r.area_code, r.province), district: r.district, ...tally(r) })).sort(comparePlaces),
    byDonor: funding
      .map((f) => ({ donorId: f.donor_id, name: organizationNames.get(f.donor_id) ?? null, currency: f.currency, committed: money(f.committed), disbursed: money(f.disbursed), activities: f.activities }))
      .sort((a, b) => a.donorId.localeCompare(b.donorId) || a.currency.localeCompare(b.currency)),
    decisions: {
      total: decisions.reduce((n, r) => n + r.n, 0),
      byStatus: counts(decisions, ['open', 'implemented', 'revoked']),
      overdue: decisions.reduce((n, r) => n + r.overdue, 0),
    },
    recommendations: {
      total: recommendations.reduce((n, r) => n + r.n, 0),
      byStatus: counts(recommendations, ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn']),
    },
  };
}
