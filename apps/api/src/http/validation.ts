import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from './api-error.js';

/** Flattens nested class-validator errors into `path: messages`, e.g. `locations[0].province`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const path = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = error.constraints ? [{ field: path, messages: Object.values(error.constraints) }] : [];
    return [...own, ...flattenValidationErrors(error.children ?? [], path)];
  });
}

/** Unknown fields are refused, not silently dropped: a typo must not pass for a missing field. */
export const VALIDATOR_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
  validationError: { target: false, value: false },
} as const;

/** Every request body and query, validated with VALIDATOR_OPTIONS into its DTO. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new InvalidInputError(flattenValidationErrors(errors)),
  });
}
