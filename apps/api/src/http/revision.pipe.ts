import { ParseIntPipe } from '@nestjs/common';
import { InvalidInputError } from './api-error.js';

/** A stream revision in the path (a funding entry is named by the revision that recorded it); else a 400. */
export const RevisionPipe = new ParseIntPipe({
  exceptionFactory: () => new InvalidInputError([{ field: 'revision', messages: ['revision must be a whole number'] }]),
});
