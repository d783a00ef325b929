import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';
import { VISIBLE_CHARACTER } from '#domain';

/** The mandatory `reason` of a correction: a missing or blank one is a 400, before any rule is judged. */
export function IsCorrectionReason(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description: 'why the record is corrected: shown in its history with the values before and after', example: 'entered under the wrong donor' }),
    IsString(),
    Length(1, 2000),
    Matches(VISIBLE_CHARACTER, { message: 'reason must not be blank' }),
  );
}
