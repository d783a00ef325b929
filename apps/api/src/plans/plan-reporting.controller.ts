import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ReportingQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { found } from '../http/read-query.js';
import { TimeTravelQueryDto, travelFrom } from '../http/time-travel-query.dto.js';
import { ReportingStatusDto } from './plan-reporting.responses.js';

@ApiTags('plans')
@Controller('plans')
export class PlanReportingController {
  constructor(private readonly reporting: ReportingQueries) {}

  @Get(':id/reporting')
  @ApiOkResponse({ type: ReportingStatusDto })
  @ApiNotFoundResponse({ description: 'no such plan' })
  @ApiOperation({
    summary: 'The reporting cycle: reports expected, submitted, approved and missing per period, lead agency and objective, and the list of missing ones; asOf / knownAt for time travel',
    description:
      'From the plan’s reporting calendar: every activity in progress (or completed) owes one report per calendar period from its start to its completion, ' +
      'due the calendar’s dueDays after the period ends; a period counts as reported when a report in force ends within it. Suspended, cancelled and planned activities owe none.',
  })
  async status(@Param('id', IdPipe) id: string, @Query() query: TimeTravelQueryDto, @Res({ passthrough: true }) response: Response) {
    return found(await this.reporting.get(id, travelFrom(query), response.locals.titleLanguage), 'plan', id);
  }
}
