import { Controller, ForbiddenException, Get, NotFoundException, Param, Query, Req, Res } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IndicatorTableQueries, type IndicatorTable } from '#read-models';
import type { AuthenticatedRequest } from '../auth/access.guard.js';
import { IdPipe } from '../http/id.pipe.js';
import { ApiTextResponse } from '../http/responses.js';
import { travelFrom } from '../http/time-travel-query.dto.js';
import { indicatorTableCsv } from './indicator-table-csv.js';
import { IndicatorTableQueryDto } from './plan-results.dto.js';
import { IndicatorTableDto } from './results.responses.js';

const DONOR_RULE = 'A donor sees the objectives’ indicators and those of the activities it funds, and may not use knownAt (as on the dashboard).';

/** The indicator tracking table (issue 12): per indicator and period, target, actual and percent of target. */
@ApiTags('plans')
@Controller('plans')
export class IndicatorTableController {
  constructor(private readonly tables: IndicatorTableQueries) {}

  @Get(':id/indicators')
  @ApiOkResponse({ type: IndicatorTableDto })
  @ApiOperation({
    summary: 'The indicator tracking table: per indicator and period (year or reporting period) target, actual, percent of target and values per category, at objective (rolled up) and activity level; asOf / knownAt for time travel',
    description: DONOR_RULE,
  })
  @ApiNotFoundResponse({ description: 'no such plan (at that time)' })
  @ApiForbiddenResponse({ description: 'KNOWN_AT_NOT_FOR_DONORS: a donor asked for knownAt' })
  table(@Param('id', IdPipe) id: string, @Query() query: IndicatorTableQueryDto, @Req() request: AuthenticatedRequest) {
    return this.load(id, query, request);
  }

  @Get(':id/indicators.csv')
  @ApiProduces('text/csv')
  @ApiTextResponse('text/csv', 'one row per indicator and period, then one per category reported; a header row')
  @ApiOperation({ summary: 'The indicator tracking table as CSV; the same filters and time travel', description: DONOR_RULE })
  async csv(@Param('id', IdPipe) id: string, @Query() query: IndicatorTableQueryDto, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    const csv = indicatorTableCsv(await this.load(id, query, request));
    response.type('text/csv; charset=utf-8');
    return csv;
  }

  private async load(id: string, query: IndicatorTableQueryDto, { actor }: AuthenticatedRequest): Promise<IndicatorTable> {
    const donor = actor?.role === 'donor' ? actor : undefined;
    // Comparing what was recorded before and after another donor's report would isolate it.
    if (donor && query.knownAt !== undefined) throw new ForbiddenException({ code: 'KNOWN_AT_NOT_FOR_DONORS', message: 'knownAt is not offered to donor tokens; asOf is' });
    const { level, objectiveId, activityId } = query;
    // A donor token without an organisation funds nothing it may see.
    const table = await this.tables.get(id, travelFrom(query), { level, objectiveId, activityId, ...(donor ? { donorId: donor.organizationId ?? '' } : {}) });
    if (!table) throw new NotFoundException({ code: 'NOT_FOUND', message: `plan ${id} does not exist` });
    return table;
  }
}
