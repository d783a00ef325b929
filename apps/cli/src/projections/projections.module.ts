import { Module } from '@nestjs/common';
import { ProjectionsCommand, ProjectionStatusCommand, RebuildProjectionsCommand } from './projections.command.js';

@Module({ providers: [ProjectionsCommand, RebuildProjectionsCommand, ProjectionStatusCommand] })
export class ProjectionsModule {}
