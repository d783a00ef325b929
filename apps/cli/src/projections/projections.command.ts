import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Command, CommandRunner, SubCommand } from 'nest-commander';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ALL_PROJECTIONS, allCheckpoints, countDeadLetters, rebuildProjections } from '#read-models';
import { ParkedEventsCommand, RetryParkedEventsCommand } from './dead-letters.command.js';
import { describeDeadLetter } from './projections-output.js';

/** `projections rebuild [name]`: from position zero into fresh tables, swapped in at once. */
@Injectable()
@SubCommand({ name: 'rebuild', arguments: '[name]', description: `rebuild one projection or all (${ALL_PROJECTIONS.map((p) => p.name).join(', ')})` })
export class RebuildProjectionsCommand extends CommandRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  async run([name]: string[]): Promise<void> {
    const projections = name ? ALL_PROJECTIONS.filter((p) => p.name === name) : ALL_PROJECTIONS;
    if (projections.length === 0) throw new Error(`no projection named ${name}; known: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`);
    const report = await rebuildProjections(this.dataSource, this.store, projections, {
      onProgress: (events) => events % 20_000 === 0 && console.log(`… ${events} events`),
    });
    console.log(`rebuilt ${report.projections.join(', ')} from ${report.events} events in ${report.seconds.toFixed(1)} s (${Math.round(report.events / Math.max(report.seconds, 0.001))} events/s, written by ${report.method})${report.inDatabase.length ? `; inside the database, next to the log: ${report.inDatabase.join(', ')}` : ''}`);
    if (report.parked.length === 0) return;
    // Not a failure: the read models are complete but for these events, kept as dead letters.
    console.log(`parked ${report.parked.length} event${report.parked.length > 1 ? 's' : ''} the projections could not take (npm run cli -- projections parked | retry):`);
    for (const parked of report.parked) console.log(`  ${describeDeadLetter(parked)}`);
  }
}

/** `projections status`: each projection's checkpoint next to the head of the event log. */
@Injectable()
@SubCommand({ name: 'status', description: 'checkpoint of each projection (and how many events it parked) and the head of the event log' })
export class ProjectionStatusCommand extends CommandRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  async run(): Promise<void> {
    const checkpoints = await allCheckpoints(this.dataSource);
    const parked = await countDeadLetters(this.dataSource);
    console.log(`head: ${(await this.store.headPosition()) ?? '(empty)'}`);
    for (const p of ALL_PROJECTIONS) console.log(`${p.name}: ${checkpoints.get(p.name) ?? '(not started)'}${parked.get(p.name) ? ` (${parked.get(p.name)} parked)` : ''}`);
  }
}

@Injectable()
@Command({
  name: 'projections',
  description: 'inspect and rebuild the read models; list and retry parked events',
  subCommands: [RebuildProjectionsCommand, ProjectionStatusCommand, ParkedEventsCommand, RetryParkedEventsCommand],
})
export class ProjectionsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
