import { parse } from 'cookie';
import type { Request, Response } from 'express';
import type { AppConfig, SessionLimits } from '#platform';

/** The session cookie: a random id, HttpOnly, SameSite=Lax, Secure whenever the request came over TLS. */
export const SESSION_COOKIE = 'apm_session';
export const CSRF_HEADER = 'x-csrf-token';

export function sessionIdOf(request: Request): string | undefined {
  const header = request.header('cookie');
  if (!header) return undefined;
  const id = parse(header)[SESSION_COOKIE];
  return id && /^[A-Za-z0-9_-]{20,100}$/.test(id) ? id : id ? '' : undefined;
}

export function sessionLimits(config: AppConfig): SessionLimits {
  return { idleMs: config.SESSION_IDLE_MINUTES * 60_000, absoluteMs: config.SESSION_MAX_HOURS * 3_600_000 };
}

export function setSessionCookie(request: Request, response: Response, id: string, config: AppConfig): void {
  // Behind a TLS-terminating proxy, request.secure reads X-Forwarded-Proto when TRUST_PROXY says so.
  response.cookie(SESSION_COOKIE, id, { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/', maxAge: config.SESSION_MAX_HOURS * 3_600_000 });
}

export function clearSessionCookie(request: Request, response: Response): void {
  response.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: request.secure, path: '/' });
}
