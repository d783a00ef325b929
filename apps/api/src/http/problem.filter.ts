import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError, DuplicateCodeError, EventFromNewerSchemaError, InvalidValueError } from '#domain';
import { AppendTooLargeError, EventStoreUnavailableError } from '#event-store';
import { ConcurrentModificationError, IdempotencyKeyReusedError, NotFoundError, PreconditionFailedError } from '#application';
import { InvalidInputError, type ApiErrorBody } from './api-error.js';
import { methodNotAllowed } from './method-not-allowed.js';

/** Maps every failure to one body shape; internals (stacks, SQL) never reach the client. */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    // A path that exists, asked with another method: 405 and the methods it takes, not "not found".
    const refused = methodNotAllowed(exception, host.switchToHttp().getRequest<Request | undefined>());
    if (refused) response.setHeader('Allow', refused.allow.join(', '));
    const body = this.toBody(refused ?? exception);
    // A 503 is expected (a store down or slow, projections behind): one line, no stack; other 5xx are bugs.
    if (body.statusCode === 503) this.logger.warn(`${body.code} ${describeRequest(host)}: ${reasonOf(exception)}`);
    else if (body.statusCode >= 500) this.logger.error(exception);
    // A handler may have labelled its answer before failing (/metrics' @Header, a file's disposition): an error is JSON.
    response.removeHeader('Content-Disposition');
    response.status(body.statusCode).type('application/json').json(body);
  }

  private toBody(error: unknown): ApiErrorBody {
    if (error instanceof InvalidInputError) {
      return { statusCode: 400, code: error.code, message: error.message, fields: error.fields };
    }
    if (error instanceof InvalidValueError) {
      // Only the domain could tell (a category the catalogue lacks, a year outside the plan): a field-level 400 all the same.
      return { statusCode: 400, code: error.code, message: error.message, field: error.field, fields: [{ field: error.field!, messages: [error.message] }] };
    }
    if (error instanceof DomainError) {
      const holder = error instanceof DuplicateCodeError ? { holder: error.holder } : {};
      return { statusCode: 409, code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}), ...holder };
    }
    if (error instanceof NotFoundError) {
      return { statusCode: 404, code: 'NOT_FOUND', message: error.message, resource: error.resource, id: error.id, ...(error.field ? { field: error.field } : {}) };
    }
    if (error instanceof PreconditionFailedError) {
      return { statusCode: 412, code: 'REVISION_MISMATCH', message: error.message, expected: error.expected, actual: error.actual };
    }
    if (error instanceof IdempotencyKeyReusedError) {
      return { statusCode: 422, code: error.code, message: error.message };
    }
    if (error instanceof ConcurrentModificationError) {
      return { statusCode: 409, code: error.code, message: error.message };
    }
    if (error instanceof EventFromNewerSchemaError) {
      // A rolling upgrade in progress: another instance already writes the next event schema.
      return { statusCode: 503, code: 'NEWER_EVENT_SCHEMA', message: 'this record was written by a newer release of the service; retry once this instance is upgraded' };
    }
    if (error instanceof AppendTooLargeError) {
      // The request's events are over what the event store takes in one append (EventStoreDB's MaxAppendSize).
      return { statusCode: 413, code: 'APPEND_TOO_LARGE', message: `the request's events are too large to store: ${error.message}` };
    }
    if (error instanceof EventStoreUnavailableError || isConnectionFailure(error)) {
      return { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'a backing store cannot be reached; try again shortly' };
    }
    const bodyParser = bodyParserError(error);
    if (bodyParser) return bodyParser;
    if (error instanceof HttpException) {
      const status = error.getStatus();
      const payload = error.getResponse();
      const message = typeof payload === 'string' ? payload : String((payload as { message?: unknown }).message ?? error.message);
      const code = (payload as { code?: string }).code ?? HttpStatus[status] ?? 'ERROR';
      // Deliberate details of our own exceptions (e.g. the health check's per-store status) stay.
      const { message: _m, statusCode: _s, error: _e, code: _c, ...details } = typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
      return { ...details, statusCode: status, code, message };
    }
    return { statusCode: 500, code: 'INTERNAL', message: 'an unexpected error occurred' };
  }
}

/** body-parser failures, raw or as Nest wraps them (the original is the exception's cause). */
function bodyParserError(error: unknown): ApiErrorBody | undefined {
  const original = error instanceof HttpException && error.cause ? error.cause : error;
  const type = (original as { type?: string }).type;
  if (type === 'entity.parse.failed') {
    // The parser accepts only an object or a list at the top: a bare string or number is JSON all the same.
    const message = isJson((original as { body?: unknown }).body) ? 'the body must be a JSON object' : 'the body is not valid JSON';
    return { statusCode: 400, code: 'INVALID_JSON', message };
  }
  if (type === 'entity.verify.failed') return { statusCode: 400, code: 'INVALID_JSON', message: 'the body is not valid UTF-8' };
  if (type === 'entity.too.large') return { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: 'the body is too large' };
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'unsupported body encoding' };
  return undefined;
}

function isJson(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

// Socket errors, and Postgres' classes 08 (connection exception) and 57 (operator intervention:
// statement timeout 57014, shutdown 57P01–57P03).
const CONNECTION_CODES = /^(ECONNREFUSED|ECONNRESET|ECONNABORTED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|08...|57...)$/;
// pg's own wording: a connection dropped or not made in time (connectionTimeoutMillis), a query
// the server did not answer in time (query_timeout).
const CONNECTION_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Query read timeout|Client has encountered a connection error/i;

/** The database could not be reached or did not answer in time, however deep the driver's error sits. */
function isConnectionFailure(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 5) return false;
  const { code, message, cause, driverError } = error as { code?: unknown; message?: unknown; cause?: unknown; driverError?: unknown };
  if (typeof code === 'string' && CONNECTION_CODES.test(code)) return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.test(message)) return true;
  return isConnectionFailure(driverError, depth + 1) || isConnectionFailure(cause, depth + 1);
}

function describeRequest(host: ArgumentsHost): string {
  const request = host.switchToHttp().getRequest<Request | undefined>();
  return request ? `${request.method} ${request.originalUrl ?? request.url}` : 'request';
}

/** The error's message and its causes' on one line. */
function reasonOf(error: unknown): string {
  const parts: string[] = [];
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) parts.push(e.message);
  return parts.join(' <- ').replace(/\s+/g, ' ') || String(error);
}
