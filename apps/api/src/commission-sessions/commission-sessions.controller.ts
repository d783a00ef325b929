import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { AmendCommissionSessionCommand, RecordCommissionSessionHeldCommand, RenumberCommissionSessionCommand, ScheduleCommissionSessionCommand, type CommandEnvelope } from '#application';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { agendaTitles } from '../http/titles.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import { RecordSessionHeldDto, ScheduleCommissionSessionDto } from './commission-sessions.dto.js';
import { AmendSessionDto, RenumberSessionDto } from './session-corrections.dto.js';

@ApiTags('commission')
@Controller('commission/sessions')
export class CommissionSessionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @WriteEndpoint('Schedule a session of the inter-ministerial commission', { creates: true })
  schedule(@Body() body: ScheduleCommissionSessionDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new ScheduleCommissionSessionCommand({ ...body, agenda: agendaTitles(body.agenda) }, envelope));
  }

  @Post(':id/held')
  @WriteEndpoint('Record that the session was held, with its attendees and minutes')
  held(@Param('id', IdPipe) id: string, @Body() body: RecordSessionHeldDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RecordCommissionSessionHeldCommand(id, body, envelope));
  }

  @Post(':id/amend')
  @WriteEndpoint('Correction before the session is held: amend its date or agenda, with a reason')
  amend(@Param('id', IdPipe) id: string, @Body() body: AmendSessionDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new AmendCommissionSessionCommand(id, { ...body, agenda: body.agenda && agendaTitles(body.agenda) }, envelope));
  }

  @Post(':id/renumber')
  @WriteEndpoint('Correction of the number, also once the session is held, with a reason; the number’s reservation moves (409 DUPLICATE_CODE)')
  renumber(@Param('id', IdPipe) id: string, @Body() body: RenumberSessionDto, @Envelope() envelope: CommandEnvelope) {
    return this.commands.execute(new RenumberCommissionSessionCommand(id, body, envelope));
  }
}
