import { Inject, Injectable } from '@nestjs/common';
import { comparePositions, EVENT_STORE, type EventStore, type Position, type StoredEvent } from '#event-store';
import { AuditChainVerifier, type AuditDigest, type VerifyReport } from './audit-trail.js';

const PAGE = 1000;
/** How long a scan waits for the head it saw at its start to become readable (see `scan`). */
const HEAD_WAIT_ATTEMPTS = 200;
const HEAD_WAIT_MS = 10;

export interface VerifyAnswer extends VerifyReport, AuditDigest {
  /** `full`: every event read now; `incremental`: only those appended since this process last verified. */
  mode: 'full' | 'incremental';
  /** Events read by this call (all of them on a full run). */
  newEventsChecked: number;
}

/**
 * The audit trail computed from the event store itself (every stream, read with readAll pages), not
 * from the audit_log projection: a changed read model cannot hide a changed event.
 *
 * The API's check is incremental: the verifier's state after its last pass (per stream the next
 * revision, the head's stored and recomputed hashes; the failures found; the position reached) stays
 * in this process, and each call reads only what was appended after that position. It is kept in
 * memory rather than in a table on purpose: it is this process's own reading of the log, which nobody
 * with write access to the database can edit to match a tampered event. The price is one full pass
 * per process, on the first call. Full runs (the CLI, `?full=true`) read everything again.
 */
@Injectable()
export class AuditTrail {
  private remembered = new AuditChainVerifier();
  /** Incremental passes run one at a time: they feed the same verifier. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  /** Checks every stream's revisions and hash chain, reading every event. */
  async verify(): Promise<VerifyReport> {
    return (await this.scan(new AuditChainVerifier())).report();
  }

  /** The position of the log's newest event (null: none yet). */
  headPosition(): Promise<Position | null> {
    return this.events.headPosition();
  }

  /**
   * One sha256 over all stream heads, with the counts and the position it was taken at. With `upTo`,
   * over the log as it was at that position (events after it left out), so a digest written into
   * earlier minutes can be checked again once more events have been recorded.
   */
  async digest(upTo?: Position): Promise<AuditDigest> {
    return (await this.scan(new AuditChainVerifier(), upTo)).digest();
  }

  /**
   * Report and digest of the whole log. Incremental by default (see the class comment); `full` reads
   * everything again and becomes the starting point of later incremental calls.
   */
  verifyAndDigest(options: { full?: boolean } = {}): Promise<VerifyAnswer> {
    const run = this.queue.then(async () => {
      const verifier = options.full ? new AuditChainVerifier() : this.remembered;
      const before = verifier.report().eventsChecked;
      await this.scan(verifier);
      this.remembered = verifier;
      const report = verifier.report();
      return { ...report, ...verifier.digest(), mode: options.full ? 'full' : 'incremental', newEventsChecked: report.eventsChecked - before } as const;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Feeds the verifier the log after its position, up to (at least) the head seen at the start. The
   * Postgres store shows an event only once no older transaction is still open (a projector batch may
   * be), so when the pages end short of that head it reads on from where it stopped, briefly, until the
   * head is visible. With `upTo` it stops at that position. Reads the stored form where the store has it.
   */
  private async scan(verifier: AuditChainVerifier, upTo?: Position): Promise<AuditChainVerifier> {
    const read = (after: Position | null): Promise<StoredEvent[]> =>
      this.events.readAllStored ? this.events.readAllStored(after, PAGE) : this.events.readAll(after, PAGE);
    const newest = await this.events.headPosition();
    const head = upTo !== undefined && comparePositions(upTo, newest) < 0 ? upTo : newest;
    for (let attempt = 0; ; attempt++) {
      for (let page = await read(verifier.position); page.length > 0; page = await read(verifier.position)) {
        for (const event of page) {
          if (upTo !== undefined && comparePositions(event.position, upTo) > 0) return verifier;
          verifier.add(event);
        }
      }
      if (comparePositions(verifier.position, head) >= 0 || attempt >= HEAD_WAIT_ATTEMPTS) return verifier;
      await new Promise((resolve) => setTimeout(resolve, HEAD_WAIT_MS));
    }
  }
}
