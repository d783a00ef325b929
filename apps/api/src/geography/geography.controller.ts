import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { GAZETTEER } from '#domain';
import { ReadQueryDto } from '../http/read-query.js';
import { GeographyDto } from './geography.responses.js';

@ApiTags('geography')
@Controller('geography')
export class GeographyController {
  @Get()
  @ApiOkResponse({ type: GeographyDto })
  @ApiOperation({ summary: 'The gazetteer locations are checked against: countries, their first-level areas (ISO 3166-2) and known districts, named in en, ru and tg/ky' })
  gazetteer(@Query() _query: ReadQueryDto): GeographyDto {
    return { countries: GAZETTEER.map((c) => ({ ...c, areas: c.areas.map((a) => ({ ...a })) })) };
  }
}
