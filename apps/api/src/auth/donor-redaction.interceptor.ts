import { Injectable, StreamableFile, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { map, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from './access.guard.js';

/**
 * Donors read aggregates (dashboards) and their own portfolio; no answer may name another donor's
 * amounts. Whatever a route returns to a donor token, every object carrying a `donorId` other than
 * the donor's own organisation is dropped from the arrays it sits in (a dashboard's `byDonor`, an
 * activity's `funding`). Defence in depth: routes a donor may call are few (ROUTE_POLICIES), but a
 * read model growing a per-donor breakdown must not leak through them.
 */
@Injectable()
export class DonorRedactionInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = context.getType() === 'http' ? context.switchToHttp().getRequest<AuthenticatedRequest>().actor : undefined;
    if (actor?.role !== 'donor' || !actor.organizationId) return next.handle();
    const own = actor.organizationId;
    return next.handle().pipe(map((body) => withoutOtherDonors(body, own)));
  }
}

/** A file (a donor's workbook) is built for the donor already and passes as it is. */
export function withoutOtherDonors(value: unknown, donorId: string): unknown {
  if (value instanceof StreamableFile) return value;
  if (Array.isArray(value)) {
    return value.filter((item) => !isOtherDonors(item, donorId)).map((item) => withoutOtherDonors(item, donorId));
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date) && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, withoutOtherDonors(inner, donorId)]));
  }
  return value;
}

function isOtherDonors(item: unknown, donorId: string): boolean {
  if (item === null || typeof item !== 'object' || !('donorId' in item)) return false;
  const id = (item as { donorId: unknown }).donorId;
  return typeof id === 'string' && id.toLowerCase() !== donorId.toLowerCase();
}
