import { loadConfig } from '#platform';
import { isPublic, ROUTE_POLICIES, routeKey } from './route-policies.js';

describe('route policies', () => {
  it('keeps GET /metrics behind an admin or commission token unless METRICS_PUBLIC=true', () => {
    const metrics = ROUTE_POLICIES['GET /metrics'];
    expect(isPublic(metrics, loadConfig({}))).toBe(false);
    expect(isPublic(metrics, loadConfig({ METRICS_PUBLIC: 'true' }))).toBe(true);
    expect('roles' in metrics && metrics.roles).toEqual(['admin', 'commission']);
  });

  it('opens nothing but health, the OpenAPI documents and signing in by default', () => {
    const config = loadConfig({});
    const open = Object.entries(ROUTE_POLICIES).filter(([, policy]) => isPublic(policy, config)).map(([key]) => key);
    expect(open.sort()).toEqual(['GET /auth/password', 'GET /docs', 'GET /docs-json', 'GET /docs-yaml', 'GET /health', 'POST /auth/login', 'POST /auth/password', 'POST /auth/password-reset']);
  });

  it('lets no donor or commission token write, and only admins manage tokens', () => {
    for (const [key, policy] of Object.entries(ROUTE_POLICIES)) {
      if (!('roles' in policy)) continue;
      // Signing out and one's own tokens change no record: everyone may end their session and manage their own tokens.
      if (!key.startsWith('GET ') && !key.startsWith('POST /auth/')) expect({ key, roles: policy.roles.filter((r) => r === 'donor' || r === 'commission') }).toEqual({ key, roles: [] });
      if (key.includes('/tokens') && !key.startsWith('POST /auth/') && !key.startsWith('GET /auth/')) expect({ key, roles: policy.roles }).toEqual({ key, roles: ['admin'] });
    }
  });

  it('scopes agency writes to activities and decisions of their organisation', () => {
    const agencyWrites = Object.entries(ROUTE_POLICIES).filter(([key, p]) => !key.startsWith('GET ') && !key.startsWith('POST /auth/') && 'roles' in p && p.roles.includes('agency'));
    expect(agencyWrites.map(([key, p]) => [key, 'scope' in p ? p.scope : undefined])).toEqual([
      ['POST /activities/:id/indicators', 'activity'],
      ['POST /activities/:id/progress-reports', 'activity'],
      // Corrections of what agencies write (issue 16).
      ['POST /activities/:id/progress-reports/withdraw', 'activity'],
      ['POST /activities/:id/progress-reports/submit', 'activity'],
      ['POST /activities/:id/indicators/:indicator/revise', 'activity'],
      ['POST /activities/:id/indicators/:indicator/retire', 'activity'],
      ['POST /decisions/:id/follow-ups', 'decision'],
    ]);
  });

  it('answers HEAD with the GET route', () => {
    expect(routeKey('HEAD', '/health')).toBe('GET /health');
    expect(routeKey('POST', '/tokens')).toBe('POST /tokens');
  });
});

describe('configuration of access', () => {
  it('has CORS off, metrics private and rate limits on by default', () => {
    expect(loadConfig({})).toMatchObject({ CORS_ORIGINS: '', METRICS_PUBLIC: false, RATE_LIMIT_WRITES_PER_MINUTE: 300, RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: 20 });
  });

  it.each([['CORS_ORIGINS', '*'], ['CORS_ORIGINS', 'evil.example'], ['RATE_LIMIT_WRITES_PER_MINUTE', '0'], ['METRICS_PUBLIC', 'maybe']])('refuses %s=%s naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });
});
