import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { organizationStream } from '#domain';
import { AuditQueries, OrganizationQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { ApiHistoryResponse } from '../http/history.responses.js';
import { found, ReadQueryDto, recordHistory } from '../http/read-query.js';
import { ApiPagedResponse } from '../http/responses.js';
import { OrganizationDto } from './organization.responses.js';
import { OrganizationListQueryDto } from './organization-reads.dto.js';

@ApiTags('organizations')
@Controller('organizations')
export class OrganizationReadsController {
  constructor(
    private readonly organizations: OrganizationQueries,
    private readonly audit: AuditQueries,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Organisations filtered by kind and country, searched by name or acronym; paged, ordered by name' })
  @ApiPagedResponse(OrganizationDto)
  list(@Query() query: OrganizationListQueryDto) {
    const { page, pageSize, minPosition: _m, ...filters } = query;
    return this.organizations.list(filters, { page, pageSize });
  }

  @Get(':id')
  @ApiOperation({ summary: 'An organisation: name, acronym, kind, country; ETag is its revision' })
  @ApiOkResponse({ type: OrganizationDto })
  @ApiNotFoundResponse({ description: 'no such organisation' })
  async get(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return found(await this.organizations.get(id), 'organization', id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change to the organisation: who, what, when (recorded and effective) and why' })
  @ApiHistoryResponse()
  @ApiNotFoundResponse({ description: 'no such organisation' })
  history(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return recordHistory(this.audit, organizationStream(id), 'organization', id);
  }
}
