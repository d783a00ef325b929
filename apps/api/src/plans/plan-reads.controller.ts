import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { planStream } from '#domain';
import { AuditQueries, PlanQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { ApiHistoryResponse } from '../http/history.responses.js';
import { found, ReadQueryDto, recordHistory } from '../http/read-query.js';
import { PlanListQueryDto } from './plan-reads.dto.js';
import { ApiPagedResponse } from '../http/responses.js';
import { PlanDetailsDto, PlanDto } from './plan.responses.js';

@ApiTags('plans')
@Controller('plans')
export class PlanReadsController {
  constructor(
    private readonly plans: PlanQueries,
    private readonly audit: AuditQueries,
  ) {}

  @Get()
  @ApiPagedResponse(PlanDto)
  @ApiOperation({ summary: 'Plans filtered by status and code, searched by code or title; paged, ordered by code' })
  list(@Query() query: PlanListQueryDto) {
    const { page, pageSize, minPosition: _m, ...filters } = query;
    return this.plans.list(filters, { page, pageSize });
  }

  @Get(':id')
  @ApiOkResponse({ type: PlanDetailsDto })
  @ApiOperation({
    summary: 'A plan in full: code, titles, period, status, adoption, revisions with reasons, predecessor and successors, coordinating body, objective tree with activity counts; ETag is its revision',
  })
  @ApiNotFoundResponse({ description: 'no such plan' })
  async get(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return found(await this.plans.get(id), 'plan', id);
  }

  @Get(':id/history')
  @ApiHistoryResponse()
  @ApiOperation({ summary: 'Every change to the plan: who, what, when (recorded and effective) and why' })
  @ApiNotFoundResponse({ description: 'no such plan' })
  history(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return recordHistory(this.audit, planStream(id), 'plan', id);
  }
}
