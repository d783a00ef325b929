import { ForbiddenException, Inject, Injectable, Logger, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import { UserAccess, type Actor } from '#application';
import { AccessTokens, APP_CONFIG, BEARER_HEADER, SessionStore, type AppConfig } from '#platform';
import { assertCsrfToken, assertSameOrigin, isWrite } from './csrf.js';
import { sessionIdOf, sessionLimits } from './session-cookie.js';
import { OrganizationScope } from './organization-scope.js';
import { RateLimits } from './rate-limits.js';
import { isPublic, ROUTE_POLICIES, routeKey } from './route-policies.js';

export type AuthenticatedRequest = Request & {
  actor?: Actor;
  /** Set when the caller came with a session cookie (not a bearer token). */
  session?: { id: string; csrfToken: string };
};

/** `Bearer <token>`: one scheme, one token of visible ASCII characters, nothing else (bounds shared with the configuration). */
const BEARER = BEARER_HEADER;

/**
 * The one global guard, secure by default: every route is looked up in ROUTE_POLICIES; a route
 * without an entry is refused. Then the caller is resolved once from its bearer token or, without an
 * Authorization header, from its session cookie (401 when missing, malformed, unknown, revoked, ended,
 * or its user disabled; 429 past too many failures from one address); a write with a cookie must pass
 * the CSRF checks (403); the caller's role and
 * organisation scope are checked (403), and writes are rate-limited per token. The caller is left on
 * `request.actor` for the command envelope.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly tokens: AccessTokens,
    private readonly scope: OrganizationScope,
    private readonly limits: RateLimits,
    private readonly users: UserAccess,
    private readonly sessions: SessionStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = routeKey(request.method, (request.route as { path?: string } | undefined)?.path ?? request.path);
    const policy = ROUTE_POLICIES[key];
    if (policy && isPublic(policy, this.config)) return true;

    const actor = await this.authenticate(request, response);
    request.actor = actor;
    if (!policy) {
      this.logger.warn(`refused ${key}: the route has no entry in ROUTE_POLICIES`);
      throw new ForbiddenException({ code: 'FORBIDDEN', message: 'no access rule covers this route' });
    }
    if ('public' in policy || !policy.roles.includes(actor.role as never)) {
      throw new ForbiddenException({ code: 'FORBIDDEN', message: `the ${actor.role} role may not call ${key}` });
    }
    if (policy.scope && (actor.role === 'agency' || actor.role === 'donor')) {
      await this.scope.check(policy.scope, String(request.params.id), actor);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') this.limits.countWrite(actor.id, response);
    return true;
  }

  private async authenticate(request: AuthenticatedRequest, response: Response): Promise<Actor> {
    const header = request.header('authorization');
    if (header === undefined && sessionIdOf(request) !== undefined) return this.fromSession(request, response);
    const match = header === undefined ? null : BEARER.exec(header.trim());
    const token = match ? await this.tokens.authenticate(match[1]) : null;
    // A valid token always passes, so failures from a shared address (or an attacker's) never lock it out.
    // A token belongs to a user, whose id and name the events record; one issued before users existed acts as itself.
    const actor = !token ? null : token.userId ? await this.users.tokenActor({ ...token, userId: token.userId }) : { id: token.id, name: token.displayName, role: token.role, organizationId: token.organizationId };
    if (actor) return actor;

    // Only a presented credential counts as a failed check; calling without one is not guessing.
    if (header !== undefined) this.limits.countAuthFailure(request.ip, response);
    const reason =
      header === undefined
        ? 'a bearer token or a session is required'
        : !match
          ? 'the Authorization header must be "Bearer <token>"'
          : token
            ? "the token's user is disabled or no longer holds the token's rights"
            : 'the token is unknown or revoked';
    response.setHeader('WWW-Authenticate', header === undefined ? 'Bearer' : 'Bearer error="invalid_token"');
    throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: reason });
  }

  /** The session cookie's user, as they are now (role and organisation re-read); writes must pass the CSRF checks. */
  private async fromSession(request: AuthenticatedRequest, response: Response): Promise<Actor> {
    const id = sessionIdOf(request)!;
    const session = id ? await this.sessions.touch(id, sessionLimits(this.config)) : null;
    const actor = session ? await this.users.sessionActor(session.userId) : null;
    if (!session || !actor) {
      this.limits.countAuthFailure(request.ip, response);
      response.setHeader('WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: 'the session has ended or is unknown; sign in again' });
    }
    if (isWrite(request.method)) {
      assertSameOrigin(request, this.config);
      assertCsrfToken(request, session.csrfToken);
    }
    request.session = { id, csrfToken: session.csrfToken };
    return actor;
  }
}
