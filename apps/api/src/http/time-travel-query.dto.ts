import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { IsCalendarDate, IsTimestamp } from './validators.js';

/** The two clocks of the design, plus read-your-writes. */
export class TimeTravelQueryDto {
  @ApiProperty({ required: false, description: 'state on this business date (YYYY-MM-DD), by what is known now; overdue judged on it' })
  @IsOptional() @IsCalendarDate()
  asOf?: string;

  @ApiProperty({ required: false, description: 'what the system showed at this moment (ISO 8601 with a time zone)' })
  @IsOptional() @IsTimestamp()
  knownAt?: string;

  @ApiProperty({ required: false, description: 'wait until projections reached this position (read-your-writes)' })
  @IsOptional() @Matches(/^\d{1,20}(:\d{1,20})*$/, { message: 'minPosition must be a position returned by a write' })
  minPosition?: string;
}

export function travelFrom(query: TimeTravelQueryDto) {
  return { asOf: query.asOf, knownAt: query.knownAt ? new Date(query.knownAt) : undefined };
}
