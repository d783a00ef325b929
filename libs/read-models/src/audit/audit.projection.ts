import type { EntityManager } from 'typeorm';
import { AGGREGATE_TYPES, EVENT_SCHEMA_VERSION, parseStreamName, READ_AS_STORED_FROM, readAsStored, STREAM_PREFIX } from '#domain';
import type { Position, RecordedEvent } from '#event-store';
import { inBatches, type BulkColumn } from '../projector/bulk.js';
import type { Projection } from '../projector/projection.js';

/** A rebuild writes the order of application itself: the event's place in the log (gaps are harmless). */
const ORDINAL: BulkColumn = { name: 'ordinal', type: 'bigint' };

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
  bulk(inDatabaseUpTo?: Position) {
    let logIndex = 0;
    return {
      add: (events) => {
        const rows: unknown[][] = [];
        for (const event of events) {
          logIndex++;
          // Those the statement wrote.
          if (inDatabaseUpTo !== undefined && readAsStored(event.type, event.metadata)) continue;
          if (!parseStreamName(event.stream)) continue;
          const row = toRow(event) as Record<string, unknown>;
          rows.push([logIndex, ...COLUMNS.map((c) => row[c.name])]);
        }
        return inBatches('audit_log', [ORDINAL, ...COLUMNS], rows);
      },
      finish: () => [],
    };
  },
  /**
   * The events that read as stored (readAsStored), whose data is the audit log's as it is: Postgres copies
   * them row to row, no JSON through Node. The rest, upcast on read, is the fold's. Each column as toRow
   * gives it; the streams parseStreamName's; the stored version as storedSchemaVersion reads it.
   */
  rebuildInDatabase(log, schema, upTo) {
    const events = log.eventsUpTo(upTo, 5);
    return {
      sql: `INSERT INTO ${schema}.audit_log (ordinal, ${COLUMNS.map((c) => c.name).join(', ')}) OVERRIDING SYSTEM VALUE
        SELECT e.log_index, e.event_id, e.position, e.stream, e.revision, e.type, e.metadata->'actor'->>'id', e.metadata->'actor'->>'name',
               e.metadata->>'role', (e.metadata->>'organizationId')::uuid, (e.metadata->>'commandId')::uuid, e.metadata->>'correlationId',
               coalesce(e.metadata->>'recordedAt', $2)::timestamptz,
               CASE WHEN jsonb_typeof(e.data->'effectiveOn') = 'string' THEN (e.data->>'effectiveOn')::date END,
               e.metadata->>'prevHash', e.metadata->>'hash', e.data
        FROM ${events.sql} e
        WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) AS p(prefix) WHERE starts_with(e.stream, p.prefix) AND length(e.stream) > length(p.prefix))
          AND CASE WHEN jsonb_typeof(e.metadata->'schemaVersion') = 'number' THEN (e.metadata->>'schemaVersion')::numeric ELSE 1 END
              BETWEEN coalesce(($4::int[])[array_position($3::text[], e.type)], 1) AND ${EVENT_SCHEMA_VERSION}`,
      values: [AGGREGATE_TYPES.map((a) => STREAM_PREFIX[a]), NO_RECORDED_TIME, [...READ_AS_STORED_FROM.keys()], [...READ_AS_STORED_FROM.values()], ...events.values],
    };
  },
};

/** The time of an event stored without one. */
const NO_RECORDED_TIME = new Date(0).toISOString();

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
    recorded_at: m.recordedAt ?? NO_RECORDED_TIME,
    effective_on: typeof data?.effectiveOn === 'string' ? data.effectiveOn : null,
    prev_hash: m.prevHash ?? null,
    hash: m.hash ?? null,
    data: event.data,
  };
}
