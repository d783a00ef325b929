import type { EntityManager } from 'typeorm';
import { parseStreamName, READ_AS_STORED_FROM, STREAM_PREFIX, type ActivityProgressCorrected, type ActivityProgressReported, type ActivityProgressWithdrawn, type IndicatorValue } from '#domain';
import type { Position, RecordedEvent } from '#event-store';
import { inBatches, type BulkColumn } from '../projector/bulk.js';
import type { Projection } from '../projector/projection.js';

type Row = {
  event_id: string;
  item: number;
  activity_id: string;
  indicator_id: string;
  period_start: string;
  period_end: string;
  value: number;
  categories: IndicatorValue['categories'] | null;
  recorded_at: string | null;
};

const PROGRESS = ['ActivityProgressReported', 'ActivityProgressCorrected', 'ActivityProgressWithdrawn'];

const activityOf = (e: RecordedEvent) => (parseStreamName(e.stream)?.aggregate === 'activity' ? parseStreamName(e.stream)!.id : undefined);

function rowsOf(e: RecordedEvent, activityId: string, period: { periodStart: string; periodEnd: string }, values: IndicatorValue[]): Row[] {
  return values.map((v, index) => ({
    event_id: e.id,
    item: index,
    activity_id: activityId,
    indicator_id: v.indicatorId,
    period_start: period.periodStart,
    period_end: period.periodEnd,
    value: v.value,
    categories: v.categories ?? null,
    recorded_at: (e.metadata as { recordedAt?: string }).recordedAt ?? null,
  }));
}

const COLUMNS: BulkColumn[] = [
  { name: 'event_id', type: 'uuid' }, { name: 'item', type: 'int' }, { name: 'activity_id', type: 'uuid' }, { name: 'indicator_id', type: 'uuid' },
  { name: 'period_start', type: 'date' }, { name: 'period_end', type: 'date' }, { name: 'value', type: 'numeric' }, { name: 'categories', type: 'jsonb' },
  { name: 'recorded_at', type: 'timestamptz' },
];

async function insert(tx: EntityManager, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `INSERT INTO indicator_values (event_id, item, activity_id, indicator_id, period_start, period_end, value, categories, recorded_at)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(event_id uuid, item int, activity_id uuid, indicator_id uuid,
       period_start date, period_end date, value numeric, categories jsonb, recorded_at timestamptz)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(rows)],
  );
}

/**
 * Every reported indicator value with its period and its values per category: the series charts plot. A corrected report's values
 * replace those of its period; a withdrawn report's values are removed (issue 16).
 */
export const indicatorSeriesProjection: Projection = {
  name: 'indicator_series',
  tables: ['indicator_values'],
  async apply(tx: EntityManager, events: RecordedEvent[]) {
    let pending: Row[] = [];
    for (const e of events) {
      const activityId = activityOf(e);
      if (!activityId) continue;
      if (e.type === 'ActivityProgressReported') {
        const data = (e as unknown as ActivityProgressReported).data;
        pending.push(...rowsOf(e, activityId, data, data.indicatorValues));
      } else if (e.type === 'ActivityProgressCorrected' || e.type === 'ActivityProgressWithdrawn') {
        // Corrections are rare: the rows before it are written first, then its period is replaced.
        await insert(tx, pending);
        pending = [];
        const data = (e as unknown as ActivityProgressCorrected | ActivityProgressWithdrawn).data;
        await tx.query('DELETE FROM indicator_values WHERE activity_id = $1 AND period_start = $2 AND period_end = $3', [activityId, data.periodStart, data.periodEnd]);
        if (e.type === 'ActivityProgressCorrected') pending.push(...rowsOf(e, activityId, data, (data as ActivityProgressCorrected['data']).after.indicatorValues));
      }
    }
    await insert(tx, pending);
  },
  bulk(inDatabaseUpTo?: Position) {
    // Every event is the statement's up to where it read, and applied at the end after it.
    if (inDatabaseUpTo !== undefined) return { add: () => [], finish: () => [] };
    // Per activity and period, the rows standing: a correction replaces them, a withdrawal removes them.
    const periods = new Map<string, Row[]>();
    return {
      add(events) {
        for (const e of events) {
          const activityId = activityOf(e);
          if (!activityId || !PROGRESS.includes(e.type)) continue;
          const data = (e as unknown as ActivityProgressReported | ActivityProgressCorrected | ActivityProgressWithdrawn).data;
          const key = `${activityId}|${data.periodStart}|${data.periodEnd}`;
          if (e.type === 'ActivityProgressReported') periods.set(key, [...(periods.get(key) ?? []), ...rowsOf(e, activityId, data, (data as ActivityProgressReported['data']).indicatorValues)]);
          else if (e.type === 'ActivityProgressCorrected') periods.set(key, rowsOf(e, activityId, data, (data as ActivityProgressCorrected['data']).after.indicatorValues));
          else periods.delete(key);
        }
        return [];
      },
      finish() {
        const rows = [...periods.values()].flat().map((r) => COLUMNS.map((c) => r[c.name as keyof Row]));
        return inBatches('indicator_values', COLUMNS, rows);
      },
    };
  },
  /**
   * The same rows in one statement: per activity and period, the values of the reports after its last
   * correction or withdrawal, and a correction's own. Each column as rowsOf gives it. Only while reports,
   * corrections and withdrawals read as stored (no upcast step for them).
   */
  rebuildInDatabase(log, schema, upTo) {
    if (PROGRESS.some((type) => READ_AS_STORED_FROM.has(type))) return undefined;
    const events = (first: number) => log.eventsUpTo(upTo, first);
    const progress = `e.type = ANY($2::text[]) AND starts_with(e.stream, $1) AND length(e.stream) > length($1)`;
    const [reports, resets] = [events(3), events(5)];
    return {
      sql: `INSERT INTO ${schema}.indicator_values (${COLUMNS.map((c) => c.name).join(', ')})
        SELECT e.event_id, v.item - 1, substr(e.stream, length($1) + 1)::uuid, (v.value->>'indicatorId')::uuid, (e.data->>'periodStart')::date,
               (e.data->>'periodEnd')::date, (v.value->>'value')::numeric, nullif(v.value->'categories', 'null'::jsonb), (e.metadata->>'recordedAt')::timestamptz
        FROM ${reports.sql} e
        LEFT JOIN (SELECT e.stream, e.data->>'periodStart' AS period_start, e.data->>'periodEnd' AS period_end, max(e.log_index) AS log_index
                   FROM ${resets.sql} e WHERE ${progress} AND e.type <> 'ActivityProgressReported' GROUP BY 1, 2, 3) last_reset
          ON last_reset.stream = e.stream AND last_reset.period_start = e.data->>'periodStart' AND last_reset.period_end = e.data->>'periodEnd'
        CROSS JOIN LATERAL jsonb_array_elements(CASE e.type WHEN 'ActivityProgressCorrected' THEN e.data->'after'->'indicatorValues' ELSE e.data->'indicatorValues' END)
          WITH ORDINALITY AS v(value, item)
        WHERE ${progress} AND e.type <> 'ActivityProgressWithdrawn' AND (last_reset.log_index IS NULL OR e.log_index >= last_reset.log_index)`,
      values: [STREAM_PREFIX.activity, PROGRESS, ...reports.values, ...resets.values],
    };
  },
};
