import { ForbiddenException, Inject, Injectable, Logger, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Actor } from '#application';
import { AccessTokens, APP_CONFIG, BEARER_HEADER, type AppConfig } from '#platform';
import { OrganizationScope } from './organization-scope.js';
import { RateLimits } from './rate-limits.js';
import { isPublic, ROUTE_POLICIES, routeKey } from './route-policies.js';

export type AuthenticatedRequest = Request & { actor?: Actor };

/** `Bearer <token>`: one scheme, one token of visible ASCII characters, nothing else (bounds shared with the configuration). */
const BEARER = BEARER_HEADER;

/**
 * The one global guard, secure by default: every route is looked up in ROUTE_POLICIES; a route
 * without an entry is refused. Then the caller is resolved once from its bearer token (401 when
 * missing, malformed, unknown or revoked; 429 past too many failures from one address), its role and
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

  private async authenticate(request: Request, response: Response): Promise<Actor> {
    const header = request.header('authorization');
    const match = header === undefined ? null : BEARER.exec(header.trim());
    const token = match ? await this.tokens.authenticate(match[1]) : null;
    // A valid token always passes, so failures from a shared address (or an attacker's) never lock it out.
    if (token) return { id: token.id, name: token.displayName, role: token.role, organizationId: token.organizationId };

    // Only a presented credential counts as a failed check; calling without one is not guessing.
    if (header !== undefined) this.limits.countAuthFailure(request.ip, response);
    const reason = header === undefined ? 'a bearer token is required' : match ? 'the token is unknown or revoked' : 'the Authorization header must be "Bearer <token>"';
    response.setHeader('WWW-Authenticate', header === undefined ? 'Bearer' : 'Bearer error="invalid_token"');
    throw new UnauthorizedException({ code: 'UNAUTHENTICATED', message: reason });
  }
}
