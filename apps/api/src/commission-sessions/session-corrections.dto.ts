import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, Length } from 'class-validator';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsCalendarDate, IsOmittable } from '../http/validators.js';

/** Corrects the date or the agenda of a session not yet held; at least one. */
export class AmendSessionDto {
  @ApiProperty({ required: false, example: '2016-02-27' }) @IsOmittable() @IsCalendarDate()
  scheduledOn?: string;

  @ApiProperty({ required: false, type: [String] })
  @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 500, { each: true })
  agenda?: string[];

  @IsCorrectionReason()
  reason!: string;
}
