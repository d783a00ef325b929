import { ACTIVITY_SORTS } from '#read-models';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { OverdueFilterDto } from '../http/list-query.dto.js';
import { AsOfParam, KnownAtParam, SearchTextParam } from '../http/read-query.js';
import { TimeTravelQueryDto } from '../http/time-travel-query.dto.js';
import { IsIatiSafeCode, IsOptionalSectorCode } from '../http/iati.validators.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { IsCalendarDate, IsOmittable, IsOnOrAfter, MoneyDto, NotBlank } from '../http/validators.js';
import { CategoryValueDto, IndicatorMeasureDto, RollUpDto } from '../results/indicator-fields.dto.js';
import { IsReason } from '../http/reason.validator.js';
import { IsIndicatorNumber } from '../http/indicator-number.js';

/** Placed against the gazetteer (`GET /geography`) by the domain: an unknown area of a gazetteer country is a 400 listing the valid ones. */
export class LocationDto {
  @ApiProperty({ required: false, example: 'TJ', description: 'ISO 3166-1 alpha-2; may be left out when the area is one of the gazetteer, which then tells the country' })
  @IsOmittable() @IsString() @Length(2, 2)
  country?: string;

  @ApiProperty({ example: 'Khatlon', description: 'the first-level area (province, region): its name in any language of the gazetteer, or its ISO 3166-2 code such as TJ-KT' })
  @IsString() @Length(1, 100) @NotBlank()
  province!: string;

  @ApiProperty({ required: false, example: 'Kulob' }) @IsOmittable() @IsString() @Length(1, 100) @NotBlank()
  district?: string;
}

export class AlignmentTagsDto {
  @ApiProperty({ example: ['10.7'], description: 'SDG targets' })
  @IsArray() @ArrayMaxSize(50) @Matches(/^\d{1,2}\.[0-9a-z]{1,2}$/, { each: true, message: 'each sdg tag must be an SDG target such as 10.7' })
  sdg!: string[];

  @ApiProperty({ example: ['19'], description: 'Global Compact for Migration objectives (1–23)' })
  @IsArray() @ArrayMaxSize(23) @Matches(/^([1-9]|1\d|2[0-3])$/, { each: true, message: 'each gcm tag must be a GCM objective number from 1 to 23' })
  gcm!: string[];
}

export class PlanActivityDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID()
  planId!: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID()
  objectiveId!: string;

  @IsIatiSafeCode('unique within the plan, ignoring case and spacing (409 DUPLICATE_CODE)')
  code!: string;

  @ApiProperty({ required: false, example: 'Information campaign on remittance investment in Sughd', description: 'the older form of titles: an English title' })
  @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  title?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the title in en, ru and/or tg (at least one); or send title' }) @IsTitles({ required: true })
  titles?: TitlesDto;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 10_000) @NotBlank()
  description?: string;

  @IsOptionalSectorCode('the activity\'s sector; omitted: the plan\'s default, else 15190')
  sectorCode?: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID()
  leadAgencyId!: string;

  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  partnerAgencyIds!: string[];

  @ApiProperty({ example: '2016-01-01' }) @IsCalendarDate()
  plannedStart!: string;

  @ApiProperty({ example: '2017-06-30' }) @IsCalendarDate() @IsOnOrAfter('plannedStart')
  plannedEnd!: string;

  @ApiProperty({ type: [LocationDto] }) @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => LocationDto)
  locations!: LocationDto[];

  @ApiProperty({ type: AlignmentTagsDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => AlignmentTagsDto)
  tags!: AlignmentTagsDto;

  @ApiProperty({ type: MoneyDto, required: false }) @IsOmittable() @IsObject() @ValidateNested() @Type(() => MoneyDto)
  budget?: MoneyDto;

  @ApiProperty({ required: false, description: 'the business date of the planning; default: plannedStart, or today if later' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class DefineIndicatorDto extends IndicatorMeasureDto {
  @ApiProperty({ required: false, example: 'Diaspora-funded projects', description: 'the older form of names: an English name' })
  @IsOmittable() @IsString() @Length(1, 300) @NotBlank()
  name?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the name in en, ru and/or tg (at least one); or send name' }) @IsTitles({ required: true, plain: 'name', max: 300 })
  names?: TitlesDto;

  @ApiProperty({ required: false, type: RollUpDto, description: 'the objective indicator this one feeds' }) @IsOmittable() @IsObject() @ValidateNested() @Type(() => RollUpDto)
  rollsUpTo?: RollUpDto;

  @ApiProperty({ required: false, description: 'default: the activity\'s plannedStart, or today if later' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class StartActivityDto {
  @ApiProperty({ example: '2016-02-01' }) @IsCalendarDate()
  startedOn!: string;
}

export class IndicatorValueDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID()
  indicatorId!: string;

  @IsIndicatorNumber({ example: 12, description: 'the total' })
  value!: number;

  @ApiProperty({ required: false, type: [CategoryValueDto], description: 'values per category of the indicator’s dimensions; an exhaustive dimension’s add up to the total' })
  @IsOmittable() @IsArray() @ArrayMaxSize(200) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => CategoryValueDto)
  categories?: CategoryValueDto[];
}

export class EvidenceDto {
  @ApiProperty({ example: 'Roundtable minutes' }) @IsString() @Length(1, 300) @NotBlank()
  title!: string;

  @ApiProperty({ example: 'https://example.org/minutes.pdf' })
  @IsString() @Length(1, 2000) @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  url!: string;
}

export class ReportProgressDto {
  @ApiProperty({ example: '2016-01-01' }) @IsCalendarDate()
  periodStart!: string;

  @ApiProperty({ example: '2016-06-30' }) @IsCalendarDate() @IsOnOrAfter('periodStart')
  periodEnd!: string;

  @ApiProperty({ example: 35, minimum: 0, maximum: 100 }) @IsInt() @Min(0) @Max(100)
  percentComplete!: number;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 10_000) @NotBlank()
  narrative?: string;

  @ApiProperty({ type: [IndicatorValueDto] }) @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => IndicatorValueDto)
  indicatorValues!: IndicatorValueDto[];

  @ApiProperty({ type: [EvidenceDto] }) @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => EvidenceDto)
  evidence!: EvidenceDto[];

  @ApiProperty({ required: false, description: 'required when percentComplete goes down' }) @IsOmittable() @IsReason()
  reason?: string;

  @ApiProperty({ required: false, description: 'on a plan whose reports wait for approval: keep it as a draft (it may be written before the period ends) instead of submitting it' })
  @IsOmittable()
  @IsBoolean({ message: 'draft must be true or false' })
  draft?: boolean;
}

export class CommitFundsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID()
  donorId!: string;

  @ApiProperty({ type: MoneyDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => MoneyDto)
  money!: MoneyDto;

  @ApiProperty({ example: '2016-01-15' }) @IsCalendarDate()
  committedOn!: string;

  @ApiProperty({ required: false, example: 'EU-DCI-MIGR/2015/371' }) @IsOmittable() @IsString() @Length(1, 200) @NotBlank()
  reference?: string;
}

export class DisburseFundsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID()
  donorId!: string;

  @ApiProperty({ type: MoneyDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => MoneyDto)
  money!: MoneyDto;

  @ApiProperty({ example: '2016-03-01' }) @IsCalendarDate()
  disbursedOn!: string;
}

export class RescheduleActivityDto {
  @ApiProperty({ example: '2018-12-31' }) @IsCalendarDate()
  plannedEnd!: string;

  @ApiProperty() @IsReason()
  reason!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class CompleteActivityDto {
  @ApiProperty({ example: '2017-06-30' }) @IsCalendarDate()
  completedOn!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 10_000) @NotBlank()
  summary?: string;
}

/** Why an activity is suspended or cancelled, and from when. */
export class SuspendOrCancelActivityDto {
  @ApiProperty() @IsReason()
  reason!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class ResumeActivityDto {
  @ApiProperty({ required: false }) @IsOmittable() @IsReason()
  reason?: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

/** asOf / knownAt / minPosition for one activity. */
export class ActivityReadQueryDto extends TimeTravelQueryDto {}

export class ActivityListQueryDto extends OverdueFilterDto {
  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  planId?: string;

  @ApiProperty({ required: false, enum: ['planned', 'in_progress', 'completed', 'suspended', 'cancelled'] })
  @IsOptional() @IsIn(['planned', 'in_progress', 'completed', 'suspended', 'cancelled'])
  status?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'lead or partner agency' }) @IsOptional() @IsUUID()
  agencyId?: string;

  @ApiProperty({ required: false, example: 'KG', description: 'ISO 3166-1 alpha-2: activities with a location in this country' })
  @IsOptional() @IsString() @Length(2, 2)
  country?: string;

  @ApiProperty({ required: false, example: 'Khatlon', description: 'a first-level area by name (any language of the gazetteer) or ISO 3166-2 code' })
  @IsOptional() @IsString() @Length(1, 100)
  province?: string;

  @ApiProperty({ required: false, example: 'Kulob', description: 'a district, within the province when one is named' }) @IsOptional() @IsString() @Length(1, 100)
  district?: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  donorId?: string;

  @ApiProperty({ required: false, example: '2.1.2', description: 'exactly this code' }) @IsOptional() @IsString() @Length(1, 30)
  code?: string;

  @SearchTextParam('code or title; accents and case ignored')
  q?: string;

  @ApiProperty({ required: false, enum: [...ACTIVITY_SORTS, ...ACTIVITY_SORTS.map((s) => `-${s}`)], description: 'the order (default code); a leading - for descending' })
  @IsOptional() @IsIn([...ACTIVITY_SORTS, ...ACTIVITY_SORTS.map((s) => `-${s}`)], { message: `sort must be one of ${ACTIVITY_SORTS.join(', ')}, each optionally preceded by -` })
  sort?: string;

  @AsOfParam()
  asOf?: string;

  @KnownAtParam()
  knownAt?: string;
}
