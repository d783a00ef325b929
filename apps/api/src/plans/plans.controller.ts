import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AddObjectiveCommand, AdoptPlanCommand, ClosePlanCommand, CorrectPlanCommand, DraftPlanCommand, RecodePlanCommand, RevisePlanCommand, SetReportingCalendarCommand, type CommandEnvelope } from '#application';
import { SetReportingCalendarDto } from './reporting-calendar.dto.js';
import { PlanQueries, type ObjectiveNode } from '#read-models';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { withTitles } from '../http/titles.js';
import type { Titles } from '#domain';
import { ObjectiveAddedDto } from '../http/responses.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import { AddObjectiveDto, AdoptPlanDto, ClosePlanDto, DraftPlanDto, RevisePlanDto } from './plans.dto.js';
import { AmendObjectiveDto, AmendPlanDto, RecodePlanDto, RemoveObjectiveDto } from './plan-corrections.dto.js';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(
    private readonly commands: CommandBus,
    private readonly plans: PlanQueries,
  ) {}

  @Post(':id/amend')
  @WriteEndpoint('Correction: amend the titles or the coordinating body, with a reason (revise changes the plan itself, effective on a date)')
  amend(@Param('id', IdPipe) id: string, @Body() body: AmendPlanDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new CorrectPlanCommand(id, { type: 'AmendPlan', body }, envelope));
  }

  @Post(':id/recode')
  @WriteEndpoint('Correction of the code, in any status, with a reason; the code’s reservation moves (409 DUPLICATE_CODE) and the IATI export names the former identifiers')
  recode(@Param('id', IdPipe) id: string, @Body() body: RecodePlanDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RecodePlanCommand(id, body, envelope));
  }

  @Post(':id/objectives/:objective/amend')
  @WriteEndpoint('Correction: amend an objective’s code or title, with a reason')
  amendObjective(@Param('id', IdPipe) id: string, @Param('objective', IdPipe) objectiveId: string, @Body() body: AmendObjectiveDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new CorrectPlanCommand(id, { type: 'AmendObjective', objectiveId, body: withTitles(body) }, envelope));
  }

  /** The activity count comes from the activities read model (what GET /plans/:id shows). */
  @Post(':id/objectives/:objective/remove')
  @WriteEndpoint('Correction: remove an objective entered by mistake, with a reason; refused (409) while activities or sub-objectives hang under it')
  async removeObjective(@Param('id', IdPipe) id: string, @Param('objective', IdPipe) objectiveId: string, @Body() body: RemoveObjectiveDto, @Envelope() envelope: CommandEnvelope) {
    const find = (nodes: ObjectiveNode[]): ObjectiveNode | undefined => nodes.map((n) => (n.objectiveId === objectiveId ? n : find(n.children))).find(Boolean);
    const activityCount = find((await this.plans.get(id))?.objectives ?? [])?.activityCount ?? 0;
    return this.commands.execute(new CorrectPlanCommand(id, { type: 'RemoveObjective', objectiveId, body, activityCount }, envelope));
  }

  @Post()
  @WriteEndpoint('Draft an action plan', { creates: true })
  draft(@Body() body: DraftPlanDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new DraftPlanCommand(body, envelope));
  }

  @Post(':id/objectives')
  @WriteEndpoint('Add an objective (or sub-objective) to a plan; answers its objectiveId', { creates: true, answer: ObjectiveAddedDto })
  addObjective(@Param('id', IdPipe) id: string, @Body() body: AddObjectiveDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new AddObjectiveCommand(id, withTitles(body) as AddObjectiveDto & { titles: Titles }, envelope));
  }

  @Post(':id/adopt')
  @WriteEndpoint('Record the plan’s adoption by a government instrument')
  adopt(@Param('id', IdPipe) id: string, @Body() body: AdoptPlanDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new AdoptPlanCommand(id, body, envelope));
  }

  @Post(':id/revise')
  @WriteEndpoint('Revise the plan (title, period, coordinating body), with a reason')
  revise(@Param('id', IdPipe) id: string, @Body() body: RevisePlanDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RevisePlanCommand(id, body, envelope));
  }

  @Post(':id/reporting-calendar')
  @WriteEndpoint('Set the reporting calendar: quarterly, half-yearly or yearly periods, the days after a period ends that its report is due, whether the secretariat approves; replacing one needs a reason')
  setReportingCalendar(@Param('id', IdPipe) id: string, @Body() body: SetReportingCalendarDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new SetReportingCalendarCommand(id, { ...body, approval: body.approval ?? false }, envelope));
  }

  @Post(':id/close')
  @WriteEndpoint('Close the plan; nothing changes it afterwards')
  close(@Param('id', IdPipe) id: string, @Body() body: ClosePlanDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new ClosePlanCommand(id, body, envelope));
  }
}
