import { Controller, ForbiddenException, Get, Param, Query, Req } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { STREAM_PREFIX } from '#domain';
import { AuditQueries, dashboardForDonor, DashboardQueries } from '#read-models';
import type { AuthenticatedRequest } from '../auth/access.guard.js';
import { IdPipe } from '../http/id.pipe.js';
import { missingAt } from '../http/read-query.js';
import { TimeTravelQueryDto, travelFrom } from '../http/time-travel-query.dto.js';
import { DashboardDto } from './dashboard.responses.js';

@ApiTags('plans')
@Controller('plans')
export class PlanDashboardController {
  constructor(
    private readonly dashboards: DashboardQueries,
    private readonly audit: AuditQueries,
  ) {}

  @Get(':id/dashboard')
  @ApiOkResponse({ type: DashboardDto })
  @ApiOperation({
    summary: 'Implementation status of a plan: by status, objective, agency, province, donor and currency; decisions and recommendations',
    description: 'A donor sees committed and disbursed figures of its own funding only, and may not use knownAt.',
  })
  @ApiNotFoundResponse({ description: 'no such plan; NOT_YET_RECORDED (with firstRecordedAt): the plan was first recorded after knownAt; NOT_YET_IN_EFFECT (with firstEffectiveOn): nothing of it had taken effect by asOf' })
  @ApiForbiddenResponse({ description: 'KNOWN_AT_NOT_FOR_DONORS: a donor asked for knownAt' })
  async dashboard(@Param('id', IdPipe) id: string, @Query() query: TimeTravelQueryDto, @Req() request: AuthenticatedRequest) {
    const donor = request.actor?.role === 'donor' ? request.actor : undefined;
    // Comparing what was recorded before and after another donor's commitment would isolate it.
    if (donor && query.knownAt !== undefined) {
      throw new ForbiddenException({ code: 'KNOWN_AT_NOT_FOR_DONORS', message: 'knownAt is not offered to donor tokens; asOf is' });
    }
    const travel = travelFrom(query);
    const dashboard = await this.dashboards.get(id, travel);
    if (!dashboard) throw await missingAt(this.audit, `${STREAM_PREFIX.plan}${id}`, 'plan', id, travel);
    // A donor token without an organisation funds nothing it may see.
    return donor ? dashboardForDonor(dashboard, donor.organizationId ?? '') : dashboard;
  }
}
