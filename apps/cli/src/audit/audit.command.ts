import { Injectable } from '@nestjs/common';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import { AuditTrail } from '#application';
import { isPosition } from '#event-store';
import { digestLines, verifyLines } from './audit-output.js';

/** Where the commands write: stdout by default, replaceable in tests. */
export const output = { write: (line: string) => void process.stdout.write(`${line}\n`) };

/**
 * `audit digest`: one sha256 over every stream head, computed from the event store, with the counts
 * and the position it was taken at. Written into a commission session's minutes, it lets a later
 * reader prove that nothing recorded up to then has changed since.
 */
@Injectable()
@SubCommand({ name: 'digest', description: 'print one sha256 over all stream heads, for a commission session’s minutes' })
export class AuditDigestCommand extends CommandRunner {
  constructor(private readonly trail: AuditTrail) {
    super();
  }

  async run(_params: string[], options: { json?: boolean; at?: string }): Promise<void> {
    for (const line of digestLines(await this.trail.digest(options.at), new Date(), options.json)) output.write(line);
  }

  @Option({ flags: '--json', description: 'print one JSON object' })
  parseJson() {
    return true;
  }

  @Option({ flags: '--at <position>', description: 'the digest of the log as it was at this position (as printed with an earlier digest)' })
  parseAt(value: string) {
    if (!isPosition(value)) throw new Error(`--at must be a position such as 1083:325, not ${value}`);
    return value;
  }
}

/** `audit verify`: the check `GET /audit/verify` answers; exit code 1 when anything fails. */
@Injectable()
@SubCommand({ name: 'verify', description: 'check every stream’s revisions and hash chain; exit 1 on a failure' })
export class AuditVerifyCommand extends CommandRunner {
  constructor(private readonly trail: AuditTrail) {
    super();
  }

  async run(_params: string[], options: { json?: boolean }): Promise<void> {
    const report = await this.trail.verify();
    if (!report.ok) process.exitCode = 1;
    for (const line of verifyLines(report, options.json)) output.write(line);
  }

  @Option({ flags: '--json', description: 'print one JSON object' })
  parseJson() {
    return true;
  }
}

@Command({ name: 'audit', description: 'the audit trail: digest, verify', subCommands: [AuditDigestCommand, AuditVerifyCommand] })
export class AuditCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}
