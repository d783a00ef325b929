import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { uncheckedLocations } from '#application';
import { EVENT_STORE, type EventStore } from '#event-store';
import { output } from '../codes/codes.command.js';

/**
 * `locations check`: after the upgrade to locations with a country, lists the locations the gazetteer
 * could not check. Those without a country (a bare province of old that is no Tajik area) must be
 * corrected by amending the activity: exit code 1 while any remain. The others are informative.
 */
@Injectable()
@SubCommand({ name: 'check', description: 'list locations not checked against the gazetteer (exit 1 while any has no country)' })
export class CheckLocationsCommand extends CommandRunner {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {
    super();
  }

  async run(_params: string[], options: { json?: boolean }): Promise<void> {
    const unchecked = await uncheckedLocations(this.events);
    const uncountried = unchecked.filter((u) => u.why === 'no-country');
    if (uncountried.length > 0) process.exitCode = 1;
    if (options.json) return output.write(JSON.stringify({ unchecked }));
    output.write(`${unchecked.length} locations not checked against the gazetteer; ${uncountried.length} without a country, to be corrected`);
    for (const u of unchecked) {
      const place = [u.location.country ?? '??', u.location.province, u.location.district].filter(Boolean).join(' / ');
      output.write(`${u.why}: activity ${u.code} (${u.activityId}) of plan ${u.planId}: ${place}`);
    }
  }

  @Option({ flags: '--json', description: 'print one JSON object' })
  parseJson() {
    return true;
  }
}

@Command({ name: 'locations', description: 'locations against the gazetteer: check', subCommands: [CheckLocationsCommand] })
export class LocationsCommand extends CommandRunner {
  async run(): Promise<void> {
    output.write('usage: locations check [--json]');
  }
}
