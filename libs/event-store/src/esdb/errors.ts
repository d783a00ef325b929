import {
  CancelledError,
  DeadlineExceededError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  TimeoutError,
  UnavailableError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import { AppendTooLargeError, EventStoreUnavailableError, WrongExpectedRevisionError } from '../errors.js';
import type { ExpectedRevision } from '../event-store.port.js';

const GRPC_UNAVAILABLE = 14;
const GRPC_DEADLINE_EXCEEDED = 4;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
const NETWORK_MESSAGE = /ECONNREFUSED|ECONNRESET|No connection established|Connection dropped|Failed to connect|connection closed|RST_STREAM/i;
// A cluster connection string whose seeds' gossip names no usable node: the client throws a plain Error.
const DISCOVERY_FAILED = /^Failed to discover after \d+ attempts/;

/** True when the failure means "the server cannot be reached now", not "the request was wrong". */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof EventStoreUnavailableError) return true;
  if (
    error instanceof UnavailableError ||
    error instanceof DeadlineExceededError ||
    error instanceof NotLeaderError ||
    error instanceof TimeoutError ||
    error instanceof CancelledError
  ) {
    return true;
  }
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // Raw gRPC statuses reach us unconverted from the client's server-features probe.
  if (code === GRPC_UNAVAILABLE || code === GRPC_DEADLINE_EXCEEDED) return true;
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
  return typeof message === 'string' && (NETWORK_MESSAGE.test(message) || DISCOVERY_FAILED.test(message));
}

/** The client found no node by gossip (cluster connection strings only). */
export function isDiscoveryFailure(error: unknown): boolean {
  const message = (error as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' && DISCOVERY_FAILED.test(message);
}

/** Client errors → the port's errors: a conflict, an append too large, "unavailable" (→ 503), or the error itself. */
export function toPortError(error: unknown, context: { stream?: string; expected?: ExpectedRevision } = {}): unknown {
  if (error instanceof WrongExpectedVersionError && context.stream !== undefined && context.expected !== undefined) {
    const actual = error.actualVersion === 'no_stream' ? -1 : Number(error.actualVersion);
    return new WrongExpectedRevisionError(context.stream, context.expected, actual < 0 ? 'no_stream' : actual);
  }
  if (error instanceof MaxAppendSizeExceededError && context.stream !== undefined) {
    return new AppendTooLargeError(context.stream, error.maxAppendSize);
  }
  if (error instanceof EventStoreUnavailableError) return error;
  if (isUnavailable(error)) {
    return new EventStoreUnavailableError(`EventStoreDB cannot be reached: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
  return error;
}
