import type { EntityManager } from 'typeorm';
import { parseStreamName } from '#domain';
import type { RecordedEvent } from '#event-store';
import { inBatches, type BulkColumn } from '../projector/bulk.js';
import type { Projection } from '../projector/projection.js';

const COLUMNS: BulkColumn[] = [
  { name: 'event_id', type: 'uuid' }, { name: 'position', type: 'text' }, { name: 'stream', type: 'text' }, { name: 'revision', type: 'int' },
  { name: 'type', type: 'text' }, { name: 'actor_id', type: 'text' }, { name: 'actor_name', type: 'text' }, { name: 'role', type: 'text' },
  { name: 'organization_id', type: 'uuid' }, { name: 'command_id', type: 'uuid' }, { name: 'correlation_id', type: 'text' },
  { name: 'recorded_at', type: 'timestamptz' }, { name: 'effective_on', type: 'date' }, { name: 'prev_hash', type: 'text' }, { name: 'hash', type: 'text' },
  { name: 'data', type: 'jsonb' },
];

export const auditProjection: Projection = {
  name: 'audit',
  tables: ['audit_log'],
  async apply(tx: EntityManager, events: RecordedEvent[]) {
    const rows = events.filter((e) => parseStreamName(e.stream)).map(toRow);
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO audit_log (event_id, position, stream, revision, type, actor_id, actor_name, role, organization_id, command_id,
                              correlation_id, recorded_at, effective_on, prev_hash, hash, data)
       SELECT event_id, position, stream, revision, type, actor_id, actor_name, role, organization_id, command_id,
              correlation_id, recorded_at, effective_on, prev_hash, hash, data
       FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (event_id uuid, position text, stream text, revision int, type text,
         actor_id text, actor_name text, role text, organization_id uuid, command_id uuid, correlation_id text,
         recorded_at timestamptz, effective_on date, prev_hash text, hash text, data jsonb)) WITH ORDINALITY
       ORDER BY ordinality
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows)],
    );
  },
  bulk() {
    return {
      add: (events) => {
        const rows = events.filter((e) => parseStreamName(e.stream)).map(toRow) as Record<string, unknown>[];
        return inBatches('audit_log', COLUMNS, rows.map((row) => COLUMNS.map((c) => row[c.name])));
      },
      finish: () => [],
    };
  },
};

function toRow(event: RecordedEvent) {
  const m = event.metadata as Record<string, any>;
  const data = event.data as Record<string, unknown>;
  return {
    event_id: event.id,
    position: event.position,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    actor_id: m.actor?.id ?? null,
    actor_name: m.actor?.name ?? null,
    role: m.role ?? null,
    organization_id: m.organizationId ?? null,
    command_id: m.commandId ?? null,
    correlation_id: m.correlationId ?? null,
    recorded_at: m.recordedAt ?? new Date(0).toISOString(),
    effective_on: typeof data?.effectiveOn === 'string' ? data.effectiveOn : null,
    prev_hash: m.prevHash ?? null,
    hash: m.hash ?? null,
    data: event.data,
  };
}
