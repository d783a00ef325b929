import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsObject, IsString, IsUUID, isUUID, Length, ValidateNested } from 'class-validator';
import { RECOMMENDATION_SOURCE_KINDS, type RecommendationSourceKind } from '#domain';
import { EvidenceDto } from '../activities/activities.dto.js';
import { IsCalendarDate, IsOmittable, IsOneFormOf, NotBlank } from '../http/validators.js';
import { IsTitles, TitlesDto } from '../http/titles.js';
import { IsReason } from '../http/reason.validator.js';

export class RecommendationSourceDto {
  @ApiProperty({ enum: RECOMMENDATION_SOURCE_KINDS }) @IsIn(RECOMMENDATION_SOURCE_KINDS as readonly string[])
  kind!: RecommendationSourceKind;

  @ApiProperty({ example: 'Technical meeting of 18 November' }) @IsString() @Length(1, 300) @NotBlank()
  title!: string;

  @ApiProperty({ example: '2015-11-18' }) @IsCalendarDate()
  heldOn!: string;
}

const uuids = (min: number) => (value: unknown) =>
  Array.isArray(value) && value.length >= min && value.length <= 50 && value.every((id) => isUUID(id)) ? null : `must be a list of ${min} to 50 organisation ids (UUIDs)`;

export class SubmitRecommendationDto {
  @ApiProperty({ required: false, format: 'uuid', description: 'the meeting where it was made (POST /meetings); or send source' })
  @IsOneFormOf('source', (value) => (isUUID(value) ? null : 'meetingId must be a UUID'))
  meetingId?: string;

  @ApiProperty({ required: false, type: RecommendationSourceDto, description: 'the older form of meetingId: the meeting typed inline, found or recorded under an id derived from kind, title and heldOn' })
  @IsOmittable() @IsObject() @ValidateNested() @Type(() => RecommendationSourceDto)
  source?: RecommendationSourceDto;

  @ApiProperty({ required: false, example: 'Create a one-stop information point for diaspora investors in Sughd.', description: 'the older form of texts: the text in English' })
  @IsOmittable() @IsString() @Length(1, 10_000) @NotBlank()
  text?: string;

  @ApiProperty({ required: false, type: TitlesDto, description: 'the text in en, ru and/or tg (at least one); or send text' }) @IsTitles({ required: true, plain: 'text', max: 10_000 })
  texts?: TitlesDto;

  @ApiProperty({ required: false, type: [String], format: 'uuid', description: 'the organisations that proposed it: one or more; or send proposedByOrganizationId' })
  @IsOneFormOf('proposedByOrganizationId', (value) => (uuids(1)(value) ? `proposedByOrganizationIds ${uuids(1)(value)}` : null))
  proposedByOrganizationIds?: string[];

  @ApiProperty({ required: false, format: 'uuid', description: 'the older form of proposedByOrganizationIds: one proposer' }) @IsOmittable() @IsUUID()
  proposedByOrganizationId?: string;

  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  targetAgencyIds!: string[];

  @ApiProperty({ required: false, format: 'uuid' }) @IsOmittable() @IsUUID()
  planId?: string;

  @ApiProperty({ required: false, description: 'default the day its meeting was held; not before it' }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class ScheduleRecommendationDto {
  @ApiProperty({ format: 'uuid', description: 'the commission session that will review it' }) @IsUUID()
  sessionId!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

/** Accept, reject and defer: by a decision of the session the recommendation is scheduled for. */
export class ReviewRecommendationDto {
  @ApiProperty({ format: 'uuid', description: 'a decision of the session the recommendation is scheduled for, naming it' }) @IsUUID()
  decisionId!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsReason()
  reason?: string;
}

export class LinkActivityDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID()
  activityId!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}

export class RecommendationImplementedDto {
  @ApiProperty({ example: '2017-09-01' }) @IsCalendarDate()
  implementedOn!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsString() @Length(1, 10_000) @NotBlank()
  note?: string;

  @ApiProperty({ type: [EvidenceDto], required: false, description: 'required unless an activity is linked' })
  @IsOmittable() @IsArray() @ArrayMaxSize(100) @IsObject({ each: true }) @ValidateNested({ each: true }) @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

export class WithdrawRecommendationDto {
  @ApiProperty() @IsReason()
  reason!: string;

  @ApiProperty({ required: false }) @IsOmittable() @IsCalendarDate()
  effectiveOn?: string;
}
