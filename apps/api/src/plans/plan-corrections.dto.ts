import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsOmittable, IsRemovable, NotBlank, REMOVED_BY_NULL } from '../http/validators.js';
import { IsIatiSafeCode, IsOptionalSectorCode } from '../http/iati.validators.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { PlanTitleDto } from './plans.dto.js';

/** Corrects the titles, the coordinating body or the default sector (null removes either of these); at least one. (POST /plans/:id/revise changes the plan itself, effective on a date.) */
export class AmendPlanDto {
  @ApiProperty({ type: PlanTitleDto, required: false }) @IsOmittable() @IsObject() @ValidateNested() @Type(() => PlanTitleDto)
  title?: PlanTitleDto;

  @ApiProperty({ required: false, type: String, nullable: true, example: 'Inter-ministerial commission on migration', description: REMOVED_BY_NULL })
  @IsRemovable() @IsString() @Length(1, 300) @NotBlank()
  coordinatingBody?: string | null;

  @IsOptionalSectorCode('the sector of activities naming none', 'the service\'s default then applies')
  defaultSectorCode?: string | null;

  @IsCorrectionReason()
  reason!: string;
}

/** Corrects an objective's code or title; at least one. */
export class AmendObjectiveDto {
  @IsIatiSafeCode('unique within the plan', 'objective', false)
  code?: string;

  @ApiProperty({ required: false, description: 'the older form of titles: an English title' }) @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  title?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the languages corrected (en, ru, tg); the others stay as stored' }) @IsTitles({ required: false })
  titles?: TitlesDto;

  @IsCorrectionReason()
  reason!: string;
}

export class RemoveObjectiveDto {
  @IsCorrectionReason()
  reason!: string;
}

/** Corrects the code, in any status; the code's reservation moves with it. */
export class RecodePlanDto {
  @IsIatiSafeCode('the code as it should read; unique in the service, ignoring case (409 DUPLICATE_CODE naming the plan that holds it)', 'plan')
  code!: string;

  @IsCorrectionReason()
  reason!: string;
}
