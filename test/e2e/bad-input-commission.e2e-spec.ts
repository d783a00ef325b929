import { randomUUID } from 'node:crypto';
import { aPlan } from '../support/builders.js';
import { aDecision, aRecommendation, aSession, aSessionHeld } from '../support/commission-builders.js';
import { commissionScenario } from '../support/commission-scenario.js';
import { write } from '../support/scenario.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Bad input on the commission side (sessions, decisions, recommendations) and on plan revise/close:
 * each case gives the request, the status and body it must get, and (always) no event appended.
 * None of these endpoints carries money, so the money cases of the activity table have no equivalent.
 */
interface Case {
  name: string;
  path: (ids: Ids) => string;
  body: (ids: Ids) => unknown;
  status: number;
  expectBody: Record<string, unknown>;
  field?: string;
}
type Ids = Awaited<ReturnType<typeof commissionScenario>> & {
  implementedDecisionId: string;
  submittedRecommendationId: string;
  acceptedRecommendationId: string;
  acceptKindDecisionId: string;
  adoptedPlanId: string;
};

const missing = randomUUID();
const without = (o: Record<string, unknown>, key: string) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
const invalid = (field: string) => ({ status: 400, expectBody: { code: 'VALIDATION_FAILED' }, field });
const notFound = (field: string, resource: string) => ({ status: 404, expectBody: { code: 'NOT_FOUND', field, resource, id: missing } });
const unknownTarget = (resource: string) => ({ status: 404, expectBody: { code: 'NOT_FOUND', resource, id: missing } });
const rule = (code: string) => ({ status: 409, expectBody: { code } });

const session = (o: Record<string, unknown> = {}) => aSession({ number: '99', ...o });
const held = (i: Ids, o: Record<string, unknown> = {}) => aSessionHeld([i.leadId], { heldOn: '2016-06-15', ...o });
const decision = (i: Ids, o: Record<string, unknown> = {}) => aDecision(i.heldSessionId, { number: 'IMC-2015/99', responsibleAgencyIds: [i.leadId], ...o });
const recommendation = (i: Ids, o: Record<string, unknown> = {}) => aRecommendation(i.donorId, { targetAgencyIds: [i.leadId], ...o });
const evidence = [{ title: 'Report', url: 'https://example.org/r.pdf' }];

const CASES: Case[] = [
  // POST /commission/sessions
  { name: 'session: missing number', path: () => '/commission/sessions', body: () => without(session(), 'number'), ...invalid('number') },
  { name: 'session: a number of spaces and a zero-width space', path: () => '/commission/sessions', body: () => session({ number: ' \u200b ' }), ...invalid('number') },
  { name: 'session: agenda not an array', path: () => '/commission/sessions', body: () => session({ agenda: 'everything' }), ...invalid('agenda') },
  { name: 'session: unknown field', path: () => '/commission/sessions', body: () => session({ venue: 'Dushanbe' }), ...invalid('venue') },
  { name: 'session: over-long agenda item', path: () => '/commission/sessions', body: () => session({ agenda: ['x'.repeat(501)] }), ...invalid('agenda') },
  { name: 'session: too many agenda items', path: () => '/commission/sessions', body: () => session({ agenda: Array.from({ length: 101 }, (_, n) => `item ${n}`) }), ...invalid('agenda') },
  { name: 'session: malformed scheduledOn', path: () => '/commission/sessions', body: () => session({ scheduledOn: '2015-13-01' }), ...invalid('scheduledOn') },
  { name: 'session: effectiveOn in the future', path: () => '/commission/sessions', body: () => session({ effectiveOn: '2199-12-31' }), ...rule('DATE_IN_FUTURE') },
  // POST /commission/sessions/:id/held
  { name: 'held: missing heldOn', path: (i) => `/commission/sessions/${i.scheduledSessionId}/held`, body: (i) => without(held(i), 'heldOn'), ...invalid('heldOn') },
  { name: 'held: attendee not a uuid', path: (i) => `/commission/sessions/${i.scheduledSessionId}/held`, body: (i) => held(i, { attendeeOrganizationIds: ['IOM'] }), ...invalid('attendeeOrganizationIds') },
  { name: 'held: unknown field', path: (i) => `/commission/sessions/${i.scheduledSessionId}/held`, body: (i) => held(i, { chair: 'x' }), ...invalid('chair') },
  { name: 'held: over-long minutesRef', path: (i) => `/commission/sessions/${i.scheduledSessionId}/held`, body: (i) => held(i, { minutesRef: 'x'.repeat(301) }), ...invalid('minutesRef') },
  { name: 'held: malformed heldOn', path: (i) => `/commission/sessions/${i.scheduledSessionId}/held`, body: (i) => held(i, { heldOn: '15.06.2016' }), ...invalid('heldOn') },
  { name: 'held: path id not a uuid', path: () => '/commission/sessions/4/held', body: (i) => held(i), ...invalid('id') },
  { name: 'held: unknown session', path: () => `/commission/sessions/${missing}/held`, body: () => aSessionHeld([]), ...unknownTarget('commission session') },
  { name: 'held: unknown attendee', path: (i) => `/commission/sessions/${i.scheduledSessionId}/held`, body: (i) => held(i, { attendeeOrganizationIds: [i.leadId, missing] }), ...notFound('attendeeOrganizationIds[1]', 'organization') },
  { name: 'held: twice', path: (i) => `/commission/sessions/${i.heldSessionId}/held`, body: (i) => held(i), ...rule('SESSION_ALREADY_HELD') },
  { name: 'held: in the future', path: (i) => `/commission/sessions/${i.scheduledSessionId}/held`, body: (i) => held(i, { heldOn: '2199-06-15' }), ...rule('DATE_IN_FUTURE') },
  // POST /decisions
  { name: 'decision: missing text', path: () => '/decisions', body: (i) => without(decision(i), 'text'), ...invalid('text') },
  { name: 'decision: a text of spaces', path: () => '/decisions', body: (i) => decision(i, { text: '   ' }), ...invalid('text') },
  { name: 'decision: an English title of spaces (the older form)', path: () => '/decisions', body: (i) => decision(i, { titles: undefined, title: '  ' }), ...invalid('title') },
  { name: 'decision: a blank number', path: () => '/decisions', body: (i) => decision(i, { number: '\u00a0 ' }), ...invalid('number') },
  { name: 'decision: unknown kind', path: () => '/decisions', body: (i) => decision(i, { kind: 'veto' }), ...invalid('kind') },
  { name: 'decision: sessionId of wrong type', path: () => '/decisions', body: (i) => decision(i, { sessionId: 42 }), ...invalid('sessionId') },
  { name: 'decision: unknown field', path: () => '/decisions', body: (i) => decision(i, { status: 'open' }), ...invalid('status') },
  { name: 'decision: over-long title', path: () => '/decisions', body: (i) => decision(i, { title: 'x'.repeat(501) }), ...invalid('title') },
  { name: 'decision: malformed dueDate', path: () => '/decisions', body: (i) => decision(i, { dueDate: '2016-02-30' }), ...invalid('dueDate') },
  { name: 'decision: unknown session', path: () => '/decisions', body: (i) => decision(i, { sessionId: missing }), ...notFound('sessionId', 'commission session') },
  { name: 'decision: unknown responsible agency', path: () => '/decisions', body: (i) => decision(i, { responsibleAgencyIds: [missing] }), ...notFound('responsibleAgencyIds[0]', 'organization') },
  { name: 'decision: unknown related activity', path: () => '/decisions', body: (i) => decision(i, { relatedActivityIds: [missing] }), ...notFound('relatedActivityIds[0]', 'activity') },
  { name: 'decision: unknown related recommendation', path: () => '/decisions', body: (i) => decision(i, { relatedRecommendationIds: [i.recommendationId, missing] }), ...notFound('relatedRecommendationIds[1]', 'recommendation') },
  { name: 'decision: session not held', path: () => '/decisions', body: (i) => decision(i, { sessionId: i.scheduledSessionId }), ...rule('SESSION_NOT_HELD') },
  { name: 'decision: due before the session', path: () => '/decisions', body: (i) => decision(i, { dueDate: '2015-01-01' }), ...rule('DUE_DATE_BEFORE_DECISION') },
  { name: 'decision: acceptance naming no recommendation', path: () => '/decisions', body: (i) => decision(i, { kind: 'accept_recommendation' }), ...rule('RECOMMENDATION_REQUIRED_FOR_KIND') },
  // POST /decisions/:id/follow-ups
  { name: 'follow-up: missing note', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({}), ...invalid('note') },
  { name: 'follow-up: evidence not an array', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({ note: 'x', evidence: 'minutes' }), ...invalid('evidence') },
  { name: 'follow-up: unknown field', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({ note: 'x', author: 'me' }), ...invalid('author') },
  { name: 'follow-up: effectiveOn in year 0', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({ note: 'x', effectiveOn: '0000-01-01' }), ...invalid('effectiveOn') },
  { name: 'follow-up: evidence as a nested array', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({ note: 'x', evidence: [evidence] }), ...invalid('evidence') },
  { name: 'follow-up: evidence null', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({ note: 'x', evidence: null }), ...invalid('evidence') },
  { name: 'follow-up: over-long note', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({ note: 'x'.repeat(10_001) }), ...invalid('note') },
  { name: 'follow-up: malformed effectiveOn', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({ note: 'x', effectiveOn: '2016-1-1' }), ...invalid('effectiveOn') },
  { name: 'follow-up: unknown decision', path: () => `/decisions/${missing}/follow-ups`, body: () => ({ note: 'x' }), ...unknownTarget('decision') },
  { name: 'follow-up: blank note', path: (i) => `/decisions/${i.decisionId}/follow-ups`, body: () => ({ note: '   ' }), ...invalid('note') },
  { name: 'follow-up: decision implemented', path: (i) => `/decisions/${i.implementedDecisionId}/follow-ups`, body: () => ({ note: 'x' }), ...rule('TERMINAL_STATE') },
  // POST /decisions/:id/implemented
  { name: 'decision implemented: missing implementedOn', path: (i) => `/decisions/${i.decisionId}/implemented`, body: () => ({ note: 'done' }), ...invalid('implementedOn') },
  { name: 'decision implemented: note of wrong type', path: (i) => `/decisions/${i.decisionId}/implemented`, body: () => ({ implementedOn: '2016-05-20', note: 5 }), ...invalid('note') },
  { name: 'decision implemented: unknown field', path: (i) => `/decisions/${i.decisionId}/implemented`, body: () => ({ implementedOn: '2016-05-20', percent: 100 }), ...invalid('percent') },
  { name: 'decision implemented: over-long note', path: (i) => `/decisions/${i.decisionId}/implemented`, body: () => ({ implementedOn: '2016-05-20', note: 'x'.repeat(10_001) }), ...invalid('note') },
  { name: 'decision implemented: malformed date', path: (i) => `/decisions/${i.decisionId}/implemented`, body: () => ({ implementedOn: 'yesterday' }), ...invalid('implementedOn') },
  { name: 'decision implemented: unknown decision', path: () => `/decisions/${missing}/implemented`, body: () => ({ implementedOn: '2016-05-20' }), ...unknownTarget('decision') },
  { name: 'decision implemented: before the decision', path: (i) => `/decisions/${i.decisionId}/implemented`, body: () => ({ implementedOn: '2015-01-01' }), ...rule('IMPLEMENTED_BEFORE_DECISION') },
  // POST /decisions/:id/revoke
  { name: 'revoke: missing reason', path: (i) => `/decisions/${i.decisionId}/revoke`, body: () => ({}), ...invalid('reason') },
  { name: 'revoke: revokedByDecisionId not a uuid', path: (i) => `/decisions/${i.decisionId}/revoke`, body: () => ({ reason: 'x', revokedByDecisionId: 'IMC-2016/1' }), ...invalid('revokedByDecisionId') },
  { name: 'revoke: unknown field', path: (i) => `/decisions/${i.decisionId}/revoke`, body: () => ({ reason: 'x', revokedOn: '2016-01-01' }), ...invalid('revokedOn') },
  { name: 'revoke: over-long reason', path: (i) => `/decisions/${i.decisionId}/revoke`, body: () => ({ reason: 'x'.repeat(2001) }), ...invalid('reason') },
  { name: 'revoke: malformed effectiveOn', path: (i) => `/decisions/${i.decisionId}/revoke`, body: () => ({ reason: 'x', effectiveOn: '2016/01/01' }), ...invalid('effectiveOn') },
  { name: 'revoke: unknown revoking decision', path: (i) => `/decisions/${i.decisionId}/revoke`, body: () => ({ reason: 'x', revokedByDecisionId: missing }), ...notFound('revokedByDecisionId', 'decision') },
  { name: 'revoke: decision already implemented', path: (i) => `/decisions/${i.implementedDecisionId}/revoke`, body: () => ({ reason: 'x' }), ...rule('TERMINAL_STATE') },
  { name: 'revoke: blank reason', path: (i) => `/decisions/${i.decisionId}/revoke`, body: () => ({ reason: ' ' }), ...invalid('reason') },
  // POST /recommendations
  { name: 'recommendation: neither meetingId nor source', path: () => '/recommendations', body: (i) => without(recommendation(i), 'source'), ...invalid('meetingId') },
  { name: 'recommendation: both meetingId and source', path: () => '/recommendations', body: (i) => recommendation(i, { meetingId: i.leadId }), ...invalid('meetingId') },
  { name: 'recommendation: both proposer forms', path: () => '/recommendations', body: (i) => recommendation(i, { proposedByOrganizationIds: [i.leadId] }), ...invalid('proposedByOrganizationIds') },
  { name: 'recommendation: no proposer in the list', path: () => '/recommendations', body: (i) => without(recommendation(i, { proposedByOrganizationIds: [] }), 'proposedByOrganizationId'), ...invalid('proposedByOrganizationIds') },
  { name: 'recommendation: unknown source kind', path: () => '/recommendations', body: (i) => recommendation(i, { source: { kind: 'rumour', title: 'x', heldOn: '2015-11-18' } }), ...invalid('source.kind') },
  { name: 'recommendation: targetAgencyIds of wrong type', path: () => '/recommendations', body: (i) => recommendation(i, { targetAgencyIds: i.leadId }), ...invalid('targetAgencyIds') },
  { name: 'recommendation: unknown field', path: () => '/recommendations', body: (i) => recommendation(i, { priority: 'high' }), ...invalid('priority') },
  { name: 'recommendation: nested unknown field', path: () => '/recommendations', body: (i) => recommendation(i, { source: { kind: 'roundtable', title: 'x', heldOn: '2015-12-18', venue: 'Dushanbe' } }), ...invalid('source.venue') },
  { name: 'recommendation: over-long text', path: () => '/recommendations', body: (i) => recommendation(i, { text: 'x'.repeat(10_001) }), ...invalid('text') },
  { name: 'recommendation: malformed source date', path: () => '/recommendations', body: (i) => recommendation(i, { source: { kind: 'roundtable', title: 'x', heldOn: '18 December 2015' } }), ...invalid('source.heldOn') },
  { name: 'recommendation: unknown proposer', path: () => '/recommendations', body: (i) => recommendation(i, { proposedByOrganizationId: missing }), ...notFound('proposedByOrganizationId', 'organization') },
  { name: 'recommendation: unknown target agency', path: () => '/recommendations', body: (i) => recommendation(i, { targetAgencyIds: [missing] }), ...notFound('targetAgencyIds[0]', 'organization') },
  { name: 'recommendation: unknown plan', path: () => '/recommendations', body: (i) => recommendation(i, { planId: missing }), ...notFound('planId', 'plan') },
  { name: 'recommendation: meeting in the future', path: () => '/recommendations', body: (i) => recommendation(i, { source: { kind: 'workshop', title: 'x', heldOn: '2199-01-01' } }), ...rule('DATE_IN_FUTURE') },
  // POST /recommendations/:id/schedule
  { name: 'schedule: missing sessionId', path: (i) => `/recommendations/${i.submittedRecommendationId}/schedule`, body: () => ({}), ...invalid('sessionId') },
  { name: 'schedule: sessionId of wrong type', path: (i) => `/recommendations/${i.submittedRecommendationId}/schedule`, body: () => ({ sessionId: ['a'] }), ...invalid('sessionId') },
  { name: 'schedule: unknown field', path: (i) => `/recommendations/${i.submittedRecommendationId}/schedule`, body: (i) => ({ sessionId: i.heldSessionId, agendaItem: 3 }), ...invalid('agendaItem') },
  { name: 'schedule: malformed effectiveOn', path: (i) => `/recommendations/${i.submittedRecommendationId}/schedule`, body: (i) => ({ sessionId: i.heldSessionId, effectiveOn: 'soon' }), ...invalid('effectiveOn') },
  { name: 'schedule: unknown recommendation', path: () => `/recommendations/${missing}/schedule`, body: (i) => ({ sessionId: i.heldSessionId }), ...unknownTarget('recommendation') },
  { name: 'schedule: unknown session', path: (i) => `/recommendations/${i.submittedRecommendationId}/schedule`, body: () => ({ sessionId: missing }), ...notFound('sessionId', 'commission session') },
  { name: 'schedule: already scheduled', path: (i) => `/recommendations/${i.recommendationId}/schedule`, body: (i) => ({ sessionId: i.scheduledSessionId }), ...rule('RECOMMENDATION_ALREADY_SCHEDULED') },
  // POST /recommendations/:id/accept|reject|defer
  { name: 'accept: missing decisionId', path: (i) => `/recommendations/${i.recommendationId}/accept`, body: () => ({ reason: 'x' }), ...invalid('decisionId') },
  { name: 'accept: reason of wrong type', path: (i) => `/recommendations/${i.recommendationId}/accept`, body: (i) => ({ decisionId: i.acceptKindDecisionId, reason: ['x'] }), ...invalid('reason') },
  { name: 'accept: unknown field', path: (i) => `/recommendations/${i.recommendationId}/accept`, body: (i) => ({ decisionId: i.acceptKindDecisionId, acceptedOn: '2015-12-10' }), ...invalid('acceptedOn') },
  { name: 'accept: over-long reason', path: (i) => `/recommendations/${i.recommendationId}/accept`, body: (i) => ({ decisionId: i.acceptKindDecisionId, reason: 'x'.repeat(2001) }), ...invalid('reason') },
  { name: 'accept: unknown recommendation', path: () => `/recommendations/${missing}/accept`, body: (i) => ({ decisionId: i.acceptKindDecisionId }), ...unknownTarget('recommendation') },
  { name: 'accept: unknown decision', path: (i) => `/recommendations/${i.recommendationId}/accept`, body: () => ({ decisionId: missing }), ...notFound('decisionId', 'decision') },
  { name: 'accept: decision not about it', path: (i) => `/recommendations/${i.recommendationId}/accept`, body: (i) => ({ decisionId: i.decisionId }), ...rule('DECISION_NOT_ABOUT_RECOMMENDATION') },
  { name: 'reject: unknown decision', path: (i) => `/recommendations/${i.recommendationId}/reject`, body: () => ({ decisionId: missing }), ...notFound('decisionId', 'decision') },
  { name: 'reject: by a decision to accept', path: (i) => `/recommendations/${i.recommendationId}/reject`, body: (i) => ({ decisionId: i.acceptKindDecisionId }), ...rule('DECISION_KIND_MISMATCH') },
  { name: 'defer: missing decisionId', path: (i) => `/recommendations/${i.recommendationId}/defer`, body: () => ({}), ...invalid('decisionId') },
  { name: 'defer: not scheduled', path: (i) => `/recommendations/${i.submittedRecommendationId}/defer`, body: (i) => ({ decisionId: i.acceptKindDecisionId }), ...rule('RECOMMENDATION_NOT_SCHEDULED') },
  // POST /recommendations/:id/link-activity
  { name: 'link: missing activityId', path: (i) => `/recommendations/${i.acceptedRecommendationId}/link-activity`, body: () => ({}), ...invalid('activityId') },
  { name: 'link: activityId of wrong type', path: (i) => `/recommendations/${i.acceptedRecommendationId}/link-activity`, body: () => ({ activityId: 23 }), ...invalid('activityId') },
  { name: 'link: unknown field', path: (i) => `/recommendations/${i.acceptedRecommendationId}/link-activity`, body: (i) => ({ activityId: i.activityId, weight: 1 }), ...invalid('weight') },
  { name: 'link: malformed effectiveOn', path: (i) => `/recommendations/${i.acceptedRecommendationId}/link-activity`, body: (i) => ({ activityId: i.activityId, effectiveOn: '2016-00-10' }), ...invalid('effectiveOn') },
  { name: 'link: unknown recommendation', path: () => `/recommendations/${missing}/link-activity`, body: (i) => ({ activityId: i.activityId }), ...unknownTarget('recommendation') },
  { name: 'link: unknown activity', path: (i) => `/recommendations/${i.acceptedRecommendationId}/link-activity`, body: () => ({ activityId: missing }), ...notFound('activityId', 'activity') },
  { name: 'link: not accepted', path: (i) => `/recommendations/${i.submittedRecommendationId}/link-activity`, body: (i) => ({ activityId: i.activityId }), ...rule('RECOMMENDATION_NOT_ACCEPTED') },
  // POST /recommendations/:id/implemented
  { name: 'recommendation implemented: missing implementedOn', path: (i) => `/recommendations/${i.acceptedRecommendationId}/implemented`, body: () => ({ evidence }), ...invalid('implementedOn') },
  { name: 'recommendation implemented: evidence url not http', path: (i) => `/recommendations/${i.acceptedRecommendationId}/implemented`, body: () => ({ implementedOn: '2017-01-01', evidence: [{ title: 'x', url: 'ftp://x' }] }), ...invalid('evidence[0].url') },
  { name: 'recommendation implemented: unknown field', path: (i) => `/recommendations/${i.acceptedRecommendationId}/implemented`, body: () => ({ implementedOn: '2017-01-01', evidence, by: 'me' }), ...invalid('by') },
  { name: 'recommendation implemented: over-long note', path: (i) => `/recommendations/${i.acceptedRecommendationId}/implemented`, body: () => ({ implementedOn: '2017-01-01', evidence, note: 'x'.repeat(10_001) }), ...invalid('note') },
  { name: 'recommendation implemented: malformed date', path: (i) => `/recommendations/${i.acceptedRecommendationId}/implemented`, body: () => ({ implementedOn: '2017-02-29', evidence }), ...invalid('implementedOn') },
  { name: 'recommendation implemented: unknown recommendation', path: () => `/recommendations/${missing}/implemented`, body: () => ({ implementedOn: '2017-01-01', evidence }), ...unknownTarget('recommendation') },
  { name: 'recommendation implemented: nothing to show', path: (i) => `/recommendations/${i.acceptedRecommendationId}/implemented`, body: () => ({ implementedOn: '2017-01-01' }), ...rule('IMPLEMENTATION_EVIDENCE_REQUIRED') },
  { name: 'recommendation implemented: not accepted', path: (i) => `/recommendations/${i.recommendationId}/implemented`, body: () => ({ implementedOn: '2017-01-01', evidence }), ...rule('RECOMMENDATION_NOT_ACCEPTED') },
  // POST /recommendations/:id/withdraw
  { name: 'withdraw: missing reason', path: (i) => `/recommendations/${i.submittedRecommendationId}/withdraw`, body: () => ({}), ...invalid('reason') },
  { name: 'withdraw: reason of wrong type', path: (i) => `/recommendations/${i.submittedRecommendationId}/withdraw`, body: () => ({ reason: true }), ...invalid('reason') },
  { name: 'withdraw: unknown field', path: (i) => `/recommendations/${i.submittedRecommendationId}/withdraw`, body: () => ({ reason: 'x', by: 'IOM' }), ...invalid('by') },
  { name: 'withdraw: over-long reason', path: (i) => `/recommendations/${i.submittedRecommendationId}/withdraw`, body: () => ({ reason: 'x'.repeat(2001) }), ...invalid('reason') },
  { name: 'withdraw: malformed effectiveOn', path: (i) => `/recommendations/${i.submittedRecommendationId}/withdraw`, body: () => ({ reason: 'x', effectiveOn: '2015-11-31' }), ...invalid('effectiveOn') },
  { name: 'withdraw: unknown recommendation', path: () => `/recommendations/${missing}/withdraw`, body: () => ({ reason: 'x' }), ...unknownTarget('recommendation') },
  { name: 'withdraw: already accepted', path: (i) => `/recommendations/${i.acceptedRecommendationId}/withdraw`, body: () => ({ reason: 'x' }), ...rule('RECOMMENDATION_ALREADY_ACCEPTED') },
  // POST /plans/:id/revise
  { name: 'revise: missing changes', path: (i) => `/plans/${i.planId}/revise`, body: () => ({ reason: 'x' }), ...invalid('changes') },
  { name: 'revise: changes of wrong type', path: (i) => `/plans/${i.planId}/revise`, body: () => ({ changes: 'longer', reason: 'x' }), ...invalid('changes') },
  { name: 'revise: unknown field in changes', path: (i) => `/plans/${i.planId}/revise`, body: () => ({ changes: { code: 'NEW' }, reason: 'x' }), ...invalid('changes.code') },
  { name: 'revise: over-long reason', path: (i) => `/plans/${i.planId}/revise`, body: () => ({ changes: { coordinatingBody: 'y' }, reason: 'x'.repeat(2001) }), ...invalid('reason') },
  { name: 'revise: malformed period end', path: (i) => `/plans/${i.planId}/revise`, body: () => ({ changes: { periodEnd: '2021-31-12' }, reason: 'x' }), ...invalid('changes.periodEnd') },
  { name: 'revise: end before start', path: (i) => `/plans/${i.planId}/revise`, body: () => ({ changes: { periodStart: '2016-01-01', periodEnd: '2015-01-01' }, reason: 'x' }), ...invalid('changes.periodEnd') },
  { name: 'revise: unknown plan', path: () => `/plans/${missing}/revise`, body: () => ({ changes: { coordinatingBody: 'y' }, reason: 'x' }), ...unknownTarget('plan') },
  { name: 'revise: changes nothing', path: (i) => `/plans/${i.planId}/revise`, body: () => ({ changes: { coordinatingBody: aPlan().coordinatingBody }, reason: 'x' }), ...rule('PLAN_REVISION_EMPTY') },
  { name: 'revise: period ends before adoption', path: (i) => `/plans/${i.adoptedPlanId}/revise`, body: () => ({ changes: { periodEnd: '2015-02-01' }, reason: 'x' }), ...rule('PLAN_PERIOD_EXCLUDES_ADOPTION') },
  // POST /plans/:id/close
  { name: 'close: missing closedOn', path: (i) => `/plans/${i.adoptedPlanId}/close`, body: () => ({ reason: 'x' }), ...invalid('closedOn') },
  { name: 'close: reason of wrong type', path: (i) => `/plans/${i.adoptedPlanId}/close`, body: () => ({ closedOn: '2020-12-31', reason: 1 }), ...invalid('reason') },
  { name: 'close: unknown field', path: (i) => `/plans/${i.adoptedPlanId}/close`, body: () => ({ closedOn: '2020-12-31', successor: 'x' }), ...invalid('successor') },
  { name: 'close: over-long reason', path: (i) => `/plans/${i.adoptedPlanId}/close`, body: () => ({ closedOn: '2020-12-31', reason: 'x'.repeat(2001) }), ...invalid('reason') },
  { name: 'close: malformed closedOn', path: (i) => `/plans/${i.adoptedPlanId}/close`, body: () => ({ closedOn: '31/12/2020' }), ...invalid('closedOn') },
  { name: 'close: unknown plan', path: () => `/plans/${missing}/close`, body: () => ({ closedOn: '2020-12-31' }), ...unknownTarget('plan') },
  { name: 'close: before adoption', path: (i) => `/plans/${i.adoptedPlanId}/close`, body: () => ({ closedOn: '2015-01-01' }), ...rule('CLOSED_BEFORE_ADOPTION') },
  { name: 'close: a draft without reason', path: (i) => `/plans/${i.planId}/close`, body: () => ({ closedOn: '2016-01-01' }), ...rule('REASON_REQUIRED') },
];

describe('bad input on the commission side and plan revision is refused with a clear 4xx and nothing is appended', () => {
  let app: TestApp;
  let ids: Ids;
  beforeAll(async () => {
    app = await startTestApp();
    const base = await commissionScenario(app);
    const implemented = await write(app, '/decisions', aDecision(base.heldSessionId, { number: 'IMC-2015/50' }));
    await write(app, `/decisions/${implemented.id}/implemented`, { implementedOn: '2016-01-10' });
    const submitted = await write(app, '/recommendations', aRecommendation(base.donorId));
    const accepted = await write(app, '/recommendations', aRecommendation(base.donorId, { text: 'Accepted one' }));
    await write(app, `/recommendations/${accepted.id}/schedule`, { sessionId: base.heldSessionId });
    const acceptance = await write(app, '/decisions', aDecision(base.heldSessionId, { number: 'IMC-2015/51', kind: 'accept_recommendation', relatedRecommendationIds: [accepted.id] }));
    await write(app, `/recommendations/${accepted.id}/accept`, { decisionId: acceptance.id });
    const acceptKind = await write(app, '/decisions', aDecision(base.heldSessionId, { number: 'IMC-2015/52', kind: 'accept_recommendation', relatedRecommendationIds: [base.recommendationId] }));
    const adopted = await write(app, '/plans', aPlan());
    await write(app, `/plans/${adopted.id}/adopt`, { adoptedOn: '2015-03-03', instrument: 'Government Decree No. 97' });
    ids = {
      ...base,
      implementedDecisionId: implemented.id,
      submittedRecommendationId: submitted.id,
      acceptedRecommendationId: accepted.id,
      acceptKindDecisionId: acceptKind.id,
      adoptedPlanId: adopted.id,
    };
  }, 60_000);
  afterAll(async () => app.close());

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await app.allEvents();
    const response = await app.http.post(c.path(ids)).set('Content-Type', 'application/json').send(c.body(ids) as object);
    expect(response.status).toBe(c.status);
    expect(response.body).toMatchObject({ statusCode: c.status, ...c.expectBody });
    expect(typeof response.body.message).toBe('string');
    if (c.field) expect(response.body.fields.map((f: { field: string }) => f.field)).toContain(c.field);
    expect(JSON.stringify(response.body)).not.toMatch(/stack|SELECT|INSERT|at \w+ \(/);
    const after = await app.allEvents();
    expect(after.map((e) => e.id)).toEqual(before.map((e) => e.id));
  });
});
