import { ParseUUIDPipe } from '@nestjs/common';
import { InvalidInputError } from './api-error.js';

/** Path ids are UUIDs; anything else is a 400 naming the parameter. */
export const IdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new InvalidInputError([{ field: 'id', messages: ['id must be a UUID'] }]),
});
