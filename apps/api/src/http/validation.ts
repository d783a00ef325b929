import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { InvalidInputError } from './api-error.js';
import { givenOnce, repeatedParameters } from './repeated-query.js';

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

/**
 * A query parameter given more than once is named once ("page must be given once"); the rest of the
 * query is judged as usual, so every other wrong parameter is named beside it.
 */
class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const repeated = repeatedParameters(value, metadata);
    if (repeated.length === 0) return super.transform(value, metadata);
    const fields = repeated.map((name) => ({ field: name, messages: [givenOnce(name)] }));
    const rest = Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([name]) => !repeated.includes(name)));
    try {
      await super.transform(rest, metadata);
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      // A required parameter left out of `rest` is not also missing: it was given, twice.
      fields.push(...error.fields.filter((f) => !repeated.includes(f.field)));
    }
    throw new InvalidInputError(fields);
  }
}

/** Every request body and query, validated with VALIDATOR_OPTIONS into its DTO. */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    ...VALIDATOR_OPTIONS,
    transform: true,
    exceptionFactory: (errors) => new InvalidInputError(flattenValidationErrors(errors)),
  });
}
