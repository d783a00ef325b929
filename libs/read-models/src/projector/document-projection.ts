import type { EntityManager } from 'typeorm';
import { parseStreamName, STREAM_PREFIX, type AggregateType } from '#domain';
import type { RecordedEvent } from '#event-store';
import { inBatches, recordsetColumns, type BulkColumn } from './bulk.js';
import { AS_OF_KEPT_COLUMN, AsOfVersionsBatch, AsOfVersionsRebuild, versionRecords, writeVersionsCtes, type AsOfVersionsSpec, type PreparedVersions } from './as-of-versions-table.js';
import type { Projection, ProjectionReads } from './projection.js';
import { keptViewsOf } from './kept-views.js';
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
  /** Each record's versions by business date, for `asOf` reads (as-of-versions-table.ts). */
  asOfVersions?: AsOfVersionsSpec<View>;
}

/** A record's view with the clocks of the events folded into it and the last event's revision. */
interface Folded<View> {
  view: View | null;
  clocks: ViewClocks | null | undefined;
  revision: number;
  /** Whether its versions by business date are kept, for a spec with `asOfVersions`. */
  kept?: boolean;
}

/**
 * One row per aggregate: `id`, `view` (jsonb), filter columns and the clocks of what was folded (see
 * view-clocks.ts). A batch loads the rows it touches once, folds their events in memory with the pure
 * `evolve`, and writes each row once.
 */
export function documentProjection<View, Event>(spec: DocumentProjectionSpec<View, Event>): Projection & { spec: DocumentProjectionSpec<View, Event> } {
  const versions = spec.asOfVersions;
  const bulkColumns: BulkColumn[] = [{ name: 'id', type: 'uuid' }, ...spec.columns.map(({ name, type }) => ({ name, type })), ...CLOCK_COLUMNS, ...(versions ? [AS_OF_KEPT_COLUMN] : []), { name: 'view', type: 'jsonb' }];
  const columnNames = bulkColumns.map((c) => c.name);
  const { record: recordType, select: selectList } = recordsetColumns(bulkColumns);
  const upsert = `
    INSERT INTO ${spec.table} (${columnNames.join(', ')})
    SELECT ${selectList} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
    ON CONFLICT (id) DO UPDATE SET ${columnNames.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    RETURNING id, xmin::text AS row_version`;

  const valuesOf = (id: string, { view, clocks, revision, kept }: Folded<View>) => [id, ...spec.columns.map((c) => c.value(view!)), ...clockValues(clocks ?? null, revision), ...(versions ? [kept ?? false] : []), view];
  const toRecord = (id: string, folded: Folded<View>) => Object.fromEntries(valuesOf(id, folded).map((value, i) => [columnNames[i], value]));
  const evolve = (folded: Folded<View> | undefined, event: RecordedEvent) => spec.evolve(folded?.view ?? null, event as unknown as Event, event.revision);
  const fold = (folded: Folded<View> | undefined, event: RecordedEvent, view = evolve(folded, event)): Folded<View> => ({
    view,
    clocks: advanceClocks(folded?.clocks, event),
    revision: event.revision,
  });
  const streamOf = (id: string) => STREAM_PREFIX[spec.aggregate] + id;
  const versionsBatch = () => (versions ? new AsOfVersionsBatch(versions, spec.evolve, streamOf) : undefined);
  const keptSelect = versions ? ', as_of_kept' : '';
  // Versions ride on the rows' statement: the embedded database's one connection takes no extra round trip.
  // Each view written is kept with its row's version, so that the next batch need not read it back.
  const writeRows = async (tx: EntityManager, records: Record<string, unknown>[], prepared?: PreparedVersions) => {
    const texts = records.map((record) => JSON.stringify(record));
    const json = `[${texts.join(',')}]`;
    let written: { id: string; row_version: string }[] = [];
    if (prepared && (prepared.rows.length > 0 || prepared.ended.length > 0)) {
      const general = versions as AsOfVersionsSpec<unknown>;
      written = await tx.query(`${writeVersionsCtes(general, 2, 3)} ${upsert}`, [json, JSON.stringify(versionRecords(general, prepared.rows)), JSON.stringify(prepared.ended)]);
    } else if (records.length > 0) written = await tx.query(upsert, [json]);
    const kept = keptViewsOf(tx.connection);
    const versionOf = new Map(written.map((row) => [row.id, row.row_version]));
    records.forEach((record, i) => {
      const id = record.id as string;
      const version = versionOf.get(id);
      if (version === undefined) kept.forget(spec.table, id);
      else kept.keep(spec.table, id, version, record.view, texts[i].length);
    });
  };
  const ownId = (event: RecordedEvent) => {
    const parsed = parseStreamName(event.stream);
    return parsed?.aggregate === spec.aggregate ? parsed.id : undefined;
  };

  return {
    spec,
    name: spec.name,
    tables: versions ? [spec.table, versions.table] : [spec.table],
    async apply(tx: EntityManager, events: RecordedEvent[], reads?: ProjectionReads) {
      const ours = events.filter((e) => ownId(e) !== undefined);
      if (ours.length === 0) return;
      const ids = [...new Set(ours.map((e) => ownId(e)!))];
      // A row still as this process wrote it answers without its view (null), which is kept here.
      const kept = keptViewsOf(tx.connection).of(spec.table, ids);
      const rows: ({ id: string; view: View | null; as_of_kept?: boolean } & ClockRow)[] = await tx.query(
        `SELECT t.id, CASE WHEN t.xmin::text = k.version THEN NULL ELSE t.view END AS view, ${CLOCK_SELECT}${keptSelect}
         FROM ${spec.table} t LEFT JOIN unnest($2::uuid[], $3::text[]) AS k(kept_id, version) ON k.kept_id = t.id
         WHERE t.id = ANY($1::uuid[])`,
        [ids, [...kept.keys()], [...kept.values()].map((k) => k.version)],
      );
      const viewOf = (r: (typeof rows)[number]) => r.view ?? (kept.get(r.id)!.view as View);
      const folded = new Map<string, Folded<View>>(rows.map((r) => [r.id, { view: viewOf(r), clocks: clocksOf(r), revision: r.folded_revision ?? -1 }]));
      const batch = versionsBatch();
      if (batch) {
        const byId = new Map(rows.map((r) => [r.id, r]));
        for (const id of ids) {
          const row = byId.get(id);
          const clocks = row && folded.get(id)!.clocks;
          batch.start(id, row && { kept: row.as_of_kept === true && clocks !== null, latestEffectiveOn: clocks?.effectiveOn ?? null });
        }
      }
      for (const event of ours) {
        const id = ownId(event)!;
        const next = fold(folded.get(id), event);
        folded.set(id, next);
        batch?.add(id, event, next.view);
      }
      const prepared = await batch?.prepare(tx, reads);
      const records = [...folded.entries()].filter(([, f]) => f.view !== null).map(([id, f]) => toRecord(id, { ...f, kept: prepared?.kept.get(id) }));
      await writeRows(tx, records, prepared);
    },
    bulk() {
      const records = new Map<string, Folded<View>>();
      const rebuilt = versions && new AsOfVersionsRebuild(versions, spec.evolve, streamOf);
      return {
        add(events) {
          for (const event of events) {
            const id = ownId(event);
            if (id === undefined) continue;
            const folded = records.get(id);
            // With versions, the latest one is the record's view: no second fold.
            records.set(id, rebuilt ? fold(folded, event, rebuilt.add(id, event, () => evolve(folded, event))) : fold(folded, event));
          }
          return rebuilt?.take() ?? [];
        },
        async finish(reads) {
          const versionRows = (await rebuilt?.finish(reads)) ?? [];
          const rows = [...records].filter(([, f]) => f.view !== null).map(([id, f]) => valuesOf(id, { ...f, kept: rebuilt !== undefined }));
          return [...inBatches(spec.table, bulkColumns, rows), ...versionRows];
        },
      };
    },
    async refold(tx: EntityManager, history: RecordedEvent[]) {
      const ours = history.filter((e) => ownId(e) !== undefined);
      if (ours.length === 0) return;
      const id = ownId(ours[0])!;
      const folded = ours.reduce<Folded<View> | undefined>((f, e) => fold(f, e), undefined)!;
      const batch = versionsBatch();
      // Its versions folded again from the same history.
      batch?.start(id, { kept: false, latestEffectiveOn: null });
      for (const event of ours) batch?.add(id, event, null);
      const prepared = await batch?.prepare(tx, { readStream: async () => ours });
      folded.kept = prepared?.kept.get(id);
      if (folded.view === null) {
        await tx.query(`DELETE FROM ${spec.table} WHERE id = $1`, [id]);
        keptViewsOf(tx.connection).forget(spec.table, id);
      } else await writeRows(tx, [toRecord(id, folded)], prepared);
    },
  };
}
