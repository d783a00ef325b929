import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { TimeTravelQueryDto, travelFrom } from '../http/time-travel-query.dto.js';

@ApiTags('plans')
@Controller('plans')
export class PlanDashboardController {
  constructor(private readonly dashboards: DashboardQueries) {}

  @Get(':id/dashboard')
  @ApiOperation({ summary: 'Implementation status of a plan: by status, objective, agency, province, donor and currency; decisions and recommendations' })
  @ApiNotFoundResponse({ description: 'no such plan (at that time)' })
  async dashboard(@Param('id', IdPipe) id: string, @Query() query: TimeTravelQueryDto) {
    const dashboard = await this.dashboards.get(id, travelFrom(query));
    if (!dashboard) throw new NotFoundException({ code: 'NOT_FOUND', message: `plan ${id} does not exist` });
    return dashboard;
  }
}
