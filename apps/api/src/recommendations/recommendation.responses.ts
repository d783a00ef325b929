import { ApiProperty } from '@nestjs/swagger';
import { RECOMMENDATION_SOURCE_KINDS, type RecommendationSourceKind, type RecommendationStatus } from '#domain';
import { TitlesDto } from '../http/titles.js';
import { RecommendationSourceDto } from './recommendations.dto.js';

const RECOMMENDATION_STATUSES: RecommendationStatus[] = ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn'];


export class RecommendationScheduleDto {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ description: 'calendar day' })
  on!: string;
}

export class RecommendationReviewDto {
  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ format: 'uuid' })
  decisionId!: string;

  @ApiProperty({ enum: ['accepted', 'rejected', 'deferred'] })
  outcome!: 'accepted' | 'rejected' | 'deferred';

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ description: 'calendar day' })
  on!: string;
}

/** The meeting a recommendation was made at, as it stands now. */
export class RecommendationMeetingDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: RECOMMENDATION_SOURCE_KINDS, enumName: 'MeetingKind' })
  kind!: RecommendationSourceKind;

  @ApiProperty({ description: 'in the language asked for, else the first stored' })
  title!: string;

  @ApiProperty({ type: TitlesDto })
  titles!: TitlesDto;

  @ApiProperty({ description: 'calendar day' })
  heldOn!: string;

  @ApiProperty({ description: 'false: known only from the source typed on recommendations submitted before meetings were records' })
  recorded!: boolean;
}

/** A recommendation as read (read-models' RecommendationRead). */
export class RecommendationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid', description: 'the meeting it was made at (GET /meetings/:id)' })
  meetingId!: string;

  @ApiProperty({ type: RecommendationMeetingDto, nullable: true, description: 'its meeting: kind, title and date; null until the meeting is projected' })
  meeting!: RecommendationMeetingDto | null;

  @ApiProperty({ type: RecommendationSourceDto, description: 'the meeting as typed inline (older recommendations), else taken from the meeting' })
  source!: RecommendationSourceDto;

  @ApiProperty({ description: 'the day it was made (calendar day)' })
  madeOn!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ type: TitlesDto, description: 'every language stored' })
  texts!: TitlesDto;

  @ApiProperty({ type: [String], description: 'the organisations that proposed it' })
  proposedByOrganizationIds!: string[];

  @ApiProperty({ format: 'uuid', description: 'the first of proposedByOrganizationIds' })
  proposedByOrganizationId!: string;

  @ApiProperty({ type: [String] })
  targetAgencyIds!: string[];

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  planId!: string | null;

  @ApiProperty({ enum: RECOMMENDATION_STATUSES, enumName: 'RecommendationStatus' })
  status!: RecommendationStatus;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  sessionId!: string | null;

  @ApiProperty({ type: [RecommendationScheduleDto], description: 'every session it was scheduled for, in order' })
  schedules!: RecommendationScheduleDto[];

  @ApiProperty({ type: [RecommendationReviewDto], description: 'every review it went through, in order' })
  reviews!: RecommendationReviewDto[];

  @ApiProperty({ type: [String] })
  linkedActivityIds!: string[];

  @ApiProperty({ type: String, nullable: true })
  implementedOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  withdrawnReason!: string | null;

  @ApiProperty({ description: 'the stream revision: the ETag' })
  revision!: number;
}
