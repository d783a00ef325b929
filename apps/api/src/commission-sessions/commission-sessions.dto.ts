import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { IsAgenda, TitlesDto } from '../http/titles.js';
import { IsCalendarDate, IsOmittable, NotBlank } from '../http/validators.js';

@ApiExtraModels(TitlesDto)
export class ScheduleCommissionSessionDto {
  @ApiProperty({ example: '7', description: 'the session’s label as the commission writes it; unique in the service, ignoring case and spacing (409 DUPLICATE_CODE)' })
  @IsString() @Length(1, 60) @NotBlank()
  number!: string;

  @ApiProperty({ example: '2015-12-10' }) @IsCalendarDate()
  scheduledOn!: string;

  @ApiProperty({
    type: 'array',
    items: { oneOf: [{ type: 'string' }, { $ref: getSchemaPath(TitlesDto) }] },
    example: ['Implementation of the 2015–2020 plan', { en: 'Recommendations of the technical meeting of 18 November', ru: 'Рекомендации технического совещания 18 ноября' }],
    description: 'each item a plain string (English) or titles in en, ru and/or tg',
  })
  @IsAgenda()
  agenda!: (string | TitlesDto)[];

  @ApiProperty({ required: false, description: 'when the session was scheduled; default the earlier of today and scheduledOn' })
  @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class RecordSessionHeldDto {
  @ApiProperty({ example: '2015-12-10' }) @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ type: [String], format: 'uuid', description: 'organisations that attended' })
  @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  attendeeOrganizationIds!: string[];

  @ApiProperty({ required: false, example: 'Minutes IMC-2015/4' }) @IsOmittable() @IsString() @Length(1, 300) @NotBlank()
  minutesRef?: string;
}
