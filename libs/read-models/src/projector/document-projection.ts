import type { EntityManager } from 'typeorm';
import { parseStreamName, type AggregateType } from '#domain';
import type { RecordedEvent } from '#event-store';
import { inBatches, recordsetColumns, type BulkColumn } from './bulk.js';
import type { Projection } from './projection.js';
import { advanceClocks, CLOCK_COLUMNS, CLOCK_SELECT, clocksOf, clockValues, type ClockRow, type ViewClocks } from './view-clocks.js';

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

/** A record's view with the clocks of the events folded into it and the last event's revision. */
interface Folded<View> {
  view: View | null;
  clocks: ViewClocks | null | undefined;
  revision: number;
}

/**
 * One row per aggregate: `id`, `view` (jsonb), filter columns and the clocks of what was folded (see
 * view-clocks.ts). A batch loads the rows it touches once, folds their events in memory with the pure
 * `evolve`, and writes each row once.
 */
export function documentProjection<View, Event>(spec: DocumentProjectionSpec<View, Event>): Projection & { spec: DocumentProjectionSpec<View, Event> } {
  const bulkColumns: BulkColumn[] = [{ name: 'id', type: 'uuid' }, ...spec.columns.map(({ name, type }) => ({ name, type })), ...CLOCK_COLUMNS, { name: 'view', type: 'jsonb' }];
  const columnNames = bulkColumns.map((c) => c.name);
  const { record: recordType, select: selectList } = recordsetColumns(bulkColumns);
  const upsert = `
    INSERT INTO ${spec.table} (${columnNames.join(', ')})
    SELECT ${selectList} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
    ON CONFLICT (id) DO UPDATE SET ${columnNames.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`;

  const valuesOf = (id: string, { view, clocks, revision }: Folded<View>) => [id, ...spec.columns.map((c) => c.value(view!)), ...clockValues(clocks ?? null, revision), view];
  const toRecord = (id: string, folded: Folded<View>) => Object.fromEntries(valuesOf(id, folded).map((value, i) => [columnNames[i], value]));
  const fold = (folded: Folded<View> | undefined, event: RecordedEvent): Folded<View> => ({
    view: spec.evolve(folded?.view ?? null, event as unknown as Event, event.revision),
    clocks: advanceClocks(folded?.clocks, event),
    revision: event.revision,
  });
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
      const rows: ({ id: string; view: View } & ClockRow)[] = await tx.query(
        `SELECT id, view, ${CLOCK_SELECT} FROM ${spec.table} WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const folded = new Map<string, Folded<View>>(rows.map((r) => [r.id, { view: r.view, clocks: clocksOf(r), revision: r.folded_revision ?? -1 }]));
      for (const event of ours) {
        const id = ownId(event)!;
        folded.set(id, fold(folded.get(id), event));
      }
      const records = [...folded.entries()].filter(([, f]) => f.view !== null).map(([id, f]) => toRecord(id, f));
      if (records.length > 0) await tx.query(upsert, [JSON.stringify(records)]);
    },
    bulk() {
      const records = new Map<string, Folded<View>>();
      return {
        add(events) {
          for (const event of events) {
            const id = ownId(event);
            if (id !== undefined) records.set(id, fold(records.get(id), event));
          }
          return [];
        },
        finish() {
          const rows = [...records].filter(([, f]) => f.view !== null).map(([id, f]) => valuesOf(id, f));
          return inBatches(spec.table, bulkColumns, rows);
        },
      };
    },
    async refold(tx: EntityManager, history: RecordedEvent[]) {
      const ours = history.filter((e) => ownId(e) !== undefined);
      if (ours.length === 0) return;
      const id = ownId(ours[0])!;
      const folded = ours.reduce<Folded<View> | undefined>(fold, undefined)!;
      if (folded.view === null) await tx.query(`DELETE FROM ${spec.table} WHERE id = $1`, [id]);
      else await tx.query(upsert, [JSON.stringify([toRecord(id, folded)])]);
    },
  };
}
