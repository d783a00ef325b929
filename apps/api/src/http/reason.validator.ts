import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { NotBlank } from './validators.js';

/**
 * A `reason` as the commission reads it in the audit trail: text a reader can see, up to 2000 characters.
 * A blank one is a 400 naming the field on every route, before any rule is judged (the domain's
 * requireReason stays the last line). Where a reason is optional, IsOmittable() before it lets it be left out.
 */
export function IsReason(): PropertyDecorator {
  return applyDecorators(IsString(), Length(1, 2000), NotBlank());
}

/** The mandatory `reason` of a correction: a missing or blank one is a 400, before any rule is judged. */
export function IsCorrectionReason(): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ description: 'why the record is corrected: shown in its history with the values before and after', example: 'entered under the wrong donor' }),
    IsReason(),
  );
}
