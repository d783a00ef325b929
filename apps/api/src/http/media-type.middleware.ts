import { UnsupportedMediaTypeException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { CSV, XLSX } from './files.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH']);

/** A body of at least one byte is coming (an empty POST, such as signing out, has none to type). */
const hasBody = (request: Request) => request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;

/**
 * A write whose body is not JSON (text/plain, a form, XML) is a 415 saying what to send: the JSON parser
 * passes such a body over, and validation would then answer "name must be a string" for a name that was
 * sent. Spreadsheets are the import's (which says itself when it gets anything else).
 */
export function mediaTypeMiddleware(request: Request, _response: Response, next: NextFunction): void {
  if (!WRITES.has(request.method) || !hasBody(request) || request.is(['application/json', '+json', CSV, XLSX])) return next();
  next(
    new UnsupportedMediaTypeException({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: `send the body as JSON (Content-Type: application/json), not ${request.headers['content-type'] ?? 'without a Content-Type'}`,
    }),
  );
}
