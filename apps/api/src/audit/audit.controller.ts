import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { AuditQueries } from '#read-models';
import { ListQueryDto } from '../http/list-query.dto.js';
import { IsTimestamp } from '../http/validators.js';
import { ApiPagedResponse } from '../http/responses.js';
import { AuditEntryDto } from './audit.responses.js';
import { auditWindow, IsNotBeforeFrom } from './audit-window.js';

export class AuditQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, example: 'activity-0b6c…' }) @IsOptional() @IsString() @Length(1, 200)
  stream?: string;

  @ApiProperty({ required: false, description: 'token id of the actor' }) @IsOptional() @IsString() @Length(1, 200)
  actor?: string;

  @ApiProperty({ required: false, description: 'recorded at or after (ISO 8601)' }) @IsOptional() @IsTimestamp(true)
  from?: string;

  @ApiProperty({ required: false, description: 'recorded at or before (ISO 8601); a date alone is the whole of that day (UTC); not before from' })
  @IsOptional() @IsTimestamp(true) @IsNotBeforeFrom()
  to?: string;

  @ApiProperty({ required: false, enum: ['oldest', 'newest'], default: 'oldest', description: 'oldest first (the chain’s order) or newest first' })
  @IsOptional() @IsIn(['oldest', 'newest'], { message: 'order must be oldest or newest' })
  order?: 'oldest' | 'newest';
}

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditQueries) {}

  @Get()
  @ApiPagedResponse(AuditEntryDto)
  @ApiOperation({ summary: 'The audit log: every event with actor, role, organisation, both clocks and its hash' })
  list(@Query() query: AuditQueryDto) {
    const { page, pageSize, stream, actor, from, to, order } = query;
    return this.audit.list({ stream, actor, ...auditWindow(from, to) }, { page, pageSize }, order);
  }
}
