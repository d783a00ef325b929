import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsOmittable, IsOnOrAfter, NotBlank } from '../http/validators.js';
import { IsIatiSafeCode, IsOptionalSectorCode } from '../http/iati.validators.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { IsReason } from '../http/reason.validator.js';

export class PlanTitleDto {
  @ApiProperty({ example: 'Engagement of the Tajik Diaspora as Development Partners' })
  @IsString() @Length(1, 500) @NotBlank()
  en!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  ru?: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  tg?: string;
}

export class DraftPlanDto {
  @IsIatiSafeCode('unique in the service, ignoring case (409 DUPLICATE_CODE)', 'plan')
  code!: string;

  @ApiProperty({ type: PlanTitleDto })
  @IsDefined() @IsObject() @ValidateNested() @Type(() => PlanTitleDto)
  title!: PlanTitleDto;

  @ApiProperty({ example: '2015-01-01' }) @IsCalendarDate()
  periodStart!: string;

  @ApiProperty({ example: '2020-12-31' }) @IsCalendarDate() @IsOnOrAfter('periodStart')
  periodEnd!: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOmittable() @IsUUID()
  predecessorPlanId?: string;

  @ApiProperty({ required: false, example: 'Inter-ministerial commission on migration' }) @IsOmittable() @IsString() @Length(1, 300) @NotBlank()
  coordinatingBody?: string;

  @IsOptionalSectorCode('the sector of activities naming none; omitted: 15190')
  defaultSectorCode?: string;

  @ApiProperty({ required: false, description: 'the business date of the draft; default: periodStart, or today if later' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class AddObjectiveDto {
  @IsIatiSafeCode('unique within the plan', 'objective')
  code!: string;

  @ApiProperty({ required: false, example: 'Diaspora investment in local development', description: 'the older form of titles: an English title' })
  @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  title?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the title in en, ru and/or tg (at least one); or send title' }) @IsTitles({ required: true })
  titles?: TitlesDto;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOmittable() @IsUUID()
  parentObjectiveId?: string;

  @ApiProperty({ required: false, description: 'default: the plan\'s periodStart, or today if later' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class AdoptPlanDto {
  @ApiProperty({ example: '2015-03-03' }) @IsCalendarDate()
  adoptedOn!: string;

  @ApiProperty({ example: 'Government Decree No. 97' }) @IsString() @Length(1, 300) @NotBlank()
  instrument!: string;
}

/** What a revision changes; omitted fields stay as they are. */
export class PlanChangesDto {
  @ApiProperty({ type: PlanTitleDto, required: false }) @IsOmittable() @IsObject() @ValidateNested() @Type(() => PlanTitleDto)
  title?: PlanTitleDto;

  @ApiProperty({ required: false, example: '2015-01-01' }) @IsOmittable() @IsCalendarDate()
  periodStart?: string;

  @ApiProperty({ required: false, example: '2021-12-31' }) @IsOmittable() @IsCalendarDate() @IsOnOrAfter('periodStart')
  periodEnd?: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 300) @NotBlank()
  coordinatingBody?: string;
}

export class RevisePlanDto {
  @ApiProperty({ type: PlanChangesDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => PlanChangesDto)
  changes!: PlanChangesDto;

  @ApiProperty({ example: 'Period extended by Government Decree No. 412' }) @IsReason()
  reason!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class ClosePlanDto {
  @ApiProperty({ example: '2020-12-31' }) @IsCalendarDate()
  closedOn!: string;

  @ApiProperty({ required: false, description: 'required when closing a plan that was never adopted' }) @IsOmittable() @IsReason()
  reason?: string;
}
