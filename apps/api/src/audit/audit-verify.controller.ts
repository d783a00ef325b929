import { Controller, ForbiddenException, Get, Query, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { AuditTrail } from '#application';
import type { AuthenticatedRequest } from '../auth/access.guard.js';
import { toBoolean } from '../http/list-query.dto.js';
import { ReadQueryDto } from '../http/read-query.js';
import { AuditVerificationDto } from './audit.responses.js';

/** Who may ask for a full run over HTTP (it reads the whole log): not the secretariat, whose writes it audits. */
const FULL_RUN_ROLES = new Set(['admin', 'commission']);

export class AuditVerifyQueryDto extends ReadQueryDto {
  @ApiProperty({ required: false, description: 'true: read every event again (admin, commission); default: only events appended since the last check' })
  @IsOptional() @Transform(toBoolean) @IsBoolean({ message: 'full must be true or false' })
  full?: boolean;
}

@ApiTags('audit')
@Controller('audit')
export class AuditVerifyController {
  constructor(private readonly trail: AuditTrail) {}

  @Get('verify')
  @ApiOperation({
    summary: 'Checks the hash chain of every stream, from the event store itself',
    description:
      'Checks, per stream, that revisions run from 0 without gaps, that each prevHash is the previous event’s hash (the genesis ' +
      'hash at revision 0), that each hash recomputes under the event’s chain version, and that stored numbers are canonical. ' +
      'Failures name the stream, the revision and a reason: hash_mismatch, broken_chain, missing_revision, duplicate_revision, ' +
      'missing_hash, non_canonical_number, unknown_chain_version, chain_version_downgrade. Incremental: reads only the events ' +
      'appended since this process last verified, and answers for the whole log from what it remembers; `full=true` reads ' +
      'everything again. Also answers the digest over all stream heads (as `npm run cli -- audit digest` prints it) and its position.',
  })
  @ApiOkResponse({ type: AuditVerificationDto })
  async verify(@Query() query: AuditVerifyQueryDto, @Req() request: AuthenticatedRequest) {
    if (query.full && !FULL_RUN_ROLES.has(request.actor?.role ?? '')) {
      throw new ForbiddenException({ code: 'FORBIDDEN', message: 'a full verification run is for admin and commission tokens; the incremental check is up to date' });
    }
    const { ok, mode, streamsChecked, eventsChecked, newEventsChecked, failures, failureCount, digest, position } = await this.trail.verifyAndDigest({ full: query.full });
    return { ok, mode, streamsChecked, eventsChecked, newEventsChecked, failures, failureCount, digest, position };
  }
}
