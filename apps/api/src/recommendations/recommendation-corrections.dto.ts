import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsOmittable } from '../http/validators.js';

/** Corrects the text or the target agencies; at least one. */
export class AmendRecommendationDto {
  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 10_000)
  text?: string;

  @ApiProperty({ required: false, type: [String] }) @IsOmittable() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  targetAgencyIds?: string[];

  @IsCorrectionReason()
  reason!: string;
}
