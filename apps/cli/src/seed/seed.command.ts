import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Command, CommandRunner, SubCommand } from 'nest-commander';
import { seedDemo } from './seed-demo.js';

/** `seed demo`: records the worked example; a second run appends nothing. */
@Injectable()
@SubCommand({ name: 'demo', description: 'record the worked example (2011–2014 and 2015–2020 plans, commission, recommendations); safe to re-run' })
export class SeedDemoCommand extends CommandRunner {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  async run(): Promise<void> {
    const started = Date.now();
    const summary = await seedDemo(this.commands);
    const count = (ids: Record<string, string>) => Object.keys(ids).length;
    console.log(
      `demo data recorded in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary.commands} commands (already recorded ones append nothing), ` +
        `${count(summary.organizations)} organisations, ${count(summary.plans)} plans, ${count(summary.activities)} activities, ` +
        `${count(summary.sessions)} commission sessions, ${count(summary.decisions)} decisions, ${count(summary.meetings)} meetings, ${count(summary.recommendations)} recommendations`,
    );
    console.log(`plan TJ-DIASPORA-2015-2020: ${summary.plans['2015']}`);
  }
}

@Injectable()
@Command({ name: 'seed', description: 'load demo data', subCommands: [SeedDemoCommand] })
export class SeedCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
