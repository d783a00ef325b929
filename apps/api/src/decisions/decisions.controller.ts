import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ChangeDecisionCommand, RecordDecisionCommand, RenumberDecisionCommand, type CommandEnvelope, type DecisionChange } from '#application';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { withTitles } from '../http/titles.js';
import type { Titles } from '#domain';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import { DecisionFollowUpDto, DecisionImplementedDto, RecordDecisionDto, RevokeDecisionDto } from './decisions.dto.js';
import { AmendDecisionDto, RenumberDecisionDto } from './decision-corrections.dto.js';

@ApiTags('decisions')
@Controller('decisions')
export class DecisionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @WriteEndpoint('Record a decision taken at a held commission session', { creates: true })
  record(@Body() body: RecordDecisionDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RecordDecisionCommand(withTitles(body) as RecordDecisionDto & { titles: Titles }, envelope));
  }

  @Post(':id/follow-ups')
  @WriteEndpoint('Add a follow-up note to an open decision', { creates: true })
  followUp(@Param('id', IdPipe) id: string, @Body() body: DecisionFollowUpDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'AddDecisionFollowUp', body }, envelope);
  }

  @Post(':id/implemented')
  @WriteEndpoint('Record that an open decision was implemented')
  implemented(@Param('id', IdPipe) id: string, @Body() body: DecisionImplementedDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'MarkDecisionImplemented', body }, envelope);
  }

  @Post(':id/revoke')
  @WriteEndpoint('Revoke an open decision, with a reason')
  revoke(@Param('id', IdPipe) id: string, @Body() body: RevokeDecisionDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'RevokeDecision', body }, envelope);
  }

  @Post(':id/amend')
  @WriteEndpoint('Correction: amend the title, text, due date or responsible agencies, with a reason')
  amend(@Param('id', IdPipe) id: string, @Body() body: AmendDecisionDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'AmendDecision', body: withTitles(body) }, envelope);
  }

  @Post(':id/renumber')
  @WriteEndpoint('Correction of the number, in any status, with a reason; the number’s reservation moves (409 DUPLICATE_CODE)')
  renumber(@Param('id', IdPipe) id: string, @Body() body: RenumberDecisionDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RenumberDecisionCommand(id, body, envelope));
  }

  private change(id: string, change: DecisionChange, envelope: CommandEnvelope) {
    return this.commands.execute(new ChangeDecisionCommand(id, change, envelope));
  }
}
