import { applyDecorators } from '@nestjs/common';
import { ApiProperty, type ApiPropertyOptions } from '@nestjs/swagger';
import { ValidateBy, type ValidationArguments } from 'class-validator';

/**
 * The bound of every indicator number (a baseline, a target, a milestone, a reported value): a trillion
 * is beyond any count or amount a plan tracks, and a sum of thousands of such values stays exact in a
 * double, where 1.7e308 twice overflows to Infinity in the tracking table and exports.
 */
export const INDICATOR_NUMBER_LIMIT = 1e12;
export const INDICATOR_DECIMALS = 6;

/** Decimal places of a number as JSON writes it back (1e-7 has 7; exponent notation counted out). */
function decimalsOf(value: number): number {
  const [mantissa, exponent = '0'] = String(value).split('e');
  return Math.max(0, (mantissa.split('.')[1]?.length ?? 0) - Number(exponent));
}

export function isIndicatorNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= INDICATOR_NUMBER_LIMIT && decimalsOf(value) <= INDICATOR_DECIMALS;
}

const BOUNDS = `between -${INDICATOR_NUMBER_LIMIT} and ${INDICATOR_NUMBER_LIMIT} (a trillion) with at most ${INDICATOR_DECIMALS} decimal places`;

/** An indicator number, documented with its bounds: `property` gives the field's own @ApiProperty options. */
export function IsIndicatorNumber(property: ApiPropertyOptions = {}): PropertyDecorator {
  const description = property.description ? `${property.description}; ${BOUNDS}` : BOUNDS;
  return applyDecorators(
    ApiProperty({ ...property, type: Number, minimum: -INDICATOR_NUMBER_LIMIT, maximum: INDICATOR_NUMBER_LIMIT, description } as ApiPropertyOptions),
    ValidateBy({
      name: 'isIndicatorNumber',
      validator: { validate: isIndicatorNumber, defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a number ${BOUNDS}` },
    }),
  );
}
