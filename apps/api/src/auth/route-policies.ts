import { ROLES, type AppConfig, type Role } from '#platform';

/**
 * Which organisation an agency or donor caller must be tied to for the route's `:id`:
 * - `activity`: the activity's lead or a partner agency;
 * - `decision`: one of the decision's responsible agencies;
 * - `own-organization`: `:id` is the caller's own organisation (a donor's portfolio).
 * Admin, secretariat and commission callers are not scoped.
 */
export type Scope = 'activity' | 'decision' | 'own-organization';

export type RoutePolicy =
  | { public: true }
  | {
      roles: readonly Role[];
      scope?: Scope;
      /** Open to anyone when the configuration says so (GET /metrics with METRICS_PUBLIC=true). */
      publicWhen?: (config: AppConfig) => boolean;
    };

const EVERYONE: readonly Role[] = ROLES;
const WRITERS: readonly Role[] = ['admin', 'secretariat'];
/** Everyone who reads the plan's data in full; donors see only dashboards and their own portfolio. */
const READERS: readonly Role[] = ['admin', 'secretariat', 'agency', 'commission'];
/** The audit trail: the commission reviews it, the secretariat keeps it. */
const AUDITORS: readonly Role[] = ['admin', 'secretariat', 'commission'];

const write = { roles: WRITERS } as const;
const read = { roles: READERS } as const;

/**
 * THE table of who may call what, keyed by `<METHOD> <path as Express sees it>` (request.route.path).
 * A route without an entry is refused (403) for everyone, and the authorization matrix test fails
 * until it gets one. Entries for routes not built yet follow DESIGN.md's API list, so they are
 * protected the moment they appear.
 */
export const ROUTE_POLICIES: Readonly<Record<string, RoutePolicy>> = {
  // Operations and documentation. /docs is served by Swagger outside Nest's router: listed for completeness.
  'GET /health': { public: true },
  'GET /docs': { public: true },
  'GET /docs-json': { public: true },
  'GET /docs-yaml': { public: true },
  'GET /metrics': { roles: ['admin', 'commission'], publicWhen: (config) => config.METRICS_PUBLIC },

  // Signing in: open to anyone (throttled per e-mail and per address); the rest needs a caller.
  'POST /auth/login': { public: true },
  'GET /auth/password': { public: true },
  'POST /auth/password': { public: true },
  'POST /auth/password-reset': { public: true },
  'POST /auth/logout': { roles: EVERYONE },
  'GET /auth/me': { roles: EVERYONE },
  // Your own tokens: anyone, with their own role or less.
  'POST /auth/tokens': { roles: EVERYONE },
  'GET /auth/tokens': { roles: EVERYONE },
  'POST /auth/tokens/:id/revoke': { roles: EVERYONE },

  // Users: admins only.
  'POST /users': { roles: ['admin'] },
  'GET /users': { roles: ['admin'] },
  'GET /users/:id': { roles: ['admin'] },
  'POST /users/:id/invitation': { roles: ['admin'] },
  'POST /users/:id/role': { roles: ['admin'] },
  'POST /users/:id/organization': { roles: ['admin'] },
  'POST /users/:id/disable': { roles: ['admin'] },
  'POST /users/:id/enable': { roles: ['admin'] },
  'POST /users/:id/unlock': { roles: ['admin'] },
  'POST /users/:id/tokens': { roles: ['admin'] },
  'GET /users/:id/tokens': { roles: ['admin'] },

  // Tokens: admins only.
  'POST /tokens': { roles: ['admin'] },
  'GET /tokens': { roles: ['admin'] },
  'POST /tokens/:id/revoke': { roles: ['admin'] },

  // Organisations and plans.
  'POST /organizations': write,
  'POST /organizations/:id/amend': write,
  'POST /organizations/:id/rename': write,
  'POST /plans': write,
  'POST /plans/:id/objectives': write,
  'POST /plans/:id/adopt': write,
  'POST /plans/:id/revise': write,
  'POST /plans/:id/close': write,
  'POST /plans/:id/reporting-calendar': write,
  'POST /plans/:id/amend': write,
  'POST /plans/:id/recode': write,
  'POST /plans/:id/objectives/:objective/amend': write,
  'POST /plans/:id/objectives/:objective/remove': write,
  // The results framework: the catalogue and objective indicators are the secretariat's.
  'POST /plans/:id/disaggregations': write,
  'POST /plans/:id/disaggregations/:code/amend': write,
  'POST /plans/:id/objectives/:objective/indicators': write,
  'POST /plans/:id/objectives/:objective/indicators/:indicator/revise': write,

  // Activities: agencies report progress and define indicators on their own activities only.
  'POST /activities': write,
  'POST /plans/:id/activities/import': write,
  'GET /plans/:id/activities/import-template': { roles: WRITERS },
  'POST /activities/:id/indicators': { roles: [...WRITERS, 'agency'], scope: 'activity' },
  'POST /activities/:id/amend': write,
  'POST /activities/:id/recode': write,
  'POST /activities/:id/start': write,
  'POST /activities/:id/progress-reports': { roles: [...WRITERS, 'agency'], scope: 'activity' },
  'POST /activities/:id/progress-reports/withdraw': { roles: [...WRITERS, 'agency'], scope: 'activity' },
  // The approval of reports (issue 11): the agency submits; the secretariat approves, returns and reopens.
  'POST /activities/:id/progress-reports/submit': { roles: [...WRITERS, 'agency'], scope: 'activity' },
  'POST /activities/:id/progress-reports/approve': write,
  'POST /activities/:id/progress-reports/return': write,
  'POST /activities/:id/progress-reports/reopen': write,
  'POST /activities/:id/funding-commitments': write,
  'POST /activities/:id/disbursements': write,
  'POST /activities/:id/funding-commitments/:revision/reverse': write,
  'POST /activities/:id/disbursements/:revision/reverse': write,
  'POST /activities/:id/indicators/:indicator/revise': { roles: [...WRITERS, 'agency'], scope: 'activity' },
  'POST /activities/:id/indicators/:indicator/retire': { roles: [...WRITERS, 'agency'], scope: 'activity' },
  'POST /activities/:id/reschedule': write,
  'POST /activities/:id/complete': write,
  'POST /activities/:id/suspend': write,
  'POST /activities/:id/resume': write,
  'POST /activities/:id/cancel': write,

  // Commission sessions, decisions (agencies add follow-ups on decisions they are responsible for), recommendations.
  'POST /commission/sessions': write,
  'POST /commission/sessions/:id/held': write,
  'POST /commission/sessions/:id/amend': write,
  'POST /commission/sessions/:id/renumber': write,
  'POST /decisions': write,
  'POST /decisions/:id/follow-ups': { roles: [...WRITERS, 'agency'], scope: 'decision' },
  'POST /decisions/:id/implemented': write,
  'POST /decisions/:id/revoke': write,
  'POST /decisions/:id/amend': write,
  'POST /decisions/:id/renumber': write,
  'POST /recommendations': write,
  'POST /recommendations/:id/schedule': write,
  'POST /recommendations/:id/accept': write,
  'POST /recommendations/:id/reject': write,
  'POST /recommendations/:id/defer': write,
  'POST /recommendations/:id/link-activity': write,
  'POST /recommendations/:id/implemented': write,
  'POST /recommendations/:id/withdraw': write,
  'POST /recommendations/:id/amend': write,
  'POST /meetings': write,
  'POST /meetings/:id/amend': write,
  'POST /meetings/:id/documents': write,

  // Reads. Dashboards are aggregates that name no donor's amounts, so donors read them too.
  'GET /plans/:id/dashboard': { roles: [...READERS, 'donor'] },
  // The tracking table: like the dashboard for objectives' indicators; a donor's activity rows are those it funds.
  'GET /plans/:id/indicators': { roles: [...READERS, 'donor'] },
  'GET /plans/:id/indicators.csv': { roles: [...READERS, 'donor'] },
  'GET /plans/:id/disaggregations': read,
  // Exports: a donor's answer holds only the activities it funds and only its own funding lines.
  'GET /plans/:id/export.csv': { roles: [...READERS, 'donor'] },
  'GET /plans/:id/export.xlsx': { roles: [...READERS, 'donor'] },
  'GET /plans/:id/iati.xml': { roles: [...READERS, 'donor'] },
  'GET /activities': read,
  'GET /activities/:id': read,
  'GET /activities/:id/history': read,
  'GET /donors/:id/portfolio': { roles: [...AUDITORS, 'donor'], scope: 'own-organization' },
  'GET /decisions': read,
  'GET /decisions/:id': read,
  'GET /decisions/:id/history': read,
  'GET /recommendations': read,
  'GET /recommendations/:id': read,
  'GET /recommendations/:id/history': read,
  // Meetings: read by everyone who reads the recommendations made at them.
  'GET /meetings': read,
  // Reference data: the gazetteer a location is checked against, for every form and filter.
  'GET /geography': { roles: EVERYONE },
  'GET /progress-reports': read,
  'GET /progress-reports/owed': read,
  'GET /meetings/:id': read,
  'GET /meetings/:id/history': read,
  'GET /organizations': read,
  'GET /organizations/:id': read,
  'GET /organizations/:id/history': read,
  // The list of plans (codes, titles, periods, status) names no money: donors find their dashboards through it.
  'GET /plans': { roles: [...READERS, 'donor'] },
  'GET /plans/:id': read,
  'GET /plans/:id/history': read,
  'GET /plans/:id/reporting': read,
  'GET /commission/sessions': read,
  'GET /commission/sessions/:id': read,
  'GET /commission/sessions/:id/pack': read,
  'GET /commission/sessions/:id/history': read,
  'GET /audit': { roles: AUDITORS },
  'GET /audit/verify': { roles: AUDITORS },
  'GET /audit/digest': { roles: AUDITORS },
  // What was mailed to whom: the secretariat keeps the reminders going.
  'GET /reminders': { roles: ['admin', 'secretariat'] },
};

/** The table's key for a request: HEAD is answered by the GET route. */
export function routeKey(method: string, path: string): string {
  return `${method === 'HEAD' ? 'GET' : method} ${path}`;
}

/** Whether the route answers without a token under this configuration. */
export function isPublic(policy: RoutePolicy, config: AppConfig): boolean {
  return 'public' in policy || (policy.publicWhen?.(config) ?? false);
}
