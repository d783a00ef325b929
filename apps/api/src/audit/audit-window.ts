import { registerDecorator, type ValidationArguments } from 'class-validator';
import { isIsoDate } from '#domain';
import { isTimestamp } from '../http/validators.js';

const DAY_MS = 86_400_000;

/**
 * The recording times an audit query asks for. `to` given as a date alone is the whole of that day
 * (UTC), as a reviewer asking for "from the 1st to the 31st" means; given as a moment, up to it.
 */
export function auditWindow(from?: string, to?: string): { from?: Date; to?: Date; before?: Date } {
  return {
    from: from ? new Date(from) : undefined,
    ...(to === undefined ? {} : isIsoDate(to) ? { before: new Date(Date.parse(to) + DAY_MS) } : { to: new Date(to) }),
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
