import { ConflictException, ForbiddenException, GoneException, NotFoundException, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { InvalidCredentialsError, TokenAlreadyIssuedError, UserDisabledError, WeakPasswordError } from '#application';
import { LinkError, ThrottledError, TokenRequestError } from '#platform';
import { InvalidInputError } from '../http/api-error.js';
import { tooManyRequests } from './rate-limits.js';

/** Sign-in and link failures as HTTP answers, each with its code. */
export function authError(error: unknown, response?: Response): unknown {
  if (error instanceof TokenAlreadyIssuedError) return new ConflictException({ code: error.code, message: error.message, tokenId: error.tokenId });
  if (error instanceof InvalidCredentialsError) return new UnauthorizedException({ code: error.code, message: error.message });
  if (error instanceof UserDisabledError) return new ForbiddenException({ code: error.code, message: error.message });
  if (error instanceof WeakPasswordError) return new InvalidInputError([{ field: 'password', messages: [error.message] }], error.code, error.message);
  if (error instanceof TokenRequestError) return new InvalidInputError([{ field: error.field, messages: [error.message] }]);
  if (error instanceof ThrottledError) {
    return tooManyRequests(response, error.retryAfterSeconds, 'TOO_MANY_ATTEMPTS', `${error.message} (in ${error.retryAfterSeconds} s)`);
  }
  if (error instanceof LinkError) {
    return error.code === 'LINK_UNKNOWN' ? new NotFoundException({ code: error.code, message: error.message }) : new GoneException({ code: error.code, message: error.message });
  }
  return error;
}
