import { ROUTE_POLICIES, type RoutePolicy } from '../../apps/api/src/auth/route-policies.js';
import { accessScenario, CALLER_NAMES, mountedRoutes, NOBODY, send, type Caller } from '../support/access-scenario.js';
import { startTestApp } from '../support/test-app.js';

/**
 * The authorization matrix: every route the app serves × every kind of caller, with the expected
 * answer computed from ROUTE_POLICIES. Allowed callers must not get 401/403 (they get 2xx, or 400 for
 * the empty body, or 404 for an id that names nothing); everyone else gets exactly 401 or 403.
 * The routes come from the running app (top-level await), so a route added later is in the matrix
 * at once — and fails the coverage test below until the table has an entry for it.
 */
const app = await startTestApp();
afterAll(() => app.close());
const routes = mountedRoutes(app.app);

/** Swagger serves its UI assets under /docs/… outside Nest's router; the /docs entry covers them. */
/** Files served beside the API, outside its router: Swagger UI's and, once built, the web application's (public, like any page). */
const isSwaggerAsset = (key: string) => key.startsWith('GET /docs/') || key.startsWith('GET /app/');
const policyOf = (key: string): RoutePolicy | undefined => ROUTE_POLICIES[key];

type Expected = 'allowed' | 401 | 403;
function expectedFor(policy: RoutePolicy, caller: Caller): Expected {
  if ('public' in policy) return 'allowed';
  if (!caller.role) return 401;
  if (!policy.roles.includes(caller.role)) return 403;
  if (policy.scope && (caller.role === 'agency' || caller.role === 'donor')) return caller.own ? 'allowed' : 403;
  return 'allowed';
}

let scenario: Awaited<ReturnType<typeof accessScenario>>;
beforeAll(async () => {
  scenario = await accessScenario(app);
}, 60_000);

/** `:id` filled with the record that decides the caller's scope, or an id of nothing. */
function pathFor(key: string, policy: RoutePolicy): string {
  const path = key.slice(key.indexOf(' ') + 1);
  const scope = 'scope' in policy ? policy.scope : undefined;
  const id = scope === 'activity' ? scenario.ids.activityId : scope === 'decision' ? scenario.ids.decisionId : scope === 'own-organization' ? scenario.ids.donorOwn : NOBODY();
  return path.replace(/:\w+/g, id);
}

describe('route coverage', () => {
  it('finds the routes of the app (sanity: the router was read)', () => {
    expect(routes).toEqual(expect.arrayContaining(['POST /activities/:id/progress-reports', 'GET /health', 'POST /tokens']));
  });

  it('has a ROUTE_POLICIES entry for every route the app serves', () => {
    const uncovered = routes.filter((key) => !isSwaggerAsset(key) && !policyOf(key));
    expect(uncovered).toEqual([]);
  });

  it('keys the table by a method and an Express path', () => {
    for (const key of Object.keys(ROUTE_POLICIES)) expect(key).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/[a-z0-9\-/:.]*$/);
  });
});

const protectedRoutes = routes.filter((key) => policyOf(key) && !('public' in policyOf(key)!) && !isSwaggerAsset(key));
const publicRoutes = routes.filter((key) => policyOf(key) && 'public' in policyOf(key)!);

describe.each(protectedRoutes)('%s', (key) => {
  const policy = policyOf(key)!;
  const method = key.slice(0, key.indexOf(' '));
  it.each(CALLER_NAMES)('as %s', async (name) => {
    const caller = scenario.callers[name];
    const expected = expectedFor(policy, caller);
    const response = await send(app, caller, method, pathFor(key, policy));
    // The matrix just ended this caller's session: sign in again for the routes after this one.
    if (key === 'POST /auth/logout' && caller.renew) await caller.renew();
    if (expected === 'allowed') {
      // The status and body together, so a failure shows why the caller was turned away.
      expect(`${response.status} ${JSON.stringify(response.body)}`).not.toMatch(/^(401|403|429|5\d\d) /);
    } else {
      expect({ status: response.status, code: response.body.code }).toEqual({ status: expected, code: expected === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' });
      if (expected === 401) expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    }
  });
});

describe('public routes answer without a token', () => {
  it('are exactly health, the OpenAPI documents and signing in (login, one-time links, reset requests)', () => {
    expect(publicRoutes.sort()).toEqual(['GET /auth/password', 'GET /docs', 'GET /docs-json', 'GET /docs-yaml', 'GET /health', 'POST /auth/login', 'POST /auth/password', 'POST /auth/password-reset']);
  });

  it.each(publicRoutes.filter((key) => !key.includes('/auth/')))('%s', async (key) => {
    const response = await app.as(null).get(key.slice(4));
    expect(response.status).toBe(200);
  });

  it.each(publicRoutes.filter((key) => key.includes('/auth/')))('%s answers without a caller (never 401/403)', async (key) => {
    const method = key.slice(0, key.indexOf(' '));
    const response = await send(app, scenario.callers['no token'], method, key.slice(key.indexOf(' ') + 1));
    expect(`${response.status} ${response.body.code}`).toMatch(/^(400|404) /);
  });
});

describe('a refusal of an organisation scope', () => {
  it('says why in words and echoes nothing of the path the caller sent', async () => {
    const sent = `${'<b>x</b>'.repeat(500)}`;
    const donor = await send(app, scenario.callers['donor-other'], 'GET', `/donors/${encodeURIComponent(sent)}/portfolio`);
    expect(donor.status).toBe(403);
    expect(donor.body).toEqual({ statusCode: 403, code: 'FORBIDDEN', message: "this token's organisation may act only on its own records" });
    const agency = await send(app, scenario.callers['agency-other'], 'POST', `/activities/${scenario.ids.activityId}/progress-reports`);
    expect(agency.body).toEqual({ statusCode: 403, code: 'FORBIDDEN', message: "this token's organisation is not the lead or a partner agency of this activity" });
    const decision = await send(app, scenario.callers['agency-other'], 'POST', `/decisions/${scenario.ids.decisionId}/follow-ups`);
    expect(decision.body).toEqual({ statusCode: 403, code: 'FORBIDDEN', message: "this token's organisation is not responsible for this decision" });
  });
});
