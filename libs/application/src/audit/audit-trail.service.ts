import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '#event-store';
import { AuditChainVerifier, type AuditDigest, type VerifyReport } from './audit-trail.js';

const PAGE = 1000;

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

  /** One sha256 over all stream heads, with the counts and the position it was taken at. */
  async digest(): Promise<AuditDigest> {
    return (await this.scan()).digest();
  }

  /** Both from one pass over the log. */
  async verifyAndDigest(): Promise<VerifyReport & AuditDigest> {
    const verifier = await this.scan();
    return { ...verifier.report(), ...verifier.digest() };
  }

  private async scan(): Promise<AuditChainVerifier> {
    const verifier = new AuditChainVerifier();
    for (let page = await this.events.readAll(null, PAGE); page.length > 0; page = await this.events.readAll(page[page.length - 1].position, PAGE)) {
      for (const event of page) verifier.add(event);
    }
    return verifier;
  }
}
