import { EventFromNewerSchemaError } from '#domain';

/**
 * Whether a projection's failure on an event is that event's own doing and will repeat on every try,
 * so the event may be parked: a value Postgres refuses (SQLSTATE class 22, data exception), a
 * constraint it breaks (class 23), or projection code that cannot build a row from it (TypeError,
 * RangeError, SyntaxError). Everything else — the database gone or restarting (57P01), a timeout, a
 * reset connection, a deadlock, an event from a newer release, an error of unknown kind — says
 * nothing against the event: the batch is retried with backoff as before and nothing is parked, so an
 * outage can never park the events that arrive during it.
 */
export function isPoison(error: unknown): boolean {
  if (error instanceof EventFromNewerSchemaError) return false;
  const code = sqlState(error);
  if (code !== undefined) return code.startsWith('22') || code.startsWith('23');
  return error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError;
}

/** The SQLSTATE of a Postgres error, as the driver gives it or as TypeORM wraps it. */
export function sqlState(error: unknown): string | undefined {
  const candidates = [(error as { code?: unknown })?.code, (error as { driverError?: { code?: unknown } })?.driverError?.code];
  return candidates.find((c): c is string => typeof c === 'string' && /^[0-9A-Z]{5}$/.test(c) && !c.startsWith('E'));
}
