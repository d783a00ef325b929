import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Reminders } from '#application';
import { ReadQueryDto } from '../http/read-query.js';
import { ReminderLogDto } from './reminders.responses.js';

@ApiTags('reminders')
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: Reminders) {}

  @Get()
  @ApiOkResponse({ type: ReminderLogDto })
  @ApiOperation({ summary: 'What was sent (or is pending) to whom and why: the latest 200 reminders, for the secretariat' })
  async log(@Query() _query: ReadQueryDto): Promise<ReminderLogDto> {
    return { items: await this.reminders.log() };
  }
}
