import type { NextFunction, Request, Response } from 'express';
import { InvalidInputError } from './api-error.js';
import { screenInput } from './input-screen.js';

/**
 * Runs right after the JSON body parser, before guards, pipes and controllers: a body or query string
 * that is too deep, holds NUL, a control character or a lone surrogate, or a prototype key never reaches them.
 */
export function inputScreenMiddleware(request: Request, _response: Response, next: NextFunction): void {
  // An uploaded file (an import's raw body) is bytes, not parsed input: walking it would visit every byte.
  const body: unknown = Buffer.isBuffer(request.body) ? undefined : request.body;
  for (const [source, value] of [['body', body], ['query', request.query]] as const) {
    const { tooDeep, problems } = screenInput(value);
    if (tooDeep) return next(new InvalidInputError([tooDeep], 'JSON_TOO_DEEP', `the ${source} is nested too deeply`));
    if (problems.length > 0) return next(new InvalidInputError(problems));
  }
  next();
}
