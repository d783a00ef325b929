import { ApiProperty } from '@nestjs/swagger';
import { RECOMMENDATION_SOURCE_KINDS, type RecommendationSourceKind, type RecommendationStatus } from '#domain';
import { TitlesDto } from '../http/titles.js';

const RECOMMENDATION_STATUSES: RecommendationStatus[] = ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn'];

export class RecommendationSourceDto {
  @ApiProperty({ enum: RECOMMENDATION_SOURCE_KINDS, enumName: 'RecommendationSourceKind' })
  kind!: RecommendationSourceKind;

  @ApiProperty({ description: 'the meeting where it was made' })
  title!: string;

  @ApiProperty({ description: 'calendar day' })
  heldOn!: string;
}

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

/** A recommendation as read (read-models' RecommendationView). */
export class RecommendationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: RecommendationSourceDto })
  source!: RecommendationSourceDto;

  @ApiProperty()
  text!: string;

  @ApiProperty({ type: TitlesDto, description: 'every language stored' })
  texts!: TitlesDto;

  @ApiProperty({ format: 'uuid' })
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
