import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type TestAgent from 'supertest/lib/agent.js';
import { AccessTokens, type Role } from '#platform';
import { aDecision, aSession, aSessionHeld } from './commission-builders.js';
import { anActivity, anObjective, anOrganization, aPlan } from './builders.js';
import { projected, write } from './scenario.js';
import type { TestApp } from './test-app.js';

/** Every route Express knows, as `<METHOD> <path>` (Nest's and Swagger's alike). */
export function mountedRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance();
  const stack = (express.router ?? express._router).stack as { route?: { path: string; methods: Record<string, boolean> } }[];
  const keys = stack.flatMap((layer) => (layer.route ? Object.keys(layer.route.methods).map((m) => `${m.toUpperCase()} ${layer.route!.path}`) : []));
  return [...new Set(keys)];
}

export type CallerName =
  | 'admin'
  | 'secretariat'
  | 'agency-own'
  | 'agency-other'
  | 'commission'
  | 'donor-own'
  | 'donor-other'
  | 'no token'
  | 'revoked token'
  | 'malformed header';

export interface Caller {
  name: CallerName;
  /** The role of a valid token; undefined for the callers that must get 401. */
  role?: Role;
  /** For agency and donor tokens: whether its organisation is the one the scenario's records name. */
  own?: boolean;
  authorization?: string;
}

export const CALLER_NAMES: CallerName[] = ['admin', 'secretariat', 'agency-own', 'agency-other', 'commission', 'donor-own', 'donor-other', 'no token', 'revoked token', 'malformed header'];

/**
 * Records whose organisations scope agency and donor rights — an activity led by the "own" agency,
 * a decision naming it responsible, the "own" donor — and a token for every kind of caller.
 */
export async function accessScenario(app: TestApp) {
  const agencyOwn = await write(app, '/organizations', anOrganization({ name: 'Migration Service', acronym: 'MS', kind: 'state_agency' }));
  const agencyOther = await write(app, '/organizations', anOrganization({ name: 'Ministry of Education', acronym: 'MoE', kind: 'ministry' }));
  const donorOwn = await write(app, '/organizations', anOrganization({ name: 'European Union', acronym: 'EU', kind: 'donor', country: 'BE' }));
  const donorOther = await write(app, '/organizations', anOrganization({ name: 'UNICEF', acronym: 'UNICEF', kind: 'international_organization', country: 'US' }));
  const plan = await write(app, '/plans', aPlan());
  const objective = await write(app, `/plans/${plan.id}/objectives`, anObjective());
  const activity = await write(app, '/activities', anActivity({ planId: plan.id, objectiveId: objective.objectiveId as string, leadAgencyId: agencyOwn.id }));
  const session = await write(app, '/commission/sessions', aSession());
  await write(app, `/commission/sessions/${session.id}/held`, aSessionHeld([agencyOwn.id]));
  const decision = await write(app, '/decisions', aDecision(session.id, { responsibleAgencyIds: [agencyOwn.id] }));
  await projected(app, decision.position);

  const bearer = async (role: Role, organizationId: string | null = null) => `Bearer ${(await app.token(role, organizationId)).token}`;
  const revoked = await app.token('secretariat', null, 'revoked secretariat');
  await app.app.get(AccessTokens).revoke(revoked.id);
  const callers: Record<CallerName, Caller> = {
    admin: { name: 'admin', role: 'admin', authorization: `Bearer ${app.adminToken}` },
    secretariat: { name: 'secretariat', role: 'secretariat', authorization: await bearer('secretariat') },
    'agency-own': { name: 'agency-own', role: 'agency', own: true, authorization: await bearer('agency', agencyOwn.id) },
    'agency-other': { name: 'agency-other', role: 'agency', own: false, authorization: await bearer('agency', agencyOther.id) },
    commission: { name: 'commission', role: 'commission', authorization: await bearer('commission') },
    'donor-own': { name: 'donor-own', role: 'donor', own: true, authorization: await bearer('donor', donorOwn.id) },
    'donor-other': { name: 'donor-other', role: 'donor', own: false, authorization: await bearer('donor', donorOther.id) },
    'no token': { name: 'no token' },
    'revoked token': { name: 'revoked token', authorization: `Bearer ${revoked.token}` },
    'malformed header': { name: 'malformed header', authorization: `Token ${app.adminToken}` },
  };
  return {
    callers,
    ids: { agencyOwn: agencyOwn.id, agencyOther: agencyOther.id, donorOwn: donorOwn.id, donorOther: donorOther.id, planId: plan.id, activityId: activity.id, decisionId: decision.id, sessionId: session.id },
  };
}

/** A request of `method` to `path` by this caller, with an empty JSON body for writes. */
export function send(app: TestApp, caller: Caller, method: string, path: string) {
  const agent: TestAgent = app.as(null);
  const request = method === 'GET' ? agent.get(path) : method === 'POST' ? agent.post(path).send({}) : agent[method.toLowerCase() as 'put'](path).send({});
  return caller.authorization ? request.set('Authorization', caller.authorization) : request;
}

/** An id that names nothing: for routes whose `:id` scopes no one. */
export const NOBODY = (): string => randomUUID();
