import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { DECISION_KINDS, type DecisionKind } from '#domain';
import { EvidenceDto } from '../activities/activities.dto.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { IsCalendarDate, IsOmittable, NotBlank } from '../http/validators.js';
import { IsReason } from '../http/reason.validator.js';

export class RecordDecisionDto {
  @ApiProperty({ format: 'uuid', description: 'the held session that took the decision' }) @IsUUID()
  sessionId!: string;

  @ApiProperty({ example: 'IMC-2015/07', description: 'unique in the service, ignoring case and spacing (409 DUPLICATE_CODE)' })
  @IsString() @Length(1, 60) @NotBlank()
  number!: string;

  @ApiProperty({ required: false, example: 'Diaspora investment information campaign', description: 'the older form of titles: an English title' })
  @IsOmittable() @IsString() @Length(1, 500) @NotBlank()
  title?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the title in en, ru and/or tg (at least one); or send title' }) @IsTitles({ required: true })
  titles?: TitlesDto;

  @ApiProperty({ example: 'The Migration Service shall run an information campaign in Sughd and Khatlon.' }) @IsString() @Length(1, 10_000) @NotBlank()
  text!: string;

  @ApiProperty({ enum: DECISION_KINDS }) @IsIn(DECISION_KINDS as readonly string[])
  kind!: DecisionKind;

  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  responsibleAgencyIds!: string[];

  @ApiProperty({ required: false, example: '2016-06-30' }) @IsOmittable() @IsCalendarDate()
  dueDate?: string;

  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  relatedActivityIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  relatedRecommendationIds!: string[];
}

export class DecisionFollowUpDto {
  @ApiProperty({ example: 'The Migration Service reported the first two events in Kulob.' }) @IsString() @Length(1, 10_000) @NotBlank()
  note!: string;

  @ApiProperty({ type: [EvidenceDto], required: false }) @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class DecisionImplementedDto {
  @ApiProperty({ example: '2016-05-20' }) @IsCalendarDate()
  implementedOn!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 10_000) @NotBlank()
  note?: string;

  @ApiProperty({ type: [EvidenceDto], required: false }) @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

export class RevokeDecisionDto {
  @ApiProperty() @IsReason()
  reason!: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'the later decision that revoked this one' }) @IsOmittable() @IsUUID()
  revokedByDecisionId?: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}
