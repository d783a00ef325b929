import { ApiProperty } from '@nestjs/swagger';
import { MEETING_KINDS, type MeetingKind, type RecommendationStatus } from '#domain';
import { EvidenceDto } from '../activities/activities.dto.js';
import { SessionAttendeeDto } from '../commission-sessions/session.responses.js';
import { TitlesDto } from '../http/titles.js';

/** A meeting as read (read-models' MeetingView). */
export class MeetingDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: MEETING_KINDS, enumName: 'MeetingKind' })
  kind!: MeetingKind;

  @ApiProperty({ description: 'calendar day' })
  heldOn!: string;

  @ApiProperty({ description: 'in the language asked for, else the first stored' })
  title!: string;

  @ApiProperty({ type: TitlesDto, description: 'every language stored' })
  titles!: TitlesDto;

  @ApiProperty({ type: [String], description: 'empty for a meeting known only from old recommendations' })
  organizerIds!: string[];

  @ApiProperty({ type: [String] })
  participantIds!: string[];

  @ApiProperty({ type: String, nullable: true })
  place!: string | null;

  @ApiProperty({ type: [EvidenceDto] })
  documents!: EvidenceDto[];

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  planId!: string | null;

  @ApiProperty({ description: 'false: known only from the source typed on recommendations submitted before meetings were records (no history)' })
  recorded!: boolean;

  @ApiProperty({ type: Number, nullable: true, description: 'the stream revision: the ETag; null when not a record' })
  revision!: number | null;
}

export class MeetingRecommendationOutcomeDto {
  @ApiProperty({ enum: ['accepted', 'rejected', 'deferred'] })
  outcome!: 'accepted' | 'rejected' | 'deferred';

  @ApiProperty({ format: 'uuid' })
  decisionId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'IMC-2015/07' })
  decisionNumber!: string | null;

  @ApiProperty({ type: String, nullable: true })
  decisionTitle!: string | null;

  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ description: 'calendar day' })
  on!: string;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;
}

export class MeetingLinkedActivityDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  code!: string | null;

  @ApiProperty({ type: String, nullable: true })
  title!: string | null;
}

export class MeetingRecommendationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ type: TitlesDto })
  texts!: TitlesDto;

  @ApiProperty({ type: [String] })
  proposedByOrganizationIds!: string[];

  @ApiProperty({ enum: ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn'], enumName: 'RecommendationStatus' })
  status!: RecommendationStatus;

  @ApiProperty({ type: MeetingRecommendationOutcomeDto, nullable: true, description: 'the latest review: the decision that accepted, rejected or deferred it' })
  outcome!: MeetingRecommendationOutcomeDto | null;

  @ApiProperty({ type: [MeetingLinkedActivityDto] })
  linkedActivities!: MeetingLinkedActivityDto[];

  @ApiProperty({ type: String, nullable: true })
  implementedOn!: string | null;
}

/** A meeting's page: the meeting, its organisers named, and what became of each recommendation made at it. */
export class MeetingDetailsDto extends MeetingDto {
  @ApiProperty({ type: [SessionAttendeeDto], description: 'its organisers, named' })
  organizers!: SessionAttendeeDto[];

  @ApiProperty({ type: [MeetingRecommendationDto] })
  recommendations!: MeetingRecommendationDto[];
}
