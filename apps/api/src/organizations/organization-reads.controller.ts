import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { organizationStream } from '#domain';
import { AuditQueries, OrganizationQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { found, ReadQueryDto, recordHistory } from '../http/read-query.js';
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
  list(@Query() query: OrganizationListQueryDto) {
    const { page, pageSize, minPosition: _m, ...filters } = query;
    return this.organizations.list(filters, { page, pageSize });
  }

  @Get(':id')
  @ApiOperation({ summary: 'An organisation: name, acronym, kind, country; ETag is its revision' })
  @ApiNotFoundResponse({ description: 'no such organisation' })
  async get(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return found(await this.organizations.get(id), 'organization', id);
  }

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change to the organisation: who, what, when (recorded and effective) and why' })
  @ApiNotFoundResponse({ description: 'no such organisation' })
  history(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return recordHistory(this.audit, organizationStream(id), 'organization', id);
  }
}
