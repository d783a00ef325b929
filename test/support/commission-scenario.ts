import { uniqueCode } from './builders.js';
import { aDecision, aRecommendation, aSession, aSessionHeld } from './commission-builders.js';
import { plannedActivity, write } from './scenario.js';
import type { TestApp } from './test-app.js';

/**
 * The commission side of the worked example: the slice's organisations, plan and activity, a session
 * held on 2015-12-10 and one only scheduled (2016-06-15), and a recommendation of the technical
 * meeting of 18 November scheduled for the held session. Session and decision numbers are unique in the
 * service (409 DUPLICATE_CODE), so each run numbers its own: a test may run it more than once.
 */
export async function commissionScenario(app: TestApp) {
  const base = await plannedActivity(app);
  const heldSession = await write(app, '/commission/sessions', aSession({ number: uniqueCode('4') }));
  await write(app, `/commission/sessions/${heldSession.id}/held`, aSessionHeld([base.leadId, base.donorId]));
  const scheduledSession = await write(app, '/commission/sessions', aSession({ number: uniqueCode('5'), scheduledOn: '2016-06-15' }));
  const recommendation = await write(app, '/recommendations', aRecommendation(base.donorId, { targetAgencyIds: [base.leadId], planId: base.planId }));
  await write(app, `/recommendations/${recommendation.id}/schedule`, { sessionId: heldSession.id });
  const decision = await write(
    app,
    '/decisions',
    aDecision(heldSession.id, { number: uniqueCode('IMC-2015/07'), responsibleAgencyIds: [base.leadId], relatedActivityIds: [base.activityId] }),
  );
  return { ...base, heldSessionId: heldSession.id, scheduledSessionId: scheduledSession.id, recommendationId: recommendation.id, decisionId: decision.id };
}
