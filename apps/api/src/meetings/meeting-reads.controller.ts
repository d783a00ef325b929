import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { MEETING_KINDS, meetingStream } from '#domain';
import { AuditQueries, MeetingQueries } from '#read-models';
import { IdPipe } from '../http/id.pipe.js';
import { ApiHistoryResponse } from '../http/history.responses.js';
import { ListQueryDto } from '../http/list-query.dto.js';
import { found, ReadQueryDto, recordHistory, SearchTextParam } from '../http/read-query.js';
import { ApiPagedResponse } from '../http/responses.js';
import { IsCalendarDate, IsOnOrAfter } from '../http/validators.js';
import { MeetingDetailsDto, MeetingDto } from './meeting.responses.js';

export class MeetingListQueryDto extends ListQueryDto {
  @ApiProperty({ required: false, enum: MEETING_KINDS }) @IsOptional() @IsIn(MEETING_KINDS as readonly string[])
  kind?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'one of its organisers' }) @IsOptional() @IsUUID()
  organizerId?: string;

  @ApiProperty({ required: false, format: 'uuid' }) @IsOptional() @IsUUID()
  planId?: string;

  @ApiProperty({ required: false, description: 'held on or after this day' }) @IsOptional() @IsCalendarDate()
  from?: string;

  @ApiProperty({ required: false, description: 'held on or before this day; not before from' }) @IsOptional() @IsCalendarDate() @IsOnOrAfter('from')
  to?: string;

  @SearchTextParam('its title in any language or its place; accents and case ignored')
  q?: string;
}

@ApiTags('meetings')
@Controller('meetings')
export class MeetingReadsController {
  constructor(
    private readonly meetings: MeetingQueries,
    private readonly audit: AuditQueries,
  ) {}

  @Get()
  @ApiPagedResponse(MeetingDto)
  @ApiOperation({ summary: 'Meetings filtered by kind, organiser, plan and dates, searched by title; paged, ordered by the day held' })
  list(@Query() query: MeetingListQueryDto) {
    const { page, pageSize, minPosition: _m, ...filters } = query;
    return this.meetings.list(filters, { page, pageSize });
  }

  @Get(':id')
  @ApiOkResponse({ type: MeetingDetailsDto })
  @ApiOperation({ summary: 'A meeting with its recommendations and what became of each: status, the deciding decision, linked activities' })
  @ApiNotFoundResponse({ description: 'no such meeting' })
  async get(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return found(await this.meetings.get(id), 'meeting', id);
  }

  @Get(':id/history')
  @ApiHistoryResponse()
  @ApiOperation({ summary: 'Every change to the meeting: who, what, when (recorded and effective) and why' })
  @ApiNotFoundResponse({ description: 'no such meeting, or one known only from old recommendations' })
  history(@Param('id', IdPipe) id: string, @Query() _query: ReadQueryDto) {
    return recordHistory(this.audit, meetingStream(id), 'meeting', id);
  }
}
