import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, registerDecorator, ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { ISO_4217_CURRENCIES, isIsoDate } from '#domain';

/** A real calendar date written YYYY-MM-DD (2016-02-30 is refused). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isIsoDate(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a date written YYYY-MM-DD`,
      },
    },
    options,
  );
}

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
