import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditTrail } from '#application';

@ApiTags('audit')
@Controller('audit')
export class AuditVerifyController {
  constructor(private readonly trail: AuditTrail) {}

  @Get('verify')
  @ApiOperation({
    summary: 'Checks the hash chain of every stream, from the event store itself',
    description:
      'Reads every event and checks, per stream, that revisions run from 0 without gaps, that each prevHash is the previous ' +
      'event’s hash (the genesis hash at revision 0) and that each hash recomputes. Failures name the stream, the revision and a ' +
      'reason: hash_mismatch, broken_chain, missing_revision, duplicate_revision, missing_hash. Also answers the digest over all ' +
      'stream heads (as `npm run cli -- audit digest` prints it) and the position it was taken at.',
  })
  @ApiOkResponse({ description: '{ ok, streamsChecked, eventsChecked, failures: [{ stream, revision, reason }], failureCount, digest, position }' })
  async verify() {
    const { ok, streamsChecked, eventsChecked, failures, failureCount, digest, position } = await this.trail.verifyAndDigest();
    return { ok, streamsChecked, eventsChecked, failures, failureCount, digest, position };
  }
}
