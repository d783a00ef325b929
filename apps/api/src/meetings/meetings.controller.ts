import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ChangeMeetingCommand, RecordMeetingCommand, type CommandEnvelope, type MeetingChange } from '#application';
import type { Titles } from '#domain';
import { Envelope } from '../http/envelope.decorator.js';
import { IdPipe } from '../http/id.pipe.js';
import { withTitles } from '../http/titles.js';
import { WriteEndpoint } from '../http/write-endpoint.decorator.js';
import { AddMeetingDocumentDto, AmendMeetingDto, RecordMeetingDto } from './meetings.dto.js';

@ApiTags('meetings')
@Controller('meetings')
export class MeetingsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @WriteEndpoint('Record a meeting held (technical meeting, roundtable, workshop, evaluation): its organisers, participants, place and documents', { creates: true })
  record(@Body() body: RecordMeetingDto, @Envelope() envelope: CommandEnvelope) {
    const { participantIds = [], documents = [], ...rest } = withTitles(body) as Omit<RecordMeetingDto, 'title'> & { titles: Titles };
    return this.commands.execute(new RecordMeetingCommand({ ...rest, participantIds, documents }, envelope));
  }

  @Post(':id/amend')
  @WriteEndpoint('Correction: amend any field of the meeting, with a reason')
  amend(@Param('id', IdPipe) id: string, @Body() body: AmendMeetingDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'AmendMeeting', body: withTitles(body) }, envelope);
  }

  @Post(':id/documents')
  @WriteEndpoint('Add a document published after the meeting (its minutes, a report)')
  addDocument(@Param('id', IdPipe) id: string, @Body() { title, url, effectiveOn }: AddMeetingDocumentDto, @Envelope() envelope: CommandEnvelope) {
    return this.change(id, { type: 'AddMeetingDocument', body: { document: { title, url }, effectiveOn } }, envelope);
  }

  private change(id: string, change: MeetingChange, envelope: CommandEnvelope) {
    return this.commands.execute(new ChangeMeetingCommand(id, change, envelope));
  }
}
