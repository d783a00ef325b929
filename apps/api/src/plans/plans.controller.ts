import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AddObjectiveCommand, AdoptPlanCommand, ClosePlanCommand, DraftPlanCommand, RevisePlanCommand, type CommandEnvelope } from '#application';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import { AddObjectiveDto, AdoptPlanDto, ClosePlanDto, DraftPlanDto, RevisePlanDto } from './plans.dto.js';

@ApiTags('plans')
@Controller('plans')
export class PlansController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @WriteEndpoint('Draft an action plan', { creates: true })
  draft(@Body() body: DraftPlanDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new DraftPlanCommand(body, envelope));
  }

  @Post(':id/objectives')
  @WriteEndpoint('Add an objective (or sub-objective) to a plan; answers its objectiveId', { creates: true })
  addObjective(@Param('id', IdPipe) id: string, @Body() body: AddObjectiveDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new AddObjectiveCommand(id, body, envelope));
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

  @Post(':id/close')
  @WriteEndpoint('Close the plan; nothing changes it afterwards')
  close(@Param('id', IdPipe) id: string, @Body() body: ClosePlanDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new ClosePlanCommand(id, body, envelope));
  }
}
