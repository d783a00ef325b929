import { ApiProperty } from '@nestjs/swagger';
import type { CommissionSessionStatus } from '#domain';

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
