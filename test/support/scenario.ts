import { ALL_PROJECTIONS, ProjectionWaiter } from '#read-models';
import type { TestApp } from './test-app.js';
import { anActivity, anObjective, anOrganization, aPlan, uniqueCode } from './builders.js';

/** Writes and expects success; the answer's body. */
export async function write(app: TestApp, path: string, body: unknown, expected = [200, 201]) {
  const response = await app.http.post(path).send(body as object);
  if (!expected.includes(response.status)) throw new Error(`POST ${path} → ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body as { id: string; revision: number; position: string; [k: string]: unknown };
}

/** Waits until every projection has applied `position`: reads without minPosition then see the writes. */
export async function projected(app: TestApp, position: string): Promise<void> {
  if (!(await app.app.get(ProjectionWaiter).waitFor(position, ALL_PROJECTIONS, 30_000))) throw new Error(`projections did not reach ${position}`);
}

/** An organisation, an adopted plan with one objective, and a planned activity under it. */
export async function plannedActivity(app: TestApp, overrides: Record<string, unknown> = {}) {
  const lead = await write(app, '/organizations', anOrganization());
  const donor = await write(app, '/organizations', anOrganization({ name: 'European Union', acronym: uniqueCode('EU'), kind: 'donor', country: 'BE' }));
  const plan = await write(app, '/plans', aPlan());
  const objective = await write(app, `/plans/${plan.id}/objectives`, anObjective());
  const activity = await write(app, '/activities', anActivity({ planId: plan.id, objectiveId: objective.objectiveId as string, leadAgencyId: lead.id }, overrides));
  await projected(app, activity.position);
  return { leadId: lead.id, donorId: donor.id, planId: plan.id, objectiveId: objective.objectiveId as string, activityId: activity.id, activity };
}
