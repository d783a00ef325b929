import { Inject, Injectable, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { from, switchMap, type Observable } from 'rxjs';
import { isPosition } from '#event-store';
import { APP_CONFIG, type AppConfig } from '#platform';
import { ALL_PROJECTIONS, ProjectionWaiter } from '#read-models';
import { InvalidInputError } from './api-error.js';

/**
 * Read-your-writes: a GET with `?minPosition=` or `X-Min-Position` waits until every projection has
 * applied that position (the `position` a write answered), or answers 503 after the timeout.
 */
@Injectable()
export class MinPositionInterceptor implements NestInterceptor {
  constructor(
    private readonly waiter: ProjectionWaiter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request>();
    const wanted = (request.query.minPosition as string | undefined) ?? request.header('x-min-position');
    if (request.method !== 'GET' || wanted === undefined) return next.handle();
    if (typeof wanted !== 'string' || !isPosition(wanted)) {
      throw new InvalidInputError([{ field: 'minPosition', messages: ['minPosition must be a position returned by a write'] }]);
    }
    return from(this.waiter.waitFor(wanted, ALL_PROJECTIONS, this.config.READ_YOUR_WRITES_TIMEOUT_MS)).pipe(
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
