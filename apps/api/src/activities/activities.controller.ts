import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { activityStream, type Titles } from '#domain';
import { ChangeActivityCommand, PlanActivityCommand, RecodeActivityCommand, type ActivityChange, type CommandEnvelope } from '#application';
import { ActivityQueries, AuditQueries, historyAt, parseActivitySort } from '#read-models';
import { Envelope } from '../http/envelope.decorator.js';
import { ApiHistoryResponse } from '../http/history.responses.js';
import { IdPipe } from '../http/id.pipe.js';
import { missingAt } from '../http/read-query.js';
import { withTitles, withTranslations } from '../http/titles.js';
import { travelFrom } from '../http/time-travel-query.dto.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import {
  ActivityListQueryDto,
  ActivityReadQueryDto,
  CommitFundsDto,
  CompleteActivityDto,
  DefineIndicatorDto,
  DisburseFundsDto,
  PlanActivityDto,
  SuspendOrCancelActivityDto,
  ReportProgressDto,
  RescheduleActivityDto,
  ResumeActivityDto,
  StartActivityDto,
} from './activities.dto.js';
import { withTargets } from '../results/indicator-fields.dto.js';
import { AmendActivityDto, CorrectionReasonDto, RecodeActivityDto, RetireIndicatorDto, ReviseIndicatorDto, WithdrawProgressDto } from './activity-corrections.dto.js';
import { RevisionPipe } from '../http/revision.pipe.js';
import { ReopenReportDto, ReportPeriodDto, ReturnReportDto } from './report-approval.dto.js';
import { ApiPagedResponse, IndicatorDefinedDto } from '../http/responses.js';
import { ActivityDto } from './activity.responses.js';

@ApiTags('activities')
@Controller('activities')
export class ActivitiesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly activities: ActivityQueries,
    private readonly audit: AuditQueries,
  ) {}

  @Post()
  @WriteEndpoint('Plan an activity under an objective of a plan', { creates: true })
  plan(@Body() body: PlanActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new PlanActivityCommand(withTitles(body) as PlanActivityDto & { titles: Titles }, envelope));
  }

  @Post(':id/indicators')
  @WriteEndpoint('Define an indicator (name, type, unit, baseline, targets per year or period, direction, disaggregations, roll-up); answers its indicatorId', { creates: true, answer: IndicatorDefinedDto })
  defineIndicator(@Param('id', IdPipe) id: string, @Body() body: DefineIndicatorDto, @Envelope() envelope: CommandEnvelope) {
    const indicator = withTargets(withTranslations(body, 'name', 'names') as DefineIndicatorDto & { names: Titles });
    return this.change(id, { type: 'DefineIndicator', body: indicator }, envelope);
  }

  /** Corrections are commands on the record, like every other write here (POST /:id/<verb>), not patches of a document. */
  @Post(':id/amend')
  @WriteEndpoint('Correction: amend titles, description, objective, agencies, locations, tags or budget, with a reason; the history shows each field before and after')
  amend(@Param('id', IdPipe) id: string, @Body() body: AmendActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'AmendActivity', body: withTitles(body) }, envelope);
  }

  @Post(':id/recode')
  @WriteEndpoint('Correction of the code, in any status, with a reason; the code’s reservation in the plan moves (409 DUPLICATE_CODE) and the IATI export names the former identifier')
  recode(@Param('id', IdPipe) id: string, @Body() body: RecodeActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RecodeActivityCommand(id, body, envelope));
  }

  @Post(':id/indicators/:indicator/revise')
  @WriteEndpoint('Correction: revise any field of an indicator’s definition, with a reason')
  reviseIndicator(@Param('id', IdPipe) id: string, @Param('indicator', IdPipe) indicatorId: string, @Body() body: ReviseIndicatorDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ReviseIndicator', indicatorId, body: withTargets(withTranslations(body, 'name', 'names')) }, envelope);
  }

  @Post(':id/indicators/:indicator/retire')
  @WriteEndpoint('Retire an indicator, with a reason: no longer tracked, its values kept')
  retireIndicator(@Param('id', IdPipe) id: string, @Param('indicator', IdPipe) indicatorId: string, @Body() body: RetireIndicatorDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'RetireIndicator', indicatorId, body }, envelope);
  }

  @Post(':id/start')
  @WriteEndpoint('Record that the activity started')
  start(@Param('id', IdPipe) id: string, @Body() body: StartActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'StartActivity', body }, envelope);
  }

  @Post(':id/progress-reports')
  @WriteEndpoint('Report progress for a period: percent complete, indicator values, evidence; a period already reported is replaced (a correction: reason required)', { creates: true })
  reportProgress(@Param('id', IdPipe) id: string, @Body() body: ReportProgressDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ReportActivityProgress', body }, envelope);
  }

  @Post(':id/progress-reports/submit')
  @WriteEndpoint('On a plan with approval: submit the draft (or the returned or reopened report) of a period, as it stands, for the secretariat to approve')
  submitReport(@Param('id', IdPipe) id: string, @Body() body: ReportPeriodDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'SubmitProgressReport', body }, envelope);
  }

  @Post(':id/progress-reports/approve')
  @WriteEndpoint('Approve a submitted report (not one’s own submission): its figures count from now on, and it is locked until reopened')
  approveReport(@Param('id', IdPipe) id: string, @Body() body: ReportPeriodDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ApproveProgressReport', body }, envelope);
  }

  @Post(':id/progress-reports/return')
  @WriteEndpoint('Return a submitted report to the agency, with a comment saying what to correct')
  returnReport(@Param('id', IdPipe) id: string, @Body() body: ReturnReportDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ReturnProgressReport', body }, envelope);
  }

  @Post(':id/progress-reports/reopen')
  @WriteEndpoint('Reopen an approved report, with a reason, so that the agency can correct it; its approved figures count until the correction is approved')
  reopenReport(@Param('id', IdPipe) id: string, @Body() body: ReopenReportDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ReopenProgressReport', body }, envelope);
  }

  @Post(':id/progress-reports/withdraw')
  @WriteEndpoint('Correction: withdraw the report of a period (periodStart..periodEnd), with a reason')
  withdrawProgress(@Param('id', IdPipe) id: string, @Body() body: WithdrawProgressDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'WithdrawProgressReport', body }, envelope);
  }

  @Post(':id/funding-commitments')
  @WriteEndpoint('Record a donor’s funding commitment', { creates: true })
  commitFunds(@Param('id', IdPipe) id: string, @Body() body: CommitFundsDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'CommitFunds', body }, envelope);
  }

  @Post(':id/disbursements')
  @WriteEndpoint('Record a disbursement; never more than that donor committed in that currency', { creates: true })
  disburse(@Param('id', IdPipe) id: string, @Body() body: DisburseFundsDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'DisburseFunds', body }, envelope);
  }

  @Post(':id/funding-commitments/:revision/reverse')
  @WriteEndpoint('Correction: reverse the commitment recorded at that revision (a compensating entry), with a reason; refused if disbursements would exceed commitments')
  reverseCommitment(@Param('id', IdPipe) id: string, @Param('revision', RevisionPipe) entryRevision: number, @Body() body: CorrectionReasonDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ReverseFunding', body: { ...body, kind: 'commitment', entryRevision } }, envelope);
  }

  @Post(':id/disbursements/:revision/reverse')
  @WriteEndpoint('Correction: reverse the disbursement recorded at that revision (a compensating entry), with a reason')
  reverseDisbursement(@Param('id', IdPipe) id: string, @Param('revision', RevisionPipe) entryRevision: number, @Body() body: CorrectionReasonDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ReverseFunding', body: { ...body, kind: 'disbursement', entryRevision } }, envelope);
  }

  @Post(':id/reschedule')
  @WriteEndpoint('Move the planned end, with a reason')
  reschedule(@Param('id', IdPipe) id: string, @Body() body: RescheduleActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'RescheduleActivity', body }, envelope);
  }

  @Post(':id/complete')
  @WriteEndpoint('Record completion')
  complete(@Param('id', IdPipe) id: string, @Body() body: CompleteActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'CompleteActivity', body }, envelope);
  }

  @Post(':id/suspend')
  @WriteEndpoint('Suspend, with a reason')
  suspend(@Param('id', IdPipe) id: string, @Body() body: SuspendOrCancelActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'SuspendActivity', body }, envelope);
  }

  @Post(':id/resume')
  @WriteEndpoint('Resume a suspended activity')
  resume(@Param('id', IdPipe) id: string, @Body() body: ResumeActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'ResumeActivity', body }, envelope);
  }

  @Post(':id/cancel')
  @WriteEndpoint('Cancel, with a reason')
  cancel(@Param('id', IdPipe) id: string, @Body() body: SuspendOrCancelActivityDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'CancelActivity', body }, envelope);
  }

  @Get()
  @ApiPagedResponse(ActivityDto)
  @ApiOperation({ summary: 'Activities filtered by plan, status, agency, province, donor, code and overdue (judged today, or on asOf), searched by code or title; paged, ordered by code or by `sort`; asOf / knownAt for time travel' })
  list(@Query() query: ActivityListQueryDto) {
    const { page, pageSize, minPosition: _m, asOf, knownAt, sort, ...filters } = query;
    return this.activities.list(filters, { page, pageSize }, travelFrom({ asOf, knownAt }), sort ? parseActivitySort(sort) : undefined);
  }

  @Get(':id')
  @ApiOkResponse({ type: ActivityDto })
  @ApiOperation({ summary: 'An activity: status, progress, overdue, indicators, funding; asOf / knownAt for time travel' })
  @ApiNotFoundResponse({ description: 'no such activity; NOT_YET_RECORDED (with firstRecordedAt): first recorded after knownAt; NOT_YET_IN_EFFECT (with firstEffectiveOn): nothing of it had taken effect by asOf' })
  async get(@Param('id', IdPipe) id: string, @Query() query: ActivityReadQueryDto) {
    const travel = travelFrom(query);
    const activity = await this.activities.get(id, travel);
    if (!activity) throw await missingAt(this.audit, activityStream(id), 'activity', id, travel);
    return activity;
  }

  @Get(':id/history')
  @ApiHistoryResponse()
  @ApiOperation({ summary: 'Every change to the activity: who, what, when (recorded and effective) and why; with knownAt, what was recorded by then; with asOf, what had taken effect by that date' })
  async history(@Param('id', IdPipe) id: string, @Query() query: ActivityReadQueryDto) {
    const travel = travelFrom(query);
    const entries = historyAt(await this.audit.history(activityStream(id)), travel);
    if (entries.length === 0) throw await missingAt(this.audit, activityStream(id), 'activity', id, travel);
    return { id, items: entries };
  }

  private change(id: string, change: ActivityChange, envelope: CommandEnvelope) {
    return this.commands.execute(new ChangeActivityCommand(id, change, envelope));
  }
}
