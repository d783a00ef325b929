import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsAgenda, TitlesDto } from '../http/titles.js';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsCalendarDate, IsOmittable, NotBlank } from '../http/validators.js';

/** Corrects the date or the agenda of a session not yet held; at least one. */
@ApiExtraModels(TitlesDto)
export class AmendSessionDto {
  @ApiProperty({ required: false, example: '2016-02-27' }) @IsOmittable() @IsCalendarDate()
  scheduledOn?: string;

  @ApiProperty({ required: false, type: 'array', items: { oneOf: [{ type: 'string' }, { $ref: getSchemaPath(TitlesDto) }] }, description: 'the whole agenda as it should read; each item a plain string (English) or titles' })
  @IsOmittable() @IsAgenda()
  agenda?: (string | TitlesDto)[];

  @IsCorrectionReason()
  reason!: string;
}

/** Corrects the number, held or not; the number's reservation moves with it. */
export class RenumberSessionDto {
  @ApiProperty({ example: '2016/1', description: 'the number as it should read; unique in the service, ignoring case and spacing (409 DUPLICATE_CODE naming the session that holds it)' })
  @IsString() @Length(1, 60) @NotBlank()
  number!: string;

  @IsCorrectionReason()
  reason!: string;
}
