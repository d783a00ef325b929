import { registerDecorator, type ValidationArguments } from 'class-validator';
import { isIsoDate } from '#domain';

/** A date range's end not before its start: a range that closes before it opens is a mistake to say, not an empty page. */
export function IsNotBefore(start: string): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isNotBefore',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [start],
      validator: {
        validate(end: unknown, args: ValidationArguments) {
          const from = (args.object as Record<string, unknown>)[start];
          // A malformed date is the other checks' to name.
          return !isIsoDate(end) || !isIsoDate(from) || end >= from;
        },
        defaultMessage: (args: ValidationArguments) => `${args.property} must not be before ${start}`,
      },
    });
}
