import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { RECOMMENDATION_SOURCE_KINDS } from '#domain';
import { RecommendationQueries } from '#read-models';
import { ListQueryDto } from '../http/list-query.dto.js';

const STATUSES = ['submitted', 'scheduled_for_review', 'accepted', 'rejected', 'deferred', 'implemented', 'withdrawn'];

export class RecommendationListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, enum: STATUSES }) @IsOptional() @IsIn(STATUSES)
  status?: string;

  @ApiProperty({ required: false, enum: RECOMMENDATION_SOURCE_KINDS, description: 'the kind of meeting it came from' })
  @IsOptional() @IsIn(RECOMMENDATION_SOURCE_KINDS as readonly string[])
  source?: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  planId?: string;
}

@ApiTags('recommendations')
@Controller('recommendations')
export class RecommendationPipelineController {
  constructor(private readonly recommendations: RecommendationQueries) {}

  @Get()
  @ApiOperation({ summary: 'The recommendation pipeline: where each recommendation stands, and its reviews' })
  list(@Query() query: RecommendationListQueryDto) {
    const { page, pageSize, minPosition: _m, ...filters } = query;
    return this.recommendations.list(filters, { page, pageSize });
  }
}
