import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IsIn, IsOptional } from 'class-validator';
import { AuditTrail } from '#application';
import type { TitleLanguage } from '#domain';
import { SessionPackQueries } from '#read-models';
import { IdPipe } from '../../http/id.pipe.js';
import { found, ReadQueryDto } from '../../http/read-query.js';
import { PACK_LABELS } from './pack-labels.js';
import { packHtml } from './pack-html.js';
import { packPdf } from './pack-pdf.js';
import { packDocument } from './session-pack-document.js';
import { fileName } from '../../http/files.js';

export class SessionPackQueryDto extends ReadQueryDto {
  @ApiProperty({ required: false, enum: ['html', 'pdf'], description: 'default html (or pdf when Accept asks for application/pdf first)' })
  @IsOptional() @IsIn(['html', 'pdf'], { message: 'format must be html or pdf' })
  format?: 'html' | 'pdf';
}

@ApiTags('commission')
@Controller('commission/sessions')
export class SessionPackController {
  constructor(
    private readonly packs: SessionPackQueries,
    private readonly trail: AuditTrail,
  ) {}

  @Get(':id/pack')
  @ApiProduces('text/html', 'application/pdf')
  @ApiOkResponse({ description: 'the pack as an HTML page or a PDF', content: { 'text/html': { schema: { type: 'string' } }, 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: 'no such session' })
  @ApiOperation({
    summary: 'The commission’s pack for a session, in the language asked for (lang, Accept-Language): agenda, recommendations to review, decisions due or overdue, progress and funding since the previous session, the audit digest line',
    description:
      'Figures are as the records stood on the session’s date (today while it is ahead), by business date. Decisions: open ones due ' +
      'within 30 days after that date, or overdue. Progress by objective of the plans running on that date: activities started, ' +
      'completed and cancelled since the previous session, and delayed (past their planned end) on that date. Funding: committed and ' +
      'disbursed since the previous session, per currency. The audit line is the digest of the whole log when the pack is made.',
  })
  async pack(@Param('id', IdPipe) id: string, @Query() query: SessionPackQueryDto, @Res({ passthrough: true }) response: Response) {
    const language: TitleLanguage = response.locals.titleLanguage ?? 'en';
    const pack = found(await this.packs.get(id, language, new Date().toISOString().slice(0, 10)), 'commission session', id);
    const document = packDocument(pack, await this.trail.digest(), PACK_LABELS[language]);
    const format = query.format ?? (response.req.accepts(['text/html', 'application/pdf']) === 'application/pdf' ? 'pdf' : 'html');
    const name = `session-${fileName(pack.session.number)}-pack-${language}`;
    if (format === 'pdf') return new StreamableFile(await packPdf(document, language), { type: 'application/pdf', disposition: `inline; filename="${name}.pdf"` });
    response.type('text/html; charset=utf-8');
    response.setHeader('Content-Disposition', `inline; filename="${name}.html"`);
    return packHtml(document, language);
  }
}
