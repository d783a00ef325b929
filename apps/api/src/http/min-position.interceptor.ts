import { Inject, Injectable, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { from, switchMap, type Observable } from 'rxjs';
import type { Actor } from '#application';
import { isPosition } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { ALL_PROJECTIONS, ProjectionWaiter } from '#read-models';
import { CallerSlots, tooManyInFlight } from '../auth/caller-slots.js';
import { InvalidInputError } from './api-error.js';
import { givenOnce } from './repeated-query.js';

/**
 * Read-your-writes: a GET with `?minPosition=` or `X-Min-Position` waits until every projection has
 * applied that position (the `position` a write answered), or answers 503 after the timeout. Waits
 * are cheap (one shared poll, ProjectionWaiter), and a caller has at most MIN_POSITION_WAITS_PER_CALLER
 * of them at once (429 past it), so far-future positions cannot pile up.
 */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  private readonly waits = new CallerSlots();

  constructor(
    private readonly waiter: ProjectionWaiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const wanted = (request.query.minPosition as string | undefined) ?? request.header('x-min-position');
    if (request.method !== 'GET' || wanted === undefined) return next.handle();
    if (Array.isArray(wanted)) throw new InvalidInputError([{ field: 'minPosition', messages: [givenOnce('minPosition')] }]);
    if (typeof wanted !== 'string' || !isPosition(wanted)) {
      throw new InvalidInputError([{ field: 'minPosition', messages: ['minPosition must be a position returned by a write'] }]);
    }
    // Public routes have no caller; they share one key.
    const release = this.waits.tryAcquire(request.actor?.id ?? 'anonymous', this.config.MIN_POSITION_WAITS_PER_CALLER);
    if (!release) {
      throw tooManyInFlight(context.switchToHttp().getResponse<Response>(), 'TOO_MANY_CONCURRENT_WAITS', `at most ${this.config.MIN_POSITION_WAITS_PER_CALLER} minPosition reads per caller may wait at once; retry when one has answered`);
    }
    return from(this.waiter.waitFor(wanted, ALL_PROJECTIONS, this.config.READ_YOUR_WRITES_TIMEOUT_MS).finally(release)).pipe(
      switchMap((reached) => {
        if (!reached) {
          throw new ServiceUnavailableException({
            code: 'PROJECTIONS_BEHIND',
            message: `the read models have not reached position ${wanted} within ${this.config.READ_YOUR_WRITES_TIMEOUT_MS} ms; retry shortly`,
          });
        }
        return next.handle();
      }),
    );
  }
}
