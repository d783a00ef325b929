import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { DECISION_KINDS, type DecisionKind } from '#domain';
import { EvidenceDto } from '../activities/activities.dto.js';
import { IsCalendarDate } from '../http/validators.js';

export class RecordDecisionDto {
  @ApiProperty({ format: 'uuid', description: 'the held session that took the decision' }) @IsUUID()
  sessionId!: string;

  @ApiProperty({ example: 'IMC-2015/07' }) @IsString() @Length(1, 60)
  number!: string;

  @ApiProperty({ example: 'Diaspora investment information campaign' }) @IsString() @Length(1, 500)
  title!: string;

  @ApiProperty({ example: 'The Migration Service shall run an information campaign in Sughd and Khatlon.' }) @IsString() @Length(1, 10_000)
  text!: string;

  @ApiProperty({ enum: DECISION_KINDS }) @IsIn(DECISION_KINDS as readonly string[])
  kind!: DecisionKind;

  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true })
  responsibleAgencyIds!: string[];

  @ApiProperty({ required: false, example: '2016-06-30' }) @IsOptional() @IsCalendarDate()
  dueDate?: string;

  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  relatedActivityIds!: string[];

  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  relatedRecommendationIds!: string[];
}

export class DecisionFollowUpDto {
  @ApiProperty({ example: 'The Migration Service reported the first two events in Kulob.' }) @IsString() @Length(1, 10_000)
  note!: string;

  @ApiProperty({ type: [EvidenceDto], required: false }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];

  @ApiProperty({ required: false }) @IsOptional() @IsCalendarDate()
  effectiveOn?: string;
}

export class DecisionImplementedDto {
  @ApiProperty({ example: '2016-05-20' }) @IsCalendarDate()
  implementedOn!: string;

  @ApiProperty({ required: false }) @IsOptional() @IsString() @Length(1, 10_000)
  note?: string;

  @ApiProperty({ type: [EvidenceDto], required: false }) @IsOptional() @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}

export class RevokeDecisionDto {
  @ApiProperty() @IsString() @Length(1, 2000)
  reason!: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'the later decision that revoked this one' }) @IsOptional() @IsUUID()
  revokedByDecisionId?: string;

  @ApiProperty({ required: false }) @IsOptional() @IsCalendarDate()
  effectiveOn?: string;
}
