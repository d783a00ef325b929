import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsObject, IsOptional, IsString, IsUUID, Length, Matches, ValidateNested } from 'class-validator';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { IsCalendarDate, IsOmittable, NotBlank } from '../http/validators.js';
import { TimeTravelQueryDto } from '../http/time-travel-query.dto.js';
import { ReviseIndicatorDto } from '../activities/activity-corrections.dto.js';
import { IndicatorMeasureDto, RESULT_CODE, RESULT_CODE_MESSAGE } from './indicator-fields.dto.js';

export class CategoryDefinitionDto {
  @ApiProperty({ example: 'female' }) @IsString() @Matches(RESULT_CODE, { message: `code ${RESULT_CODE_MESSAGE}` })
  code!: string;

  @ApiProperty({ type: TitlesDto, example: { en: 'Female', ru: 'Женщины', tg: 'Занон' } }) @IsTitles({ required: true, plain: 'name', max: 200 })
  names!: TitlesDto;
}

export class DefineDisaggregationDto {
  @ApiProperty({ example: 'sex' }) @IsString() @Matches(RESULT_CODE, { message: `code ${RESULT_CODE_MESSAGE}` })
  code!: string;

  @ApiProperty({ type: TitlesDto, example: { en: 'Sex', ru: 'Пол', tg: 'Ҷинс' } }) @IsTitles({ required: true, plain: 'name', max: 200 })
  names!: TitlesDto;

  @ApiProperty({ description: 'every unit falls in exactly one category (sex, age group): a count’s categories must add up to its total' }) @IsBoolean()
  exhaustive!: boolean;

  @ApiProperty({ type: [CategoryDefinitionDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => CategoryDefinitionDto)
  categories!: CategoryDefinitionDto[];

  @ApiProperty({ required: false, description: 'default: the plan’s periodStart, or today if later' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

/** Corrects a dimension: names, exhaustive; categories added, or renamed by their code; none removed. At least one field. */
export class AmendDisaggregationDto {
  @ApiProperty({ required: false, type: TitlesDto, description: 'the languages corrected' }) @IsTitles({ required: false, plain: 'name', max: 200 })
  names?: TitlesDto;

  @ApiProperty({ required: false }) @IsOmittable() @IsBoolean()
  exhaustive?: boolean;

  @ApiProperty({ required: false, type: [CategoryDefinitionDto], description: 'new codes are added; known codes get the names given' })
  @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => CategoryDefinitionDto)
  categories?: CategoryDefinitionDto[];

  @IsCorrectionReason()
  reason!: string;
}

export class DefineObjectiveIndicatorDto extends IndicatorMeasureDto {
  @ApiProperty({ required: false, example: 'Communities reached', description: 'the older form of names: an English name' })
  @IsOmittable() @IsString() @Length(1, 300) @NotBlank()
  name?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the name in en, ru and/or tg (at least one); or send name' }) @IsTitles({ required: true, plain: 'name', max: 300 })
  names?: TitlesDto;

  @ApiProperty({ required: false, description: 'default: the plan’s periodStart, or today if later' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

/** Corrects an objective indicator: any field of its definition, with a reason. */
export class ReviseObjectiveIndicatorDto extends OmitType(ReviseIndicatorDto, ['rollsUpTo'] as const) {}

export class IndicatorTableQueryDto extends TimeTravelQueryDto {
  @ApiProperty({ required: false, enum: ['objective', 'activity'], description: 'objective indicators (rolled up) or activity indicators only' })
  @IsOptional() @IsIn(['objective', 'activity'])
  level?: 'objective' | 'activity';

  @ApiProperty({ required: false, format: 'uuid', description: 'this objective, its sub-objectives and their activities' }) @IsOptional() @IsUUID()
  objectiveId?: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  activityId?: string;
}
