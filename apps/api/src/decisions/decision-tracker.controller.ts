import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { decisionStream } from '#domain';
import { AuditQueries, DECISION_SORTS, DecisionQueries, type DecisionSort } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { IsCalendarDate, IsOnOrAfter } from '../http/validators.js';
import { OverdueFilterDto } from '../http/list-query.dto.js';
import { ApiHistoryResponse } from '../http/history.responses.js';
import { AsOfParam, found, KnownAtParam, ReadQueryDto, recordHistory, SearchTextParam } from '../http/read-query.js';
import { travelFrom } from '../http/time-travel-query.dto.js';
import { ApiPagedResponse } from '../http/responses.js';
import { DecisionDto } from './decision.responses.js';

const SORTS = [...DECISION_SORTS, ...DECISION_SORTS.map((s) => `-${s}` as const)];

export class DecisionListQueryDto extends OverdueFilterDto {
  @ApiProperty({ required: false, enum: ['open', 'implemented', 'revoked'] })
  @IsOptional() @IsIn(['open', 'implemented', 'revoked'])
  status?: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  sessionId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'decisions naming this agency responsible' }) @IsOptional() @IsUUID()
  responsibleAgencyId?: string;

  @ApiProperty({ required: false, format: 'date', description: 'due on or after this date' }) @IsOptional() @IsCalendarDate()
  dueFrom?: string;

  @ApiProperty({ required: false, format: 'date', description: 'due on or before this date' }) @IsOptional() @IsCalendarDate() @IsOnOrAfter('dueFrom')
  dueTo?: string;

  @SearchTextParam('number, title or text; accents and case ignored')
  q?: string;

  @ApiProperty({ required: false, enum: SORTS, description: 'the order (default number); a leading - for descending; undated decisions last' })
  @IsOptional() @IsIn(SORTS, { message: `sort must be one of ${DECISION_SORTS.join(', ')}, each optionally preceded by -` })
  sort?: DecisionSort;

  @AsOfParam()
  asOf?: string;

  @KnownAtParam()
  knownAt?: string;
}

@ApiTags('decisions')
@Controller('decisions')
export class DecisionTrackerController {
  constructor(
    private readonly decisions: DecisionQueries,
    private readonly audit: AuditQueries,
  ) {}

  @Get()
  @ApiPagedResponse(DecisionDto)
  @ApiOperation({ summary: 'The decision tracker: status, responsible agencies, due dates (a range of them), overdue (judged today, or on asOf); asOf / knownAt for time travel' })
  list(@Query() query: DecisionListQueryDto) {
    const { page, pageSize, minPosition: _m, asOf, knownAt, sort, ...filters } = query;
    return this.decisions.list(filters, { page, pageSize }, travelFrom({ asOf, knownAt }), sort);
  }

  @Get(':id')
  @ApiOkResponse({ type: DecisionDto })
  @ApiOperation({ summary: 'A decision with its follow-ups, overdue judged today; ETag is its revision' })
  @ApiNotFoundResponse({ description: 'no such decision' })
  async get(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return found(await this.decisions.get(id), 'decision', id);
  }

  @Get(':id/history')
  @ApiHistoryResponse()
  @ApiOperation({ summary: 'Every change to the decision: who, what, when (recorded and effective) and why' })
  @ApiNotFoundResponse({ description: 'no such decision' })
  history(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return recordHistory(this.audit, decisionStream(id), 'decision', id);
  }
}
