import { registerDecorator, type ValidationArguments } from 'class-validator';
import { isIsoDate } from '#domain';
import { isTimestamp } from '../http/validators.js';

const DAY_MS = 86_400_000;

/**
 * A valid timestamp (isTimestamp: at most six fractional digits) as UTC to the microsecond, e.g.
 * `2026-01-01T00:00:02.270500Z`. Recording times are Postgres timestamptz, kept to the microsecond; a JS
 * Date keeps milliseconds and would read `…02.2705Z` as `…02.270Z`, taking in an event recorded before it.
 * The whole seconds and the zone are Date's to apply; the fraction is carried over as written.
 */
export function toUtcMicroseconds(timestamp: string): string {
  const fraction = /T[^.]*\.(\d+)/.exec(timestamp)?.[1] ?? '';
  const seconds = new Date(timestamp.replace(/\.\d+/, '')).toISOString().slice(0, 19);
  return `${seconds}.${fraction.padEnd(6, '0')}Z`;
}

/**
 * The recording times an audit query asks for, in the form toUtcMicroseconds gives: compared by
 * Postgres, and between themselves as text (same length, same zone). `to` given as a date alone is the
 * whole of that day (UTC), as a reviewer asking for "from the 1st to the 31st" means; given as a moment, up to it.
 */
export function auditWindow(from?: string, to?: string): { from?: string; to?: string; before?: string } {
  return {
    from: from ? toUtcMicroseconds(from) : undefined,
    ...(to === undefined ? {} : isIsoDate(to) ? { before: toUtcMicroseconds(new Date(Date.parse(to) + DAY_MS).toISOString()) } : { to: toUtcMicroseconds(to) }),
  };
}

/** `to` does not end before `from` begins: a window that closes before it opens is a mistake to say, not an empty page. */
export function IsNotBeforeFrom(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBeforeFrom',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate(to: unknown, args: ValidationArguments) {
          const from = (args.object as { from?: unknown }).from;
          // A malformed value is the other checks' to name.
          if (!isTimestamp(to, true) || !isTimestamp(from, true)) return true;
          const window = auditWindow(from as string, to as string);
          return window.before ? window.before > window.from! : window.to! >= window.from!;
        },
        defaultMessage: (args: ValidationArguments) => `${args.property} must not be before from`,
      },
    });
}
