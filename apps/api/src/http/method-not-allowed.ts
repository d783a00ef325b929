import { MethodNotAllowedException, NotFoundException } from '@nestjs/common';
import type { Request } from 'express';

/** The 405 of a path that routes take, but not with the method asked; `allow` is what they take. */
export class MethodNotAllowedError extends MethodNotAllowedException {
  constructor(
    method: string,
    path: string,
    readonly allow: string[],
  ) {
    super({ code: 'METHOD_NOT_ALLOWED', message: `${path} does not take ${method}; it takes ${allow.join(', ')}` });
  }
}

/**
 * What this module reads of the express router (router 2): its layers, each with the router's own matcher
 * and, for a route, `_methods()`, the list the router answers OPTIONS with. Both are router internals:
 * test/e2e/method-not-allowed.e2e-spec.ts holds the answer to every documented path.
 */
interface RouteLayer {
  route?: { _methods(): string[] };
  match(path: string): unknown;
}

/**
 * Nest's 404 for a request no route took (its catch-all runs after every route, so `request.route` is
 * unset) becomes a 405 when routes at that path take other methods. They are read from express's own
 * route table with the router's own matcher, so the answer agrees with the routing; the methods are
 * those the router lists for the path (HEAD with GET), as it would answer OPTIONS. Only requests that
 * matched nothing get here. HEAD and OPTIONS are left as they were (a 404; OPTIONS is CORS's when on).
 */
export function methodNotAllowed(exception: unknown, request: Request | undefined): MethodNotAllowedError | undefined {
  if (!(exception instanceof NotFoundException) || !request || request.route !== undefined) return undefined;
  if (request.method === 'HEAD' || request.method === 'OPTIONS') return undefined;
  const stack = (request.app as unknown as { router?: { stack?: RouteLayer[] } } | undefined)?.router?.stack ?? [];
  const allow = new Set<string>();
  for (const layer of stack) {
    if (layer.route && matches(layer, request.path)) for (const method of layer.route._methods()) allow.add(method);
  }
  if (allow.size === 0 || allow.has(request.method)) return undefined;
  return new MethodNotAllowedError(request.method, request.path, [...allow].sort());
}

function matches(layer: RouteLayer, path: string): boolean {
  try {
    return Boolean(layer.match(path));
  } catch {
    // A parameter that does not decode (a stray %): the router itself refuses it before any route.
    return false;
  }
}
