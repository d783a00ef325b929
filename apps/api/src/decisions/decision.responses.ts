import { ApiProperty } from '@nestjs/swagger';
import { DECISION_KINDS, type DecisionKind, type DecisionStatus } from '#domain';
import { TitlesDto } from '../http/titles.js';

const DECISION_STATUSES: DecisionStatus[] = ['open', 'implemented', 'revoked'];

export class FollowUpDto {
  @ApiProperty()
  note!: string;

  @ApiProperty({ description: 'calendar day', example: '2026-03-01' })
  on!: string;
}

/** A commission decision as read (read-models' DecisionDetails): the view and whether it is overdue. */
export class DecisionDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  sessionId!: string;

  @ApiProperty({ example: '3/2' })
  number!: string;

  @ApiProperty({ description: 'in the language asked for (lang, Accept-Language), else the first stored of en, ru, tg' })
  title!: string;

  @ApiProperty({ type: TitlesDto })
  titles!: TitlesDto;

  @ApiProperty()
  text!: string;

  @ApiProperty({ enum: DECISION_KINDS, enumName: 'DecisionKind' })
  kind!: DecisionKind;

  @ApiProperty({ enum: DECISION_STATUSES, enumName: 'DecisionStatus' })
  status!: DecisionStatus;

  @ApiProperty({ description: 'calendar day' })
  decidedOn!: string;

  @ApiProperty({ type: [String] })
  responsibleAgencyIds!: string[];

  @ApiProperty({ type: String, nullable: true })
  dueDate!: string | null;

  @ApiProperty({ type: [String] })
  relatedActivityIds!: string[];

  @ApiProperty({ type: [String] })
  relatedRecommendationIds!: string[];

  @ApiProperty({ type: [FollowUpDto] })
  followUps!: FollowUpDto[];

  @ApiProperty({ type: String, nullable: true })
  implementedOn!: string | null;

  @ApiProperty({ type: String, nullable: true })
  revokedReason!: string | null;

  @ApiProperty({ description: 'the stream revision: the ETag' })
  revision!: number;

  @ApiProperty({ description: 'open past its due date (judged today, or on asOf)' })
  overdue!: boolean;
}
