import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ApiTextResponse } from '../http/responses.js';
import { APP_CONFIG, type AppConfig } from '#platform';
import { PlanExportQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { planCsv } from './plan-csv.js';
import { planIati } from './plan-iati.js';

@ApiTags('plans')
@Controller('plans')
export class PlanExportsController {
  constructor(
    private readonly exports: PlanExportQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/export.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @ApiProduces('text/csv')
  @ApiTextResponse('text/csv', 'one row per activity, with a header row')
  @ApiOperation({ summary: 'The plan’s activities as CSV: status, progress, overdue, places, budget, funding by donor' })
  async csv(@Param('id', IdPipe) id: string) {
    return planCsv(await this.load(id));
  }

  @Get(':id/iati.xml')
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @ApiProduces('application/xml')
  @ApiTextResponse('application/xml', 'an iati-activities document')
  @ApiOperation({ summary: 'The plan’s activities in the IATI 2.03 activity standard, with commitments and disbursements as transactions' })
  async iati(@Param('id', IdPipe) id: string) {
    return planIati(await this.load(id), this.config.IATI_REPORTING_ORG_REF, new Date());
  }

  private async load(id: string) {
    const found = await this.exports.get(id);
    if (!found) throw new NotFoundException({ code: 'NOT_FOUND', message: `plan ${id} does not exist` });
    return found;
  }
}
