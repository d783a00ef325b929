import { DomainError, type DomainErrorCode } from './domain-error.js';

/**
 * A value the request itself got wrong, though only the domain can tell (a category the plan's
 * catalogue does not have, a target year outside the plan): the HTTP edge answers 400 naming the
 * field, like a class-validator message, rather than 409 for a broken rule.
 */
export class InvalidValueError extends DomainError {
  constructor(code: DomainErrorCode, message: string, field: string) {
    super(code, message, field);
    this.name = 'InvalidValueError';
  }
}

export function rejectValue(code: DomainErrorCode, message: string, field: string): never {
  throw new InvalidValueError(code, message, field);
}
