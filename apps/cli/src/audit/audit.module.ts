import { Module } from '@nestjs/common';
import { ApplicationModule } from '#application';
import { AuditCommand, AuditDigestCommand, AuditVerifyCommand } from './audit.command.js';

/** `audit digest|verify`: computed from the event store, as `GET /audit/verify` is. */
@Module({
  imports: [ApplicationModule],
  providers: [AuditCommand, AuditDigestCommand, AuditVerifyCommand],
})
export class AuditModule {}
