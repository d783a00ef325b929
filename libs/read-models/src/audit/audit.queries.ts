import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface HistoryEntry {
  revision: number;
  type: string;
  recordedAt: string;
  effectiveOn: string | null;
  actor: { id: string | null; name: string | null };
  role: string | null;
  organizationId: string | null;
  /** The reason the command gave, when it gave one. */
  reason: string | null;
  data: unknown;
  hash: string | null;
}

@Injectable()
export class AuditQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Who did what to one stream, when and why, oldest first. */
  async history(stream: string): Promise<HistoryEntry[]> {
    const rows: any[] = await this.db.query(
      `SELECT revision, type, recorded_at, effective_on::text AS effective_on, actor_id, actor_name, role, organization_id, data, hash
       FROM audit_log WHERE stream = $1 ORDER BY revision`,
      [stream],
    );
    return rows.map((r) => ({
      revision: r.revision,
      type: r.type,
      recordedAt: new Date(r.recorded_at).toISOString(),
      effectiveOn: r.effective_on,
      actor: { id: r.actor_id, name: r.actor_name },
      role: r.role,
      organizationId: r.organization_id,
      reason: typeof r.data?.reason === 'string' ? r.data.reason : null,
      data: r.data,
      hash: r.hash,
    }));
  }
}
