import { Inject, Injectable } from '@nestjs/common';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { CodeReservations, envelopeFor, reserveExistingCodes } from '#application';
import { EVENT_STORE, type EventStore } from '#event-store';

/** Where the commands write: stdout by default, replaceable in tests. */
export const output = { write: (line: string) => void process.stdout.write(`${line}\n`) };

/** Where the later record of a shared code gets another one. */
const CORRECTION: Record<string, string> = {
  plan: 'correct its code (POST /plans/:id/recode)',
  activity: 'correct its code (POST /activities/:id/recode)',
  organization: 'amend its acronym or country (POST /organizations/:id/amend)',
  commission_session: 'renumber it (POST /commission/sessions/:id/renumber)',
  decision: 'renumber it (POST /decisions/:id/renumber)',
};

const CLI_ACTOR = { id: 'cli', name: 'command line', role: 'system' as const, organizationId: null };

/**
 * `codes reserve-existing`: once after upgrading to unique codes, reserves the codes of the records
 * created before (the earlier record keeps a shared code) and lists the records left sharing one, to be
 * amended (an acronym), recoded (a plan or activity) or renumbered (a session or decision); each line says which.
 * Exit code 1 while any are listed.
 */
@Injectable()
@SubCommand({ name: 'reserve-existing', description: 'reserve the codes of records created before code reservations; list duplicates (exit 1 if any)' })
export class ReserveExistingCodesCommand extends CommandRunner {
  constructor(
    private readonly reservations: CodeReservations,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {
    super();
  }

  async run(_params: string[], options: { json?: boolean }): Promise<void> {
    const report = await reserveExistingCodes(this.events, this.reservations, envelopeFor(CLI_ACTOR));
    if (report.duplicates.length > 0) process.exitCode = 1;
    if (options.json) return output.write(JSON.stringify(report));
    output.write(`${report.held} records hold their codes; ${report.duplicates.length} share a code with an earlier record`);
    for (const d of report.duplicates)
      output.write(`duplicate: ${d.kind} ${d.id} "${d.code}" is held by ${d.holder.kind} ${d.holder.id}; ${CORRECTION[d.kind]}`);
  }

  @Option({ flags: '--json', description: 'print one JSON object' })
  parseJson() {
    return true;
  }
}

@Command({ name: 'codes', description: 'unique codes: reserve-existing', subCommands: [ReserveExistingCodesCommand] })
export class CodesCommand extends CommandRunner {
  async run(): Promise<void> {
    output.write('usage: codes reserve-existing [--json]');
  }
}
