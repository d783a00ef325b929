import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { AuditTrail } from '#application';
import { comparePositions } from '#event-store';
import { InvalidInputError } from '../http/api-error.js';
import { ReadQueryDto } from '../http/read-query.js';
import { AuditDigestDto } from './audit.responses.js';

export class AuditDigestQueryDto extends ReadQueryDto {
  @ApiProperty({ required: false, example: '1083:325', description: 'the position written into the minutes with the digest; default: the whole log' })
  @IsOptional() @Matches(/^\d{1,20}(:\d{1,20})*$/, { message: 'at must be a position such as 1083:325' })
  at?: string;

  @ApiProperty({ required: false, description: 'the digest written into the minutes: the answer says whether the log still gives it' })
  @IsOptional() @Matches(/^[0-9a-fA-F]{64}$/, { message: 'digest must be 64 hexadecimal characters' })
  digest?: string;
}

@ApiTags('audit')
@Controller('audit')
export class AuditDigestController {
  constructor(private readonly trail: AuditTrail) {}

  @Get('digest')
  @ApiOperation({
    summary: 'The digest over every stream head, of the log as it was at a position (as written into minutes)',
    description:
      'What `npm run cli -- audit digest --at <position>` prints: one SHA-256 over all stream heads recomputed from their first ' +
      'events, up to `at` (default the whole log). Given the `digest` from earlier minutes, `matches` says whether the log, read ' +
      'again now, still gives it: false means something recorded up to then was changed, removed or re-hashed since.',
  })
  @ApiOkResponse({ type: AuditDigestDto })
  async digest(@Query() query: AuditDigestQueryDto): Promise<AuditDigestDto> {
    // A position the log has not reached gives no digest to write down: the log's would change as it grows.
    const head = await this.trail.headPosition();
    if (query.at !== undefined && comparePositions(query.at, head) > 0) {
      throw new InvalidInputError([{ field: 'at', messages: [`at ${query.at} is past the log's newest event (${head ?? 'none yet'})`] }]);
    }
    const found = await this.trail.digest(query.at);
    return { ...found, ...(query.digest ? { matches: found.digest === query.digest.toLowerCase() } : {}) };
  }
}
