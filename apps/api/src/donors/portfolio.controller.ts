import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PortfolioQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { ListQueryDto } from '../http/list-query.dto.js';
import { PortfolioDto } from './portfolio.responses.js';

@ApiTags('donors')
@Controller('donors')
export class PortfolioController {
  constructor(private readonly portfolios: PortfolioQueries) {}

  @Get(':id/portfolio')
  @ApiOkResponse({ type: PortfolioDto })
  @ApiOperation({ summary: 'What a donor funds: its totals per currency and a page of its activities with their status, progress and its own funding' })
  @ApiNotFoundResponse({ description: 'no such organisation' })
  async portfolio(@Param('id', IdPipe) id: string, @Query() query: ListQueryDto) {
    const portfolio = await this.portfolios.get(id, { page: query.page, pageSize: query.pageSize });
    if (!portfolio) throw new NotFoundException({ code: 'NOT_FOUND', message: `organization ${id} does not exist` });
    return portfolio;
  }
}
