import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type TestAgent from 'supertest/lib/agent.js';
import { envelopeFor, SYSTEM_ACTOR, UserAccess } from '#application';
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
  | 'malformed header'
  | 'admin-session'
  | 'agency-own-session'
  | 'donor-own-session'
  | 'ended session';

export interface Caller {
  name: CallerName;
  /** The role of a valid token; undefined for the callers that must get 401. */
  role?: Role;
  /** For agency and donor tokens: whether its organisation is the one the scenario's records name. */
  own?: boolean;
  authorization?: string;
  /** A signed-in person's session cookie and its CSRF token, instead of a bearer token. */
  session?: { cookie: string; csrfToken: string };
  /** Signs in again (after the matrix called POST /auth/logout with this session). */
  renew?: () => Promise<void>;
}

export const CALLER_NAMES: CallerName[] = [
  'admin',
  'secretariat',
  'agency-own',
  'agency-other',
  'commission',
  'donor-own',
  'donor-other',
  'no token',
  'revoked token',
  'malformed header',
  'admin-session',
  'agency-own-session',
  'donor-own-session',
  'ended session',
];

const PASSWORD = 'matrix caller passphrase';

/** A person invited (no mail: the link is taken from the answer), with a password set, signed in over HTTP. */
async function signedIn(app: TestApp, email: string, role: Role, organizationId: string | null): Promise<{ cookie: string; csrfToken: string }> {
  const users = app.app.get(UserAccess);
  const { link } = await users.invite({ email, displayName: email, role, organizationId }, envelopeFor(SYSTEM_ACTOR), { send: false });
  await users.usePasswordLink(new URL(link).searchParams.get('token')!, PASSWORD);
  return login(app, email);
}

async function login(app: TestApp, email: string): Promise<{ cookie: string; csrfToken: string }> {
  const response = await app.as(null).post('/auth/login').send({ email, password: PASSWORD });
  if (response.status !== 200) throw new Error(`login ${email} → ${response.status} ${JSON.stringify(response.body)}`);
  const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('apm_session='))!.split(';')[0];
  return { cookie, csrfToken: response.body.csrfToken as string };
}

async function sessionCaller(app: TestApp, name: CallerName, email: string, role: Role, organizationId: string | null, own?: boolean): Promise<Caller> {
  const caller: Caller = { name, role, ...(own === undefined ? {} : { own }), session: await signedIn(app, email, role, organizationId) };
  caller.renew = async () => {
    caller.session = await login(app, email);
  };
  return caller;
}

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
    'admin-session': await sessionCaller(app, 'admin-session', 'matrix-admin@example.org', 'admin', null),
    'agency-own-session': await sessionCaller(app, 'agency-own-session', 'matrix-agency@example.org', 'agency', agencyOwn.id, true),
    'donor-own-session': await sessionCaller(app, 'donor-own-session', 'matrix-donor@example.org', 'donor', donorOwn.id, true),
    'ended session': { name: 'ended session', session: await signedIn(app, 'matrix-ended@example.org', 'commission', null) },
  };
  const ended = callers['ended session'].session!;
  await app.as(null).post('/auth/logout').set('Cookie', ended.cookie).set('X-CSRF-Token', ended.csrfToken);
  return {
    callers,
    ids: { agencyOwn: agencyOwn.id, agencyOther: agencyOther.id, donorOwn: donorOwn.id, donorOther: donorOther.id, planId: plan.id, activityId: activity.id, decisionId: decision.id, sessionId: session.id },
  };
}

/** A request of `method` to `path` by this caller, with an empty JSON body for writes. */
export function send(app: TestApp, caller: Caller, method: string, path: string) {
  const agent: TestAgent = app.as(null);
  const request = method === 'GET' ? agent.get(path) : method === 'POST' ? agent.post(path).send({}) : agent[method.toLowerCase() as 'put'](path).send({});
  if (caller.session) return request.set('Cookie', caller.session.cookie).set('X-CSRF-Token', caller.session.csrfToken);
  return caller.authorization ? request.set('Authorization', caller.authorization) : request;
}

/** An id that names nothing: for routes whose `:id` scopes no one. */
export const NOBODY = (): string => randomUUID();
