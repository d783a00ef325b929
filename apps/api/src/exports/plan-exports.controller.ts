import { Controller, Get, Inject, Logger, NotFoundException, Param, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiTextResponse } from '../http/responses.js';
import { APP_CONFIG, type AppConfig } from '#platform';
import { PlanExportQueries, type PlanExportOptions } from '#read-models';
import type { AuthenticatedRequest } from '../auth/access.guard.js';
import { IdPipe } from '../http/id.pipe.js';
import { ReadQueryDto } from '../http/read-query.js';
import { hasRegistrationAgencyPrefix } from './iati/registration-agencies.js';
import type { ReportingOrg } from './iati/iati-reporting-org.js';
import { planCsv } from './plan-csv.js';
import { planIati } from './plan-iati.js';
import { planXlsx } from './plan-xlsx.js';
import { fileName, XLSX } from '../http/files.js';

/** Roles that read the audit trail (GET /audit): only their workbook has the Audit sheet. */
const AUDIT_READERS = new Set(['admin', 'secretariat', 'commission']);

/**
 * The content type is set on success only, in the handler: an error (404, 403) stays the JSON the
 * problem filter writes, labelled application/json.
 */
@ApiTags('plans')
@Controller('plans')
export class PlanExportsController {
  private readonly logger = new Logger('IATI');
  private warnedOfPrefix = false;

  constructor(
    private readonly exports: PlanExportQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':id/export.csv')
  @ApiProduces('text/csv')
  @ApiTextResponse('text/csv', 'one row per activity, with a header row')
  @ApiOperation({ summary: 'The plan’s activities as CSV: status, progress, overdue, places, budget, funding by donor, indicators; a donor gets what it funds' })
  async csv(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    const found = await this.load(id, optionsFor(request, false));
    // Named for the plan: two plans' files saved side by side must not both be export.csv.
    response.attachment(`${fileName(found.plan.code)}.csv`).type('text/csv; charset=utf-8');
    return planCsv(found);
  }

  @Get(':id/export.xlsx')
  @ApiProduces(XLSX)
  @ApiOkResponse({ description: 'the workbook, as an attachment', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'The plan as a workbook: Activities, Indicators (tracking table), Funding and, for admin, secretariat and commission, the Audit trail; a donor gets what it funds' })
  async xlsx(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto, @Req() request: AuthenticatedRequest) {
    const found = await this.load(id, optionsFor(request, true));
    return new StreamableFile(await planXlsx(found), { type: XLSX, disposition: `attachment; filename="${fileName(found.plan.code)}.xlsx"` });
  }

  @Get(':id/iati.xml')
  @ApiProduces('application/xml')
  @ApiTextResponse('application/xml', 'an iati-activities document')
  @ApiOperation({ summary: 'The plan’s activities in the IATI 2.03 activity standard (budgets per year, transactions, results, documents); a donor gets what it funds' })
  async iati(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto, @Req() request: AuthenticatedRequest, @Res({ passthrough: true }) response: Response) {
    const found = await this.load(id, optionsFor(request, false));
    const xml = planIati(found, this.reportingOrg(), new Date());
    const warning = this.prefixWarning();
    if (warning) response.setHeader('Warning', `199 - "${warning}"`);
    response.attachment(`${fileName(found.plan.code)}-iati.xml`).type('application/xml; charset=utf-8');
    return xml;
  }

  private reportingOrg(): ReportingOrg {
    return { ref: this.config.IATI_REPORTING_ORG_REF, name: this.config.IATI_REPORTING_ORG_NAME, type: this.config.IATI_REPORTING_ORG_TYPE };
  }

  /** IATI Validator rule 1.14.8: a warning on every answer, logged once per process. */
  private prefixWarning(): string | undefined {
    const ref = this.config.IATI_REPORTING_ORG_REF;
    if (hasRegistrationAgencyPrefix(ref)) return undefined;
    const warning = `IATI_REPORTING_ORG_REF ${ref} does not start with a registration agency prefix (such as XM-DAC- or XI-IATI-); the IATI Validator will warn`;
    if (!this.warnedOfPrefix) this.logger.warn(warning);
    this.warnedOfPrefix = true;
    return warning;
  }

  private async load(id: string, options: PlanExportOptions) {
    const found = await this.exports.get(id, options);
    if (!found) throw new NotFoundException({ code: 'NOT_FOUND', message: `plan ${id} does not exist` });
    return found;
  }
}

/** A donor gets only what it funds; the audit trail (when the export has room for it) only for those who read it. */
function optionsFor({ actor }: AuthenticatedRequest, audit: boolean): PlanExportOptions {
  if (actor?.role === 'donor') return { donorId: actor.organizationId ?? 'none' };
  return { withAudit: audit && actor !== undefined && AUDIT_READERS.has(actor.role) };
}
