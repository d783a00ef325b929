import { Controller, Get, Param, Post, Query, Req, Res, StreamableFile, UnsupportedMediaTypeException } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiProperty,
  ApiTags,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import { ImportReferenceQueries } from '#read-models';
import { importTemplate } from './import-template.js';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { Request, Response } from 'express';
import type { CommandEnvelope } from '#application';
import { Envelope } from '../../http/envelope.decorator.js';
import { IdPipe } from '../../http/id.pipe.js';
import { ReadQueryDto } from '../../http/read-query.js';
import { toBoolean } from '../../http/list-query.dto.js';
import { WriteEndpoint } from '../../http/write-endpoint.decorator.js';
import { ActivityImportService } from './activity-import.service.js';
import { ActivityImportDto } from './activity-import.responses.js';
import { charsetOf } from './csv-text.js';
import { CSV, fileName, XLSX } from '../../http/files.js';
import { found } from '../../http/read-query.js';

export class ActivityImportQueryDto {
  @ApiProperty({ required: false, default: false, description: 'true: check every row and answer what would be recorded, recording nothing' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

@ApiTags('activities')
@Controller('plans')
export class ActivityImportController {
  constructor(
    private readonly imports: ActivityImportService,
    private readonly references: ImportReferenceQueries,
  ) {}

  @Get(':id/activities/import-template')
  @ApiProduces(XLSX)
  @ApiOperation({
    summary: "The workbook to fill for an import: the Activities sheet's columns with a note on each, the plan's objectives and the registered organisations",
  })
  @ApiOkResponse({ description: 'the workbook, as an attachment', content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such plan' })
  async template(@Param('id', IdPipe) planId: string, @Query() _query: ReadQueryDto) {
    const references = found(await this.references.of(planId), 'plan', planId);
    return new StreamableFile(await importTemplate(references), {
      type: XLSX,
      disposition: `attachment; filename="${fileName(references.plan.code)}-activities.xlsx"`,
    });
  }

  @Post(':id/activities/import')
  @WriteEndpoint(
    'Plan the activities of a spreadsheet (CSV or .xlsx, one activity a row, the columns of GET /plans/{id}/activities/import-template): every row is checked first and every problem answered by row and column (`rows[5].planned_end`); nothing is recorded unless every row can be. Send it again with the same Idempotency-Key to complete an import that stopped',
    { creates: true, pins: 'the plan', answers: { type: ActivityImportDto, description: 'the activities recorded (or, on a dry run, that would be), by row' } },
  )
  @ApiConsumes(CSV, XLSX)
  @ApiBody({
    required: true,
    schema: { type: 'string', format: 'binary' },
    description:
      'the file itself as the body, up to 2 MB and 1,000 rows; a CSV in UTF-8 unless the Content-Type names its charset (text/csv; charset=windows-1251)',
  })
  @ApiOkResponse({ description: 'dryRun=true: what would be recorded, by row', type: ActivityImportDto })
  @ApiUnsupportedMediaTypeResponse({ description: 'UNSUPPORTED_MEDIA_TYPE: the body is neither text/csv nor an .xlsx workbook' })
  import(
    @Param('id', IdPipe) planId: string,
    @Query() query: ActivityImportQueryDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @Envelope() envelope: CommandEnvelope,
  ): Promise<ActivityImportDto> {
    // A dry run creates nothing: 200, not 201.
    if (query.dryRun) response.status(200);
    const type = request.is([CSV, XLSX]);
    if (!type || !Buffer.isBuffer(request.body))
      throw new UnsupportedMediaTypeException({ code: 'UNSUPPORTED_MEDIA_TYPE', message: `send the file as the body, with Content-Type ${CSV} or ${XLSX}` });
    return this.imports.import(planId, request.body, { type, charset: charsetOf(request.headers['content-type']) }, envelope, query.dryRun ?? false);
  }
}
