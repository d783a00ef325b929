import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { MEETING_KINDS, type MeetingKind } from '#domain';
import { EvidenceDto } from '../activities/activities.dto.js';
import { IsCorrectionReason } from '../http/reason.validator.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { IsCalendarDate, IsOmittable, IsRemovable, NotBlank, REMOVED_BY_NULL } from '../http/validators.js';

export class RecordMeetingDto {
  @ApiProperty({ enum: MEETING_KINDS, enumName: 'MeetingKind' }) @IsIn(MEETING_KINDS as readonly string[])
  kind!: MeetingKind;

  @ApiProperty({ example: '2015-12-18', description: 'the day it was held (not after today); the recommendations made at it are effective from it' }) @IsCalendarDate()
  heldOn!: string;

  @ApiProperty({ required: false, example: 'International Migrants Day roundtable', description: 'the older form of titles: the title in English' })
  @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  title?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the title in en, ru and/or tg (at least one); or send title' }) @IsTitles({ required: true })
  titles?: TitlesDto;

  @ApiProperty({ type: [String], format: 'uuid', description: 'the organisations that convened it: one or more' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true })
  organizerIds!: string[];

  @ApiProperty({ required: false, type: [String], format: 'uuid', description: 'other organisations that took part' })
  @IsOmittable() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  participantIds?: string[];

  @ApiProperty({ required: false, example: 'Dushanbe' }) @IsOmittable() @IsString() @Length(1, 300) @NotBlank()
  place?: string;

  @ApiProperty({ type: [EvidenceDto], required: false, description: 'minutes, reports, presentations' })
  @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => EvidenceDto)
  documents?: EvidenceDto[];

  @ApiProperty({ required: false, format: 'uuid', description: 'the plan it concerns' }) @IsOmittable() @IsUUID()
  planId?: string;
}

/** A correction of any field, with a reason; at least one field. `place` and `planId` may be removed with null. */
export class AmendMeetingDto {
  @ApiProperty({ required: false, enum: MEETING_KINDS, enumName: 'MeetingKind' }) @IsOmittable() @IsIn(MEETING_KINDS as readonly string[])
  kind?: MeetingKind;

  @ApiProperty({ required: false, description: 'not after the first review of a recommendation made at it (409 MEETING_AFTER_REVIEW)' }) @IsOmittable() @IsCalendarDate()
  heldOn?: string;

  @ApiProperty({ required: false, description: 'the older form of titles: the title in English' }) @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  title?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the languages corrected (en, ru, tg); the others stay as stored' }) @IsTitles({ required: false })
  titles?: TitlesDto;

  @ApiProperty({ required: false, type: [String], format: 'uuid' }) @IsOmittable() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true })
  organizerIds?: string[];

  @ApiProperty({ required: false, type: [String], format: 'uuid' }) @IsOmittable() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  participantIds?: string[];

  @ApiProperty({ required: false, type: String, nullable: true, description: `where it was held; ${REMOVED_BY_NULL}` }) @IsRemovable() @IsString() @Length(1, 300) @NotBlank()
  place?: string | null;

  @ApiProperty({ type: [EvidenceDto], required: false, description: 'the whole list as it should be' })
  @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => EvidenceDto)
  documents?: EvidenceDto[];

  @ApiProperty({ required: false, type: String, nullable: true, format: 'uuid', description: `the plan it concerns; ${REMOVED_BY_NULL}` }) @IsRemovable() @IsUUID()
  planId?: string | null;

  @IsCorrectionReason()
  reason!: string;
}

export class AddMeetingDocumentDto extends EvidenceDto {
  @ApiProperty({ required: false, description: 'default today' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}
