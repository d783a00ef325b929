import { Inject, Injectable } from '@nestjs/common';
import { comparePositions, EVENT_STORE, type EventStore, type Position } from '#event-store';
import { AuditChainVerifier, type AuditDigest, type VerifyReport } from './audit-trail.js';

const PAGE = 1000;
/** How long a scan waits for the head it saw at its start to become readable (see `scan`). */
const HEAD_WAIT_ATTEMPTS = 200;
const HEAD_WAIT_MS = 10;

/**
 * The audit trail computed from the event store itself (every stream, read with readAll pages), not
 * from the audit_log projection: a changed read model cannot hide a changed event.
 */
@Injectable()
export class AuditTrail {
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {}

  /** Checks every stream's revisions and hash chain. */
  async verify(): Promise<VerifyReport> {
    return (await this.scan()).report();
  }

  /**
   * One sha256 over all stream heads, with the counts and the position it was taken at. With `upTo`,
   * over the log as it was at that position (events after it left out), so a digest written into
   * earlier minutes can be checked again once more events have been recorded.
   */
  async digest(upTo?: Position): Promise<AuditDigest> {
    return (await this.scan(upTo)).digest();
  }

  /** Both from one pass over the log. */
  async verifyAndDigest(): Promise<VerifyReport & AuditDigest> {
    const verifier = await this.scan();
    return { ...verifier.report(), ...verifier.digest() };
  }

  /**
   * Reads the whole log up to (at least) the head it saw when it started. The Postgres store shows an
   * event only once no older transaction is still open (a projector batch may be), so when the pages
   * end short of that head it reads on from where it stopped, briefly, until the head is visible.
   * With `upTo` it stops at that position.
   */
  private async scan(upTo?: Position): Promise<AuditChainVerifier> {
    const verifier = new AuditChainVerifier();
    const newest = await this.events.headPosition();
    const head = upTo !== undefined && comparePositions(upTo, newest) < 0 ? upTo : newest;
    let last: Position | null = null;
    for (let attempt = 0; ; attempt++) {
      for (let page = await this.events.readAll(last, PAGE); page.length > 0; page = await this.events.readAll(last, PAGE)) {
        for (const event of page) {
          if (upTo !== undefined && comparePositions(event.position, upTo) > 0) return verifier;
          verifier.add(event);
          last = event.position;
        }
      }
      if (comparePositions(last, head) >= 0 || attempt >= HEAD_WAIT_ATTEMPTS) return verifier;
      await new Promise((resolve) => setTimeout(resolve, HEAD_WAIT_MS));
    }
  }
}
