import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { DecisionQueries } from '#read-models';
import { OverdueFilterDto } from '../http/list-query.dto.js';

export class DecisionListQueryDto extends OverdueFilterDto {
  @ApiProperty({ required: false, enum: ['open', 'implemented', 'revoked'] })
  @IsOptional() @IsIn(['open', 'implemented', 'revoked'])
  status?: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  sessionId?: string;
}

@ApiTags('decisions')
@Controller('decisions')
export class DecisionTrackerController {
  constructor(private readonly decisions: DecisionQueries) {}

  @Get()
  @ApiOperation({ summary: 'The decision tracker: status, responsible agencies, due dates, overdue (judged today)' })
  list(@Query() query: DecisionListQueryDto) {
    const { page, pageSize, minPosition: _m, ...filters } = query;
    return this.decisions.list(filters, { page, pageSize });
  }
}
