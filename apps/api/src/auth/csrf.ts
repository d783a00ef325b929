import { ForbiddenException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';
import type { AppConfig } from '#platform';
import { CSRF_HEADER } from './session-cookie.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isWrite(method: string): boolean {
  return !SAFE.has(method);
}

/**
 * Origin check, the second layer: a browser names the page's origin on a cross-site request; it must be
 * this service's own (PUBLIC_URL, the Host it was called at) or one of CORS_ORIGINS.
 */
export function assertSameOrigin(request: Request, config: AppConfig): void {
  const origin = request.header('origin') ?? refererOrigin(request.header('referer'));
  if (origin === undefined) return;
  const allowed = new Set([new URL(config.PUBLIC_URL).origin, `${request.protocol}://${request.header('host')}`, ...config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean)]);
  if (!allowed.has(origin)) throw new ForbiddenException({ code: 'CROSS_SITE_REQUEST', message: `a write from ${origin} is refused: not this service's origin` });
}

/** A write made with the session cookie must carry the session's CSRF token in X-CSRF-Token. */
export function assertCsrfToken(request: Request, expected: string): void {
  const given = request.header(CSRF_HEADER);
  if (!given) throw new ForbiddenException({ code: 'CSRF_TOKEN_MISSING', message: 'a write with a session cookie needs the X-CSRF-Token header (from POST /auth/login or GET /auth/me)' });
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new ForbiddenException({ code: 'CSRF_TOKEN_INVALID', message: "X-CSRF-Token is not this session's token" });
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}
