import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { RECOMMENDATION_SOURCE_KINDS, recommendationStream } from '#domain';
import { AuditQueries, RecommendationQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { ListQueryDto } from '../http/list-query.dto.js';
import { ApiHistoryResponse } from '../http/history.responses.js';
import { AsOfParam, found, KnownAtParam, ReadQueryDto, recordHistory, SearchTextParam } from '../http/read-query.js';
import { travelFrom } from '../http/time-travel-query.dto.js';
import { ApiPagedResponse } from '../http/responses.js';
import { RecommendationDto } from './recommendation.responses.js';

const STATUSES = ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn'];

export class RecommendationListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, enum: STATUSES }) @IsOptional() @IsIn(STATUSES)
  status?: string;

  @ApiProperty({ required: false, enum: RECOMMENDATION_SOURCE_KINDS, description: 'the kind of meeting it came from' })
  @IsOptional() @IsIn(RECOMMENDATION_SOURCE_KINDS as readonly string[])
  source?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'the meeting it was made at' }) @IsOptional() @IsUUID()
  meetingId?: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  planId?: string;

  @SearchTextParam('its text or the meeting’s title; accents and case ignored')
  q?: string;

  @AsOfParam()
  asOf?: string;

  @KnownAtParam()
  knownAt?: string;
}

@ApiTags('recommendations')
@Controller('recommendations')
export class RecommendationPipelineController {
  constructor(
    private readonly recommendations: RecommendationQueries,
    private readonly audit: AuditQueries,
  ) {}

  @Get()
  @ApiPagedResponse(RecommendationDto)
  @ApiOperation({ summary: 'The recommendation pipeline: where each recommendation stands, and its reviews; asOf / knownAt for time travel' })
  list(@Query() query: RecommendationListQueryDto) {
    const { page, pageSize, minPosition: _m, asOf, knownAt, ...filters } = query;
    return this.recommendations.list(filters, { page, pageSize }, travelFrom({ asOf, knownAt }));
  }

  @Get(':id')
  @ApiOkResponse({ type: RecommendationDto })
  @ApiOperation({ summary: 'A recommendation with its review history: the sessions it was scheduled for and each review’s outcome; ETag is its revision' })
  @ApiNotFoundResponse({ description: 'no such recommendation' })
  async get(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return found(await this.recommendations.get(id), 'recommendation', id);
  }

  @Get(':id/history')
  @ApiHistoryResponse()
  @ApiOperation({ summary: 'Every change to the recommendation: who, what, when (recorded and effective) and why' })
  @ApiNotFoundResponse({ description: 'no such recommendation' })
  history(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return recordHistory(this.audit, recommendationStream(id), 'recommendation', id);
  }
}
