import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Command, CommandRunner, Option, SubCommand } from 'nest-commander';
import type { DataSource } from 'typeorm';
import { STREAM_PREFIXES } from '#domain';
import { PostgresEventStore } from '#event-store';
import { APP_CONFIG, keptConnectionsOf, type AppConfig } from '#platform';
import { copyEvents, verifyCopy, type CopyProgress } from './copy-events.js';

/** Where the commands write: stdout by default, replaceable in tests. */
export const output = { write: (line: string) => void process.stdout.write(`${line}\n`) };

interface CopyToEsdbOptions {
  to?: string;
  pageSize?: number;
  maxEvents?: number;
  skipVerify?: boolean;
}

const ESDB_URL = /^esdb(\+discover)?:\/\/\S+$/;
const PROGRESS_EVERY_MS = 2_000;

/**
 * `events copy-to-esdb --to esdb://…`: every event of the Postgres event store (the `events` table of
 * DATABASE_URL, or of the embedded database under DATA_DIR) into EventStoreDB, in global order, with
 * ids, revisions, types, data and metadata unchanged. Safe to re-run: what is already there is
 * recognised by event id and skipped. Then both logs are compared event by event, with the hash chain.
 */
@Injectable()
@SubCommand({ name: 'copy-to-esdb', description: 'copy every event from the Postgres event store to EventStoreDB (idempotent; verifies the copy)' })
export class CopyToEsdbCommand extends CommandRunner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async run(_params: string[], options: CopyToEsdbOptions): Promise<void> {
    const to = options.to ?? this.config.EVENTSTORE_URL;
    if (!to) throw new Error('say where to copy: --to esdb://host:2113?tls=false (or set EVENTSTORE_URL)');
    if (!ESDB_URL.test(to)) throw new Error(`--to must be an esdb:// or esdb+discover:// URL, got ${to}`);
    // Always the Postgres `events` table, whatever EVENTSTORE_URL says the API uses now.
    const source = new PostgresEventStore(keptConnectionsOf(this.dataSource));
    const { EventStoreDbEventStore } = await import('#event-store/esdb');
    const target = new EventStoreDbEventStore({ connectionString: to, streamPrefixes: [...STREAM_PREFIXES] });
    try {
      const [{ total }] = (await this.dataSource.query('SELECT count(*)::bigint AS total FROM events')) as { total: string }[];
      const others = (await this.dataSource.query(
        `SELECT count(*)::bigint AS n FROM events WHERE NOT (${STREAM_PREFIXES.map((_, i) => `starts_with(stream, $${i + 1})`).join(' OR ')})`,
        [...STREAM_PREFIXES],
      )) as { n: string }[];
      if (Number(others[0].n) > 0) {
        output.write(`warning: ${others[0].n} events are in streams without a product prefix (${STREAM_PREFIXES.join(', ')}); they are copied but the service will not read them`);
      }
      output.write(`copying ${total} events from the Postgres event store (${this.config.DATABASE_URL ? 'DATABASE_URL' : `embedded database in ${this.config.DATA_DIR}`}) to ${redact(to)}`);
      let lastReport = Date.now();
      const report = (p: CopyProgress) => {
        if (Date.now() - lastReport < PROGRESS_EVERY_MS) return;
        lastReport = Date.now();
        output.write(`… ${p.events}/${total} events (${p.copied} copied, ${p.skipped} already there), ${rate(p.events, p.seconds)} events/s`);
      };
      const summary = await copyEvents(source, target, { pageSize: options.pageSize, maxEvents: options.maxEvents, onProgress: report });
      output.write(
        `copied ${summary.copied} events, skipped ${summary.skipped} already there, ${summary.streams} streams, ${summary.appends} appends` +
          `${summary.resumedRuns > 0 ? ` (${summary.resumedRuns} partly copied runs completed)` : ''}, in ${summary.seconds.toFixed(1)} s (${rate(summary.events, summary.seconds)} events/s)`,
      );
      if (options.maxEvents !== undefined) {
        output.write(`stopped after --max-events ${options.maxEvents}; run again to copy the rest`);
        return;
      }
      if (options.skipVerify) return;
      const started = Date.now();
      const verified = await verifyCopy(source, target, options.pageSize);
      if (!verified.ok) {
        for (const failure of verified.failures) output.write(`  ${failure}`);
        throw new Error(`the copy does not verify (${verified.failures.length} differences shown above)`);
      }
      output.write(
        `verified in ${((Date.now() - started) / 1000).toFixed(1)} s: EventStoreDB holds the same ${verified.eventsChecked} events in the same order ` +
          `(ids, revisions, types, data, metadata), and the hash chains of ${verified.streamsChecked} streams verify`,
      );
    } finally {
      await target.close();
    }
  }

  @Option({ flags: '--to <url>', description: 'EventStoreDB connection string, e.g. esdb://host:2113?tls=false (default: EVENTSTORE_URL)' })
  parseTo(value: string) {
    return value;
  }

  @Option({ flags: '--page-size <n>', description: 'events read from Postgres at a time (default 1000)' })
  parsePageSize(value: string) {
    return positiveInt('--page-size', value);
  }

  @Option({ flags: '--max-events <n>', description: 'stop after this many events (copy in chunks); a re-run continues' })
  parseMaxEvents(value: string) {
    return positiveInt('--max-events', value);
  }

  @Option({ flags: '--skip-verify', description: 'do not compare the two logs after the copy' })
  parseSkipVerify() {
    return true;
  }
}

@Injectable()
@Command({ name: 'events', description: 'the event log: copy it to EventStoreDB', subCommands: [CopyToEsdbCommand] })
export class EventsCommand extends CommandRunner {
  async run(): Promise<void> {
    this.command.help();
  }
}

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a positive integer, got ${value}`);
  return n;
}

const rate = (events: number, seconds: number) => Math.round(events / Math.max(seconds, 0.001));

/** Connection strings may carry credentials (esdb://user:password@host…): never print them. */
function redact(url: string): string {
  return url.replace(/^(esdb(?:\+discover)?:\/\/)[^@/]*@/, '$1***@');
}
