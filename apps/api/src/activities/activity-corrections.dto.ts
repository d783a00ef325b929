import { ApiProperty, IntersectionType, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsOmittable, IsOnOrAfter, IsRemovable, MoneyDto, NotBlank, REMOVED_BY_NULL } from '../http/validators.js';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsIatiSafeCode, IsOptionalSectorCode } from '../http/iati.validators.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { IsIndicatorNumber } from '../http/indicator-number.js';
import { AlignmentTagsDto, LocationDto } from './activities.dto.js';
import { IndicatorFrameworkDto, RollUpDto } from '../results/indicator-fields.dto.js';

/** Corrects details entered by mistake: the fields given replace the current ones, null removes `description`, `sectorCode` or `budget`; at least one. */
export class AmendActivityDto {
  @ApiProperty({ required: false, example: 'Information campaign on investing remittances' }) @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  title?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the languages corrected (en, ru, tg); the others stay as stored' }) @IsTitles({ required: false })
  titles?: TitlesDto;

  @ApiProperty({ required: false, type: String, nullable: true, description: REMOVED_BY_NULL }) @IsRemovable() @IsString() @Length(1, 10_000) @NotBlank()
  description?: string | null;

  @IsOptionalSectorCode('the activity\'s sector', 'the plan\'s default sector then applies')
  sectorCode?: string | null;

  @ApiProperty({ required: false, format: 'uuid', description: 'an objective of the same plan' }) @IsOmittable() @IsUUID()
  objectiveId?: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOmittable() @IsUUID()
  leadAgencyId?: string;

  @ApiProperty({ required: false, type: [String] }) @IsOmittable() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  partnerAgencyIds?: string[];

  @ApiProperty({ required: false, type: [LocationDto] }) @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => LocationDto)
  locations?: LocationDto[];

  @ApiProperty({ required: false, type: AlignmentTagsDto }) @IsOmittable() @IsObject() @ValidateNested() @Type(() => AlignmentTagsDto)
  tags?: AlignmentTagsDto;

  @ApiProperty({ required: false, type: MoneyDto, nullable: true, description: `the planned budget; ${REMOVED_BY_NULL}` }) @IsRemovable() @IsObject() @ValidateNested() @Type(() => MoneyDto)
  budget?: MoneyDto | null;

  @IsCorrectionReason()
  reason!: string;
}

/** Corrects the code, in any status; the code's reservation moves with it. */
export class RecodeActivityDto {
  @IsIatiSafeCode('the code as it should read; unique within the plan, ignoring case (409 DUPLICATE_CODE naming the activity that holds it)')
  code!: string;

  @IsCorrectionReason()
  reason!: string;
}

/** Names the period whose report is withdrawn. */
export class WithdrawProgressDto {
  @ApiProperty({ example: '2016-01-01' }) @IsCalendarDate()
  periodStart!: string;

  @ApiProperty({ example: '2016-06-30' }) @IsCalendarDate() @IsOnOrAfter('periodStart')
  periodEnd!: string;

  @IsCorrectionReason()
  reason!: string;
}

/** The reason of a reversal or a retirement. */
export class CorrectionReasonDto {
  @IsCorrectionReason()
  reason!: string;
}

export class RetireIndicatorDto extends CorrectionReasonDto {
  @ApiProperty({ required: false, description: 'from when it is no longer tracked; default today' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

/** Corrects an indicator: the fields given replace the current ones, null removes `baselineDate` or `rollsUpTo`; at least one. */
export class ReviseIndicatorDto extends IntersectionType(CorrectionReasonDto, OmitType(IndicatorFrameworkDto, ['baselineDate'] as const)) {
  @ApiProperty({ required: false, type: String, nullable: true, example: '2015-01-01', description: `when the baseline was measured; ${REMOVED_BY_NULL}` })
  @IsRemovable() @IsCalendarDate()
  baselineDate?: string | null;

  @ApiProperty({ required: false, example: 'Migrants informed', description: 'the older form of names: an English name' }) @IsOmittable() @IsString() @Length(1, 300) @NotBlank()
  name?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the languages corrected (en, ru, tg); the others stay as stored' }) @IsTitles({ required: false, plain: 'name', max: 300 })
  names?: TitlesDto;

  @ApiProperty({ required: false, example: 'persons' }) @IsOmittable() @IsString() @Length(1, 50) @NotBlank()
  unit?: string;

  @IsOmittable() @IsIndicatorNumber({ required: false, example: 0 })
  baseline?: number;

  @IsOmittable() @IsIndicatorNumber({ required: false, example: 40 })
  target?: number;

  @ApiProperty({ required: false, type: RollUpDto, nullable: true, description: `the objective indicator it feeds; ${REMOVED_BY_NULL} (its values then count in no objective indicator)` })
  @IsRemovable() @IsObject() @ValidateNested() @Type(() => RollUpDto)
  rollsUpTo?: RollUpDto | null;
}
