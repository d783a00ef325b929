import { ApiProperty } from '@nestjs/swagger';
import { HistoryEntryDto } from '../http/history.responses.js';

/** An event of the audit log: a history entry and where it sits in the store. */
export class AuditEntryDto extends HistoryEntryDto {
  @ApiProperty({ example: 'activity-4f1c…' })
  stream!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ description: 'the event-store position' })
  position!: string;
}

const FAILURE_REASONS = ['hash_mismatch', 'broken_chain', 'missing_revision', 'duplicate_revision', 'missing_hash', 'non_canonical_number', 'unknown_chain_version', 'chain_version_downgrade'];

export class AuditFailureDto {
  @ApiProperty()
  stream!: string;

  @ApiProperty()
  revision!: number;

  @ApiProperty({ enum: FAILURE_REASONS, enumName: 'AuditFailureReason' })
  reason!: string;
}

/** GET /audit/verify: the hash chains checked, and the digest over every stream head. */
export class AuditVerificationDto {
  @ApiProperty()
  ok!: boolean;

  @ApiProperty({ enum: ['full', 'incremental'] })
  mode!: 'full' | 'incremental';

  @ApiProperty()
  streamsChecked!: number;

  @ApiProperty()
  eventsChecked!: number;

  @ApiProperty({ description: 'events read by this call (all of them on a full run)' })
  newEventsChecked!: number;

  @ApiProperty({ type: [AuditFailureDto], description: 'at most 1000; failureCount counts them all' })
  failures!: AuditFailureDto[];

  @ApiProperty()
  failureCount!: number;

  @ApiProperty()
  digest!: string;

  @ApiProperty({ type: String, nullable: true, description: 'the event-store position the digest is at (null: an empty log)' })
  position!: string | null;
}

/** GET /audit/digest: the digest of the log up to a position, and whether it is the one the minutes give. */
export class AuditDigestDto {
  @ApiProperty({ description: 'sha256 (hex) over the stream heads' })
  digest!: string;

  @ApiProperty()
  streams!: number;

  @ApiProperty()
  events!: number;

  @ApiProperty({ type: String, nullable: true, description: 'the position of the last event counted (null: nothing recorded up to then)' })
  position!: string | null;

  @ApiProperty({ required: false, description: 'only when a digest was given: whether the log still gives it' })
  matches?: boolean;
}
