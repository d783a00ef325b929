import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, registerDecorator, ValidateBy, ValidateIf, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isCountryCode, ISO_4217_CURRENCIES, isIsoDate, VISIBLE_CHARACTER } from '#domain';

/**
 * The sane range of every date the service accepts: the read models store dates and timestamps in
 * Postgres columns, which refuse year 0, and no plan of this domain lies outside it.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

const isDateInRange = (value: unknown): value is string => isIsoDate(value) && value >= EARLIEST_DATE && value <= LATEST_DATE;

/** A real calendar date written YYYY-MM-DD (2016-02-30 is refused), between 1900 and 2199. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: isDateInRange,
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a date written YYYY-MM-DD between ${EARLIEST_DATE} and ${LATEST_DATE}`,
      },
    },
    options,
  );
}

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?(Z|[+-](\d{2}):(\d{2})))?$/;

/** An ISO 8601 timestamp with a time zone that names a real moment (no 2020-13-45T99:99Z), in the date range. */
export function isTimestamp(value: unknown, allowDateOnly = false): boolean {
  const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
  if (!match || !isDateInRange(match[1])) return false;
  const [, , hour, minute, second = '0', zone, zoneHour = '0', zoneMinute = '0'] = match;
  if (zone === undefined) return allowDateOnly;
  return Number(hour) <= 23 && Number(minute) <= 59 && Number(second) <= 59 && Number(zoneHour) <= 23 && Number(zoneMinute) <= 59;
}

/** See isTimestamp; with allowDateOnly a bare YYYY-MM-DD (midnight UTC) is accepted too. */
export function IsTimestamp(allowDateOnly = false, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTimestamp',
      validator: {
        validate: (value: unknown) => isTimestamp(value, allowDateOnly),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be an ISO 8601 ${allowDateOnly ? 'date or ' : ''}timestamp with a time zone, such as 2016-06-30T12:00:00Z, between ${EARLIEST_DATE} and ${LATEST_DATE}`,
      },
    },
    options,
  );
}

/** Text a reader could see: not empty, not only spaces or invisible characters (a blank name in a picker, minutes or an export). */
export function NotBlank(): PropertyDecorator {
  return Matches(VISIBLE_CHARACTER, { message: (args: ValidationArguments) => `${args.property} must not be blank` });
}

/**
 * An optional body field: it may be left out, but `null` is validated like any other value (and
 * refused), where IsOptional would let it through to code that reads `budget.amount`.
 */
export function IsOmittable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined);
}

/**
 * An optional field of a correction body that the record may lack: left out it is kept, `null` removes
 * it (neither is validated), any other value is validated and replaces it. Only where the domain keeps
 * the field optional; its @ApiProperty says `nullable: true` and that null removes it.
 */
export function IsRemovable(): PropertyDecorator {
  return ValidateIf((_object: object, value: unknown) => value !== undefined && value !== null);
}

/** The @ApiProperty description of a field IsRemovable marks. */
export const REMOVED_BY_NULL = 'null removes it; left out, it is kept';

/** The date is not before the date in `other` (both YYYY-MM-DD): an end never precedes its start. */
export function IsOnOrAfter(other: string, options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOnOrAfter',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options,
      validator: {
        validate(value: unknown, args: ValidationArguments) {
          const start = (args.object as Record<string, unknown>)[other];
          if (typeof value !== 'string' || typeof start !== 'string' || !isIsoDate(value) || !isIsoDate(start)) return true;
          return value >= start;
        },
        defaultMessage: (args: ValidationArguments) => `${args.property} must not be before ${other}`,
      },
    });
}

/** A positive decimal string with at most 4 decimals: money is never a float. */
export function IsMoneyAmount(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isMoneyAmount',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && /^(0|[1-9]\d{0,14})(\.\d{1,4})?$/.test(value) && /[1-9]/.test(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a positive decimal string such as "1250000.00" (at most 4 decimals)`,
      },
    },
    options,
  );
}

export class MoneyDto {
  @ApiProperty({ example: '1250000.00', description: 'decimal string, never a number' })
  @IsString()
  @IsMoneyAmount()
  amount!: string;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code' })
  @IsString()
  @IsIn(ISO_4217_CURRENCIES as string[], { message: 'currency must be an ISO 4217 code such as EUR, USD or TJS' })
  currency!: string;
}

/**
 * On the newer of two forms of one field (`meetingId` beside `source`): exactly one of the two is
 * given, and this one, when given, passes `check` (a message, or null). Checked even when absent,
 * so the message names this property.
 */
export function IsOneFormOf(older: string, check: (value: unknown) => string | null): PropertyDecorator {
  const problem = (value: unknown, args: ValidationArguments): string | null => {
    const given = (args.object as Record<string, unknown>)[older];
    if (value === undefined && given === undefined) return `${args.property} (or ${older}) is required`;
    if (value !== undefined && given !== undefined) return `give ${args.property} or ${older}, not both`;
    return value === undefined ? null : check(value);
  };
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isOneFormOf',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: { validate: (value: unknown, args: ValidationArguments) => problem(value, args) === null, defaultMessage: (args: ValidationArguments) => problem(args.value, args) ?? '' },
    });
}

/** A country's ISO 3166-1 alpha-2 code, as places' countries are checked (isCountryCode). */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCountryCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isCountryCode(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be the ISO 3166-1 alpha-2 code of a country, such as TJ`,
      },
    },
    options,
  );
}

/** A moment still to come (a token's expiry): a token issued already expired is a mistake, not a token. */
export function IsFutureMoment(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isFutureMoment',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !isTimestamp(value) || Date.parse(value) > Date.now(),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a moment still to come`,
      },
    },
    options,
  );
}
