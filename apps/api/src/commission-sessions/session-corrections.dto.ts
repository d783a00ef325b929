import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { IsAgenda, TitlesDto } from '../http/titles.js';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsCalendarDate, IsOmittable } from '../http/validators.js';

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
