import type { PipeTransform } from '@nestjs/common';
import { InvalidInputError } from '../http/api-error.js';
import { RESULT_CODE, RESULT_CODE_MESSAGE } from './indicator-fields.dto.js';

/** A dimension's code in the path: what a code may be, else a 400 (never a 404 echoing what was sent). */
export const ResultCodePipe: PipeTransform<string, string> = {
  transform(value: string): string {
    if (!RESULT_CODE.test(value)) throw new InvalidInputError([{ field: 'code', messages: [`code ${RESULT_CODE_MESSAGE}`] }]);
    return value;
  },
};
