import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ReportsOwedQueries } from '#read-models';
import { ReportsOwedDto, ReportsOwedQueryDto } from './reports-owed.dto.js';

@ApiTags('progress reports')
@Controller('progress-reports')
export class ReportsOwedController {
  constructor(private readonly owed: ReportsOwedQueries) {}

  @Get('owed')
  @ApiOkResponse({ type: ReportsOwedDto })
  @ApiOperation({
    summary:
      'Progress reports due and not in across every plan with a reporting calendar, oldest due first; by plan, by agency (lead or partner), and looking ahead with dueBy',
    description:
      'The same reports each plan’s GET /plans/{id}/reporting lists as missing (drafts and returned reports are not in), with the plan they belong to.',
  })
  async list(@Query() query: ReportsOwedQueryDto, @Res({ passthrough: true }) response: Response): Promise<ReportsOwedDto> {
    const { planId, agencyId, dueBy } = query;
    return this.owed.list({ planId, agencyId, dueBy }, response.locals.titleLanguage);
  }
}
