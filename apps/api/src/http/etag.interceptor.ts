import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';

/** Every answer that carries a stream revision also carries it as the ETag, for If-Match. */
@Injectable()
export class ETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const revision = (body as { revision?: unknown } | undefined)?.revision;
        if (typeof revision === 'number' && revision >= 0) response.setHeader('ETag', `"${revision}"`);
        return body;
      }),
    );
  }
}
