import type { PipeTransform } from '@nestjs/common';
import { InvalidInputError } from './api-error.js';

/**
 * A stream revision in the path (a funding entry is named by the revision that recorded it): a whole
 * number from 0 to 2^31 − 1, else a 400. The global ValidationPipe has already made it a number.
 */
export const RevisionPipe: PipeTransform<unknown, number> = {
  transform(value: unknown): number {
    // Digits only (no sign, point or exponent), and within what a stream's revision can be.
    const revision = Number(value);
    if (!/^\d+$/.test(String(value)) || revision > 2 ** 31 - 1) {
      throw new InvalidInputError([{ field: 'revision', messages: ['revision must be a whole number from 0 to 2147483647'] }]);
    }
    return revision;
  },
};
