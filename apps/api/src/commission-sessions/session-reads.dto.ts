import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ListQueryDto } from '../http/list-query.dto.js';
import { SearchTextParam } from '../http/read-query.js';
import { IsCalendarDate, IsOnOrAfter } from '../http/validators.js';

const SESSION_STATUSES = ['scheduled', 'held'];

export class SessionListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, enum: SESSION_STATUSES })
  @IsOptional() @IsIn(SESSION_STATUSES)
  status?: string;

  @ApiProperty({ required: false, example: '2015-01-01', description: 'held (else scheduled) on or after this date' })
  @IsOptional() @IsCalendarDate()
  from?: string;

  @ApiProperty({ required: false, example: '2016-12-31', description: 'held (else scheduled) on or before this date' })
  @IsOptional() @IsCalendarDate() @IsOnOrAfter('from')
  to?: string;

  @SearchTextParam('number or an agenda item; accents and case ignored')
  q?: string;
}
