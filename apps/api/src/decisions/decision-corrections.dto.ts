import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { IsCalendarDate, IsOmittable, IsRemovable, NotBlank, REMOVED_BY_NULL } from '../http/validators.js';

/** Corrects the title, text, due date (null removes it) or responsible agencies; at least one. */
export class AmendDecisionDto {
  @ApiProperty({ required: false, description: 'the older form of titles: an English title' }) @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  title?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the languages corrected (en, ru, tg); the others stay as stored' }) @IsTitles({ required: false })
  titles?: TitlesDto;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 10_000) @NotBlank()
  text?: string;

  @ApiProperty({ required: false, type: String, nullable: true, example: '2016-09-30', description: `not before the session; ${REMOVED_BY_NULL} (no deadline: never overdue)` })
  @IsRemovable() @IsCalendarDate()
  dueDate?: string | null;

  @ApiProperty({ required: false, type: [String] }) @IsOmittable() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  responsibleAgencyIds?: string[];

  @IsCorrectionReason()
  reason!: string;
}

/** Corrects the number, in any status; the number's reservation moves with it. */
export class RenumberDecisionDto {
  @ApiProperty({ example: 'IMC-2016/03', description: 'the number as it should read; unique in the service, ignoring case and spacing (409 DUPLICATE_CODE naming the decision that holds it)' })
  @IsString() @Length(1, 60) @NotBlank()
  number!: string;

  @IsCorrectionReason()
  reason!: string;
}
