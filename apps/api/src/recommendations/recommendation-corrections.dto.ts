import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsOmittable, NotBlank } from '../http/validators.js';
import { IsTitles, TitlesDto } from '../http/titles.js';

/** Corrects the text or the target agencies; at least one. */
export class AmendRecommendationDto {
  @ApiProperty({ required: false, description: 'the older form of texts: the text in English' }) @IsOmittable() @IsString() @Length(1, 10_000) @NotBlank()
  text?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the languages corrected (en, ru, tg); the others stay as stored' }) @IsTitles({ required: false, plain: 'text', max: 10_000 })
  texts?: TitlesDto;

  @ApiProperty({ required: false, type: [String] }) @IsOmittable() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  targetAgencyIds?: string[];

  @ApiProperty({ required: false, type: [String], description: 'the proposers as they should be: one or more' })
  @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true })
  proposedByOrganizationIds?: string[];

  @IsCorrectionReason()
  reason!: string;
}
