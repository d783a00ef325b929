import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { NotBlank } from './validators.js';

/** The mandatory `reason` of a correction: a missing or blank one is a 400, before any rule is judged. */
export function IsCorrectionReason(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description: 'why the record is corrected: shown in its history with the values before and after', example: 'entered under the wrong donor' }),
    IsString(),
    Length(1, 2000),
    NotBlank(),
  );
}
