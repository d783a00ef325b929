import type { EntityManager } from 'typeorm';
import { parseStreamName, type AggregateType } from '#domain';
import type { RecordedEvent } from '#event-store';
import { inBatches, recordsetColumns, type BulkColumn } from './bulk.js';
import type { Projection } from './projection.js';

/** A column a list filter needs, copied out of the view. */
export interface ColumnSpec<View> {
  name: string;
  /** SQL type for jsonb_to_recordset, e.g. `uuid`, `text`, `date`, `uuid[]`. */
  type: string;
  value: (view: View) => unknown;
}

export interface DocumentProjectionSpec<View, Event> {
  name: string;
  table: string;
  aggregate: AggregateType;
  evolve: (view: View | null, event: Event, revision: number) => View | null;
  columns: ColumnSpec<View>[];
}

/**
 * One row per aggregate: `id`, `view` (jsonb) and filter columns. A batch loads the rows it touches
 * once, folds their events in memory with the pure `evolve`, and writes each row once.
 */
export function documentProjection<View, Event>(spec: DocumentProjectionSpec<View, Event>): Projection & { spec: DocumentProjectionSpec<View, Event> } {
  const bulkColumns: BulkColumn[] = [{ name: 'id', type: 'uuid' }, ...spec.columns.map(({ name, type }) => ({ name, type })), { name: 'view', type: 'jsonb' }];
  const columnNames = bulkColumns.map((c) => c.name);
  const { record: recordType, select: selectList } = recordsetColumns(bulkColumns);
  const upsert = `
    INSERT INTO ${spec.table} (${columnNames.join(', ')})
    SELECT ${selectList} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
    ON CONFLICT (id) DO UPDATE SET ${columnNames.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;

  const toRecord = (id: string, view: View) => Object.fromEntries([['id', id], ...spec.columns.map((c) => [c.name, c.value(view)]), ['view', view]]);
  const ownId = (event: RecordedEvent) => {
    const parsed = parseStreamName(event.stream);
    return parsed?.aggregate === spec.aggregate ? parsed.id : undefined;
  };

  return {
    spec,
    name: spec.name,
    tables: [spec.table],
    async apply(tx: EntityManager, events: RecordedEvent[]) {
      const ours = events.filter((e) => ownId(e) !== undefined);
      if (ours.length === 0) return;
      const ids = [...new Set(ours.map((e) => ownId(e)!))];
      const rows: { id: string; view: View }[] = await tx.query(`SELECT id, view FROM ${spec.table} WHERE id = ANY($1::uuid[])`, [ids]);
      const views = new Map<string, View | null>(rows.map((r) => [r.id, r.view]));
      for (const event of ours) {
        const id = ownId(event)!;
        views.set(id, spec.evolve(views.get(id) ?? null, event as unknown as Event, event.revision));
      }
      const records = [...views.entries()].filter((entry): entry is [string, View] => entry[1] !== null).map(([id, view]) => toRecord(id, view));
      if (records.length > 0) await tx.query(upsert, [JSON.stringify(records)]);
    },
    bulk() {
      const views = new Map<string, View | null>();
      return {
        add(events) {
          for (const event of events) {
            const id = ownId(event);
            if (id !== undefined) views.set(id, spec.evolve(views.get(id) ?? null, event as unknown as Event, event.revision));
          }
          return [];
        },
        finish() {
          const rows = [...views].filter((entry): entry is [string, View] => entry[1] !== null).map(([id, view]) => [id, ...spec.columns.map((c) => c.value(view)), view]);
          return inBatches(spec.table, bulkColumns, rows);
        },
      };
    },
    async refold(tx: EntityManager, history: RecordedEvent[]) {
      const ours = history.filter((e) => ownId(e) !== undefined);
      if (ours.length === 0) return;
      const id = ownId(ours[0])!;
      const view = ours.reduce<View | null>((v, event) => spec.evolve(v, event as unknown as Event, event.revision), null);
      if (view === null) await tx.query(`DELETE FROM ${spec.table} WHERE id = $1`, [id]);
      else await tx.query(upsert, [JSON.stringify([toRecord(id, view)])]);
    },
  };
}
