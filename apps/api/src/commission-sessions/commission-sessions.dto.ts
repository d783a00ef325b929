import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, IsUUID, Length } from 'class-validator';
import { IsCalendarDate, IsOmittable } from '../http/validators.js';

export class ScheduleCommissionSessionDto {
  @ApiProperty({ example: '7', description: 'the session’s label as the commission writes it' })
  @IsString() @Length(1, 60)
  number!: string;

  @ApiProperty({ example: '2015-12-10' }) @IsCalendarDate()
  scheduledOn!: string;

  @ApiProperty({ type: [String], example: ['Implementation of the 2015–2020 plan', 'Recommendations of the technical meeting of 18 November'] })
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @Length(1, 500, { each: true })
  agenda!: string[];

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

  @ApiProperty({ required: false, example: 'Minutes IMC-2015/4' }) @IsOmittable() @IsString() @Length(1, 300)
  minutesRef?: string;
}
