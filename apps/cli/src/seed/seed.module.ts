import { Module } from '@nestjs/common';
import { SeedCommand, SeedDemoCommand } from './seed.command.js';

/** The `seed` command group; the command bus comes from the CLI module's CQRS and application modules. */
@Module({ providers: [SeedCommand, SeedDemoCommand] })
export class SeedModule {}
