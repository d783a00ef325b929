import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ActivityQueries } from '#read-models';
import { PendingReportDto } from '../activities/activity.responses.js';
import { ReadQueryDto } from '../http/read-query.js';
import { TitlesDto } from '../http/titles.js';

const STAGES = ['draft', 'submitted', 'returned', 'reopened'] as const;

/** Read-your-writes (`minPosition`) as on every other read. */
export class PendingReportsQueryDto extends ReadQueryDto {
  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  planId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'lead or partner agency of the activity' }) @IsOptional() @IsUUID()
  agencyId?: string;

  @ApiProperty({ required: false, enum: STAGES, description: 'submitted: what awaits the secretariat' }) @IsOptional() @IsIn(STAGES)
  stage?: (typeof STAGES)[number];
}

export class PendingReportItemDto extends PendingReportDto {
  @ApiProperty({ format: 'uuid' }) activityId!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: TitlesDto }) titles!: TitlesDto;
  @ApiProperty({ format: 'uuid' }) leadAgencyId!: string;
}

export class PendingReportsDto {
  @ApiProperty({ type: [PendingReportItemDto] }) items!: PendingReportItemDto[];
}

/** Reports under approval across activities (issue 11): the secretariat's review queue, an agency's drafts and returns. */
@ApiTags('progress reports')
@Controller('progress-reports')
export class ProgressReportsController {
  constructor(private readonly activities: ActivityQueries) {}

  @Get()
  @ApiOkResponse({ type: PendingReportsDto })
  @ApiOperation({ summary: 'Progress reports under approval (drafted, submitted, returned, reopened), oldest step first; stage=submitted is what awaits the secretariat' })
  async list(@Query() query: PendingReportsQueryDto): Promise<PendingReportsDto> {
    const { planId, agencyId, stage } = query;
    return { items: await this.activities.pendingReports({ planId, agencyId, stage }) };
  }
}
