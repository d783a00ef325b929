import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Conditions, readPage, type Page, type Paging } from '../shared/paging.js';

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

  /**
   * The audit log: one row per event, oldest first (or newest first: what a reviewer opens on), filtered by
   * stream, actor and recording time. The times are ISO 8601 text, compared by Postgres at its own
   * precision, the microsecond (a JS Date would round them to the millisecond).
   */
  async list(
    filters: { stream?: string; actor?: string; from?: string; to?: string; before?: string },
    paging: Paging,
    order: 'oldest' | 'newest' = 'oldest',
  ): Promise<Page<HistoryEntry & { stream: string; eventId: string; position: string }>> {
    const where = new Conditions();
    if (filters.stream) where.add((p) => `stream = ${p}`, filters.stream);
    if (filters.actor) where.add((p) => `actor_id = ${p}`, filters.actor);
    if (filters.from) where.add((p) => `recorded_at >= ${p}::timestamptz`, filters.from);
    if (filters.to) where.add((p) => `recorded_at <= ${p}::timestamptz`, filters.to);
    if (filters.before) where.add((p) => `recorded_at < ${p}::timestamptz`, filters.before);
    const page = await readPage(this.db, 'audit_log', where, paging, (query, limit) =>
      query<any[]>(`SELECT *, effective_on::text AS effective_on FROM audit_log ${where.where} ORDER BY ordinal${order === 'newest' ? ' DESC' : ''} ${limit}`, where.params),
    );
    return { ...page, items: page.items.map((r) => ({ eventId: r.event_id, stream: r.stream, position: r.position, ...toEntry(r) })) };
  }

  /** When the stream's first event was recorded (undefined: no such stream). */
  async firstRecordedAt(stream: string): Promise<Date | undefined> {
    const [row] = (await this.db.query('SELECT recorded_at FROM audit_log WHERE stream = $1 ORDER BY revision LIMIT 1', [stream])) as { recorded_at: Date }[];
    return row ? new Date(row.recorded_at) : undefined;
  }

  /**
   * The first business date anything of the stream took effect, of its events recorded by `knownAt` (all of
   * them without it); undefined when none was, or none carries a date.
   */
  async firstEffectiveOn(stream: string, knownAt?: Date): Promise<string | undefined> {
    const [row] = (await this.db.query('SELECT min(effective_on)::text AS first FROM audit_log WHERE stream = $1 AND ($2::timestamptz IS NULL OR recorded_at <= $2)', [
      stream,
      knownAt ?? null,
    ])) as { first: string | null }[];
    return row?.first ?? undefined;
  }

  /** Who did what to one stream, when and why, oldest first. */
  async history(stream: string): Promise<HistoryEntry[]> {
    const rows: any[] = await this.db.query(
      `SELECT revision, type, recorded_at, effective_on::text AS effective_on, actor_id, actor_name, role, organization_id, data, hash
       FROM audit_log WHERE stream = $1 ORDER BY revision`,
      [stream],
    );
    return rows.map(toEntry);
  }
}

function toEntry(r: any): HistoryEntry {
  return {
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
  };
}
