import type { ActivityView } from '../activities/activity-view.js';
import type { PlanView } from '../plans/plan-view.js';
import { computeIndicatorTable } from './indicator-table.js';

/** An objective indicator's progress as the dashboard shows it: the latest rolled-up actual against the final target. */
export interface ObjectiveIndicatorProgress {
  indicatorId: string;
  name: string;
  unit: string;
  target: number;
  actual: number | null;
  percentOfTarget: number | null;
}

/** Per objective, its indicators' progress; only activities with an indicator rolling up matter. */
export function objectiveIndicatorProgress(plan: PlanView, activities: readonly ActivityView[], onDate: string): Map<string, ObjectiveIndicatorProgress[]> {
  const progress = new Map<string, ObjectiveIndicatorProgress[]>();
  if ((plan.objectiveIndicators ?? []).length === 0) return progress;
  for (const row of computeIndicatorTable(plan, activities, onDate, { level: 'objective' }).indicators) {
    const entry = { indicatorId: row.indicatorId, name: row.name, unit: row.unit, target: row.target, actual: row.latest.actual, percentOfTarget: row.latest.percentOfTarget };
    progress.set(row.objectiveId, [...(progress.get(row.objectiveId) ?? []), entry]);
  }
  return progress;
}
