import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { commissionSessionStream } from '#domain';
import { AuditQueries, SessionQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { ApiHistoryResponse } from '../http/history.responses.js';
import { found, ReadQueryDto, recordHistory } from '../http/read-query.js';
import { SessionListQueryDto } from './session-reads.dto.js';
import { ApiPagedResponse } from '../http/responses.js';
import { SessionDetailsDto, SessionDto } from './session.responses.js';

@ApiTags('commission')
@Controller('commission/sessions')
export class SessionReadsController {
  constructor(
    private readonly sessions: SessionQueries,
    private readonly audit: AuditQueries,
  ) {}

  @Get()
  @ApiPagedResponse(SessionDto)
  @ApiOperation({ summary: 'Commission sessions filtered by status and date (held, else scheduled); paged, in date order' })
  list(@Query() query: SessionListQueryDto) {
    const { page, pageSize, minPosition: _m, ...filters } = query;
    return this.sessions.list(filters, { page, pageSize });
  }

  @Get(':id')
  @ApiOkResponse({ type: SessionDetailsDto })
  @ApiOperation({
    summary: 'A session: agenda, attendees, minutes reference, the decisions recorded at it, the recommendations scheduled for it and what became of each; ETag is its revision',
  })
  @ApiNotFoundResponse({ description: 'no such session' })
  async get(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return found(await this.sessions.get(id), 'commission session', id);
  }

  @Get(':id/history')
  @ApiHistoryResponse()
  @ApiOperation({ summary: 'Every change to the session: who, what, when (recorded and effective) and why' })
  @ApiNotFoundResponse({ description: 'no such session' })
  history(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return recordHistory(this.audit, commissionSessionStream(id), 'commission session', id);
  }
}
