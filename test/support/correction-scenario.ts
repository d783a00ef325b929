import { anActivity, anObjective, anOrganization, aPlan } from './builders.js';
import { projected, write } from './scenario.js';
import type { TestApp } from './test-app.js';

/** A fresh acronym: acronyms are unique per country (issue 16), and the correction suites build many records. */
export const uniqueAcronym = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8).toUpperCase()}`;

/** Like plannedActivity, with organisations of unique acronyms, so that one app can hold many. */
export async function correctableActivity(app: TestApp, overrides: Record<string, unknown> = {}) {
  const lead = await write(app, '/organizations', anOrganization({ acronym: uniqueAcronym('MS') }));
  const donor = await write(app, '/organizations', anOrganization({ name: 'European Union', acronym: uniqueAcronym('EU'), kind: 'donor', country: 'BE' }));
  const plan = await write(app, '/plans', aPlan());
  const objective = await write(app, `/plans/${plan.id}/objectives`, anObjective());
  const activity = await write(app, '/activities', anActivity({ planId: plan.id, objectiveId: objective.objectiveId as string, leadAgencyId: lead.id }, overrides));
  await projected(app, activity.position);
  return { leadId: lead.id, donorId: donor.id, planId: plan.id, objectiveId: objective.objectiveId as string, activityId: activity.id, activity };
}
