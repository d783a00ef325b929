import { ApiProperty, PickType } from '@nestjs/swagger';
import type { CommissionSessionStatus, RecommendationStatus } from '#domain';
import { DecisionDto } from '../decisions/decision.responses.js';
import { TitlesDto } from '../http/titles.js';

const SESSION_STATUSES: CommissionSessionStatus[] = ['scheduled', 'held'];

/** A commission session as listed (read-models' SessionView). */
export class SessionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: '3' })
  number!: string;

  @ApiProperty({ description: 'calendar day' })
  scheduledOn!: string;

  @ApiProperty({ type: [String] })
  agenda!: string[];

  @ApiProperty({ type: [TitlesDto], description: 'each item in every language stored' })
  agendaTitles!: TitlesDto[];

  @ApiProperty({ enum: SESSION_STATUSES, enumName: 'CommissionSessionStatus' })
  status!: CommissionSessionStatus;

  @ApiProperty({ type: String, nullable: true })
  heldOn!: string | null;

  @ApiProperty({ type: [String] })
  attendeeOrganizationIds!: string[];

  @ApiProperty({ type: String, nullable: true })
  minutesRef!: string | null;

  @ApiProperty({ description: 'the stream revision: the ETag' })
  revision!: number;
}

export class SessionAttendeeDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ type: String, nullable: true })
  name!: string | null;

  @ApiProperty({ type: String, nullable: true })
  acronym!: string | null;
}

export class SessionDecisionDto extends PickType(DecisionDto, ['id', 'number', 'title', 'titles', 'kind', 'status', 'dueDate', 'revision'] as const) {}

export class SessionRecommendationDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  text!: string;

  @ApiProperty({ type: TitlesDto, description: 'every language stored' })
  texts!: TitlesDto;

  @ApiProperty({ enum: ['accepted', 'rejected', 'deferred', 'pending'], description: 'what this session made of it; pending while not reviewed' })
  outcome!: 'accepted' | 'rejected' | 'deferred' | 'pending';

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  decisionId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  reason!: string | null;

  @ApiProperty({ enum: ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn'], enumName: 'RecommendationStatus' })
  status!: RecommendationStatus;
}

/** A session alone (read-models' SessionDetails): who came, what it decided, what it reviewed. */
export class SessionDetailsDto extends SessionDto {
  @ApiProperty({ type: [SessionAttendeeDto] })
  attendees!: SessionAttendeeDto[];

  @ApiProperty({ type: [SessionDecisionDto] })
  decisions!: SessionDecisionDto[];

  @ApiProperty({ type: [SessionRecommendationDto], description: 'every recommendation scheduled for this session' })
  recommendations!: SessionRecommendationDto[];
}
