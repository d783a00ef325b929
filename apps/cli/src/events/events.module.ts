import { Module } from '@nestjs/common';
import { CopyToEsdbCommand, EventsCommand } from './events.command.js';

/** `events copy-to-esdb`: the migration from the Postgres event store to EventStoreDB. */
@Module({ providers: [EventsCommand, CopyToEsdbCommand] })
export class EventsModule {}
