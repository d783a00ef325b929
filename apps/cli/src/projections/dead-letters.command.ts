import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommandRunner, Option, SubCommand } from 'nest-commander';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ALL_PROJECTIONS, listDeadLetters, retryDeadLetters } from '#read-models';
import { describeDeadLetter, output } from './projections-output.js';

interface FilterOptions {
  projection?: string;
  json?: boolean;
}

function projectionsNamed(name: string | undefined): string[] | undefined {
  if (name === undefined) return undefined;
  if (!ALL_PROJECTIONS.some((p) => p.name === name)) throw new Error(`no projection named ${name}; known: ${ALL_PROJECTIONS.map((p) => p.name).join(', ')}`);
  return [name];
}

/** `projections parked`: the events projections set aside, in log order, with why. */
@Injectable()
@SubCommand({ name: 'parked', description: 'list the events projections parked as dead letters' })
export class ParkedEventsCommand extends CommandRunner {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async run(_params: string[], options: FilterOptions): Promise<void> {
    const letters = await listDeadLetters(this.dataSource.manager, { projections: projectionsNamed(options.projection) });
    if (options.json) return output.write(JSON.stringify(letters));
    if (letters.length === 0) return output.write('no parked events');
    for (const letter of letters) output.write(describeDeadLetter(letter));
  }

  @Option({ flags: '--projection <name>', description: 'only this projection' })
  parseProjection(value: string) {
    return value;
  }

  @Option({ flags: '--json', description: 'print a JSON array' })
  parseJson() {
    return true;
  }
}

/**
 * `projections retry <event id | all>`: applies parked events again (after the fix that lets them
 * through: a release that projects or upcasts them); those that go through leave the dead letters.
 */
@Injectable()
@SubCommand({ name: 'retry', arguments: '<eventId>', description: 'retry one parked event (by event id) or all of them ("all")' })
export class RetryParkedEventsCommand extends CommandRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    super();
  }

  async run([eventId]: string[], options: FilterOptions): Promise<void> {
    const filter = { projections: projectionsNamed(options.projection), eventId: eventId === 'all' ? undefined : eventId };
    const outcomes = await retryDeadLetters(this.dataSource, this.store, ALL_PROJECTIONS, filter);
    if (outcomes.some((o) => !o.ok) || (outcomes.length === 0 && filter.eventId)) process.exitCode = 1;
    if (options.json) return output.write(JSON.stringify(outcomes));
    if (outcomes.length === 0) output.write(filter.eventId ? `no parked event ${eventId}` : 'no parked events');
    for (const { ok, deadLetter, resolved, error } of outcomes) {
      const others = resolved.filter((r) => r.eventId !== deadLetter.eventId).length;
      const withOthers = others > 0 ? ` (and ${others} more parked event${others > 1 ? 's' : ''} of ${deadLetter.stream})` : '';
      output.write(ok ? `projected ${describeDeadLetter(deadLetter, false)}${withOthers}` : `still failing ${describeDeadLetter(deadLetter, false)}: ${error}`);
    }
  }

  @Option({ flags: '--projection <name>', description: 'only the dead letters of this projection' })
  parseProjection(value: string) {
    return value;
  }

  @Option({ flags: '--json', description: 'print the outcomes as a JSON array' })
  parseJson() {
    return true;
  }
}
