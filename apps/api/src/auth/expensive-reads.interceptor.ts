import { Inject, Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { finalize, type Observable } from 'rxjs';
import { APP_CONFIG, type AppConfig } from '#platform';
import type { AuthenticatedRequest } from './access.guard.js';
import { CallerSlots, tooManyInFlight } from './caller-slots.js';
import { RateLimits } from './rate-limits.js';
import { routeKey } from './route-policies.js';

/**
 * Reads whose cost grows with the log rather than with the answer: a time-travel read folds the
 * records' events, /audit/verify reads them all. Cheap live reads answer from the read models and
 * are not limited here.
 */
const travelsInTime = (query: Record<string, unknown>) => query.asOf !== undefined || query.knownAt !== undefined;
const EXPENSIVE: Readonly<Record<string, (query: Record<string, unknown>) => boolean>> = {
  'GET /plans/:id/dashboard': travelsInTime,
  'GET /plans/:id/reporting': travelsInTime,
  'GET /plans/:id/indicators': travelsInTime,
  'GET /plans/:id/indicators.csv': travelsInTime,
  'GET /activities/:id': travelsInTime,
  'GET /activities': travelsInTime,
  'GET /decisions': travelsInTime,
  'GET /recommendations': travelsInTime,
  'GET /audit/verify': () => true,
  'GET /audit/digest': () => true,
};

/**
 * Bounds expensive reads per caller (a person, whichever of their tokens; a token of no person alone): EXPENSIVE_READS_PER_CALLER in flight at once, and
 * RATE_LIMIT_EXPENSIVE_READS_PER_MINUTE. A request holds its slot from arrival (a minPosition wait
 * included) until its answer is sent or it fails, so one caller cannot occupy the database's
 * connections and the CPU for everyone else.
 */
@Injectable()
export class ExpensiveReadsInterceptor implements NestInterceptor {
  private readonly slots = new CallerSlots();

  constructor(
    private readonly limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = routeKey(request.method, (request.route as { path?: string } | undefined)?.path ?? request.path);
    const actor = request.actor;
    if (!actor || !EXPENSIVE[key]?.(request.query)) return next.handle();

    const response = context.switchToHttp().getResponse<Response>();
    const release = this.slots.tryAcquire(actor.id, this.config.EXPENSIVE_READS_PER_CALLER);
    if (!release) {
      throw tooManyInFlight(response, 'TOO_MANY_CONCURRENT_READS', `at most ${this.config.EXPENSIVE_READS_PER_CALLER} time-travel or verification reads per caller at once; retry when one has answered`);
    }
    try {
      this.limits.countExpensiveRead(actor.id, response);
    } catch (error) {
      release();
      throw error;
    }
    return next.handle().pipe(finalize(release));
  }
}
