import { plannedActivity } from './scenario.js';
import type { TestApp } from './test-app.js';

/**
 * Records of a planned activity for the document's paths: `{id}` in a path under /plans, /activities,
 * /organizations or /donors becomes that record's id, elsewhere an id no record has.
 */
export async function recordPaths(app: TestApp): Promise<(path: string) => string> {
  const ids = await plannedActivity(app);
  const byFirstSegment: Record<string, string> = { plans: ids.planId, activities: ids.activityId, organizations: ids.leadId, donors: ids.donorId };
  return (path) => path.replace(/\{[^}]+\}/g, byFirstSegment[path.split('/')[1]] ?? '00000000-0000-4000-8000-00000000dead');
}
