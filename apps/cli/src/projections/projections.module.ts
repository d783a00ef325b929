import { Module } from '@nestjs/common';
import { ParkedEventsCommand, RetryParkedEventsCommand } from './dead-letters.command.js';
import { ProjectionsCommand, ProjectionStatusCommand, RebuildProjectionsCommand } from './projections.command.js';

@Module({ providers: [ProjectionsCommand, RebuildProjectionsCommand, ProjectionStatusCommand, ParkedEventsCommand, RetryParkedEventsCommand] })
export class ProjectionsModule {}
