import type { EntityManager } from 'typeorm';
import { parseStreamName, STREAM_PREFIX, type AggregateType } from '#domain';
import type { RecordedEvent } from '#event-store';
import { inBatches, recordsetColumns, type BulkColumn } from './bulk.js';
import { AS_OF_KEPT_COLUMN, AsOfVersionsBatch, AsOfVersionsRebuild, versionRecords, writeVersionsCtes, type AsOfVersionsSpec, type PreparedVersions } from './as-of-versions-table.js';
import type { Projection, ProjectionReads } from './projection.js';
import { keptViewsOf } from './kept-views.js';
import { listChanges, listColumns, listOf, listRows, listSelect, listWriteCtes, storedView, withList, type ListChanges, type ListInRowsSpec } from './list-in-rows.js';
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
  /** A list of the view kept in rows of a table of its own, not in the view's JSON (list-in-rows.ts). */
  list?: ListInRowsSpec<unknown>;
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
  const list = spec.list;
  const bulkColumns: BulkColumn[] = [{ name: 'id', type: 'uuid' }, ...spec.columns.map(({ name, type }) => ({ name, type })), ...CLOCK_COLUMNS, ...(versions ? [AS_OF_KEPT_COLUMN] : []), { name: 'view', type: 'jsonb' }];
  const columnNames = bulkColumns.map((c) => c.name);
  const { record: recordType, select: selectList } = recordsetColumns(bulkColumns);
  const upsert = `
    INSERT INTO ${spec.table} (${columnNames.join(', ')})
    SELECT ${selectList} FROM jsonb_to_recordset($1::jsonb) AS r(${recordType})
    ON CONFLICT (id) DO UPDATE SET ${columnNames.slice(1).map((c) => `${c} = EXCLUDED.${c}`).join(', ')}
    RETURNING id, xmin::text AS row_version`;

  const valuesOf = (id: string, { view, clocks, revision, kept }: Folded<View>) => [id, ...spec.columns.map((c) => c.value(view!)), ...clockValues(clocks ?? null, revision), ...(versions ? [kept ?? false] : []), list ? storedView(list, view) : view];
  const toRecord = (id: string, folded: Folded<View>) => Object.fromEntries(valuesOf(id, folded).map((value, i) => [columnNames[i], value]));
  const evolve = (folded: Folded<View> | undefined, event: RecordedEvent) => spec.evolve(folded?.view ?? null, event as unknown as Event, event.revision);
  const fold = (folded: Folded<View> | undefined, event: RecordedEvent, view = evolve(folded, event)): Folded<View> => ({
    view,
    clocks: advanceClocks(folded?.clocks, event),
    revision: event.revision,
  });
  const streamOf = (id: string) => STREAM_PREFIX[spec.aggregate] + id;
  const versionsBatch = () => (versions ? new AsOfVersionsBatch(versions, spec.evolve, streamOf) : undefined);
  const keptSelect = (versions ? ', as_of_kept' : '') + (list ? `, CASE WHEN t.xmin::text = k.version THEN NULL ELSE ${listSelect(list, 't')} END AS list` : '');
  // A kept view holds its list, which its JSON as written leaves out: counted at about 100 characters an item.
  const keptWeight = (view: unknown, text: string) => text.length + (list ? 100 * listOf(list, view).length : 0);
  // Versions ride on the rows' statement: the embedded database's one connection takes no extra round trip.
  // Each view written is kept with its row's version, so that the next batch need not read it back.
  // `views`: each record's view in full, as kept (the record's JSON leaves its list out).
  const writeRows = async (tx: EntityManager, records: Record<string, unknown>[], views: unknown[], prepared?: PreparedVersions, changes?: ListChanges) => {
    const texts = records.map((record) => JSON.stringify(record));
    const params: unknown[] = [`[${texts.join(',')}]`];
    const param = (value: unknown) => params.push(JSON.stringify(value));
    const ctes: string[] = [];
    if (prepared && (prepared.rows.length > 0 || prepared.ended.length > 0)) {
      const general = versions as AsOfVersionsSpec<unknown>;
      ctes.push(...writeVersionsCtes(general, param(versionRecords(general, prepared.rows)), param(prepared.ended)));
    }
    if (list && changes && (changes.added.length > 0 || changes.removed.length > 0)) ctes.push(...listWriteCtes(list, param(changes.removed), param(changes.added)));
    const written: { id: string; row_version: string }[] = records.length > 0 || ctes.length > 0 ? await tx.query(ctes.length > 0 ? `WITH ${ctes.join(', ')} ${upsert}` : upsert, params) : [];
    const kept = keptViewsOf(tx.connection);
    const versionOf = new Map(written.map((row) => [row.id, row.row_version]));
    records.forEach((record, i) => {
      const id = record.id as string;
      const version = versionOf.get(id);
      if (version === undefined) kept.forget(spec.table, id);
      else kept.keep(spec.table, id, version, views[i], keptWeight(views[i], texts[i]));
    });
  };
  const changesOf = (listSpec: ListInRowsSpec<unknown>, written: [string, Folded<View>][], before: Map<string, readonly unknown[]>): ListChanges => {
    const each = written.map(([id, f]) => listChanges(listSpec, id, before.get(id) ?? [], listOf(listSpec, f.view), f.revision));
    return { added: each.flatMap((c) => c.added), removed: each.flatMap((c) => c.removed) };
  };
  const ownId = (event: RecordedEvent) => {
    const parsed = parseStreamName(event.stream);
    return parsed?.aggregate === spec.aggregate ? parsed.id : undefined;
  };

  return {
    spec,
    name: spec.name,
    tables: [spec.table, ...(versions ? [versions.table] : []), ...(list ? [list.table] : [])],
    async apply(tx: EntityManager, events: RecordedEvent[], reads?: ProjectionReads) {
      const ours = events.filter((e) => ownId(e) !== undefined);
      if (ours.length === 0) return;
      const ids = [...new Set(ours.map((e) => ownId(e)!))];
      // A row still as this process wrote it answers without its view (null), which is kept here.
      const kept = keptViewsOf(tx.connection).of(spec.table, ids);
      const rows: ({ id: string; view: View | null; as_of_kept?: boolean; list?: unknown[] | null } & ClockRow)[] = await tx.query(
        `SELECT t.id, CASE WHEN t.xmin::text = k.version THEN NULL ELSE t.view END AS view, ${CLOCK_SELECT}${keptSelect}
         FROM ${spec.table} t LEFT JOIN unnest($2::uuid[], $3::text[]) AS k(kept_id, version) ON k.kept_id = t.id
         WHERE t.id = ANY($1::uuid[])`,
        [ids, [...kept.keys()], [...kept.values()].map((k) => k.version)],
      );
      const viewOf = (r: (typeof rows)[number]) => (r.view === null ? (kept.get(r.id)!.view as View) : list ? withList(list, r.view, r.list ?? null) : r.view);
      const folded = new Map<string, Folded<View>>(rows.map((r) => [r.id, { view: viewOf(r), clocks: clocksOf(r), revision: r.folded_revision ?? -1 }]));
      const listsBefore = new Map(list ? [...folded].map(([id, f]) => [id, listOf(list, f.view)]) : []);
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
      const written = [...folded.entries()].filter(([, f]) => f.view !== null);
      const records = written.map(([id, f]) => toRecord(id, { ...f, kept: prepared?.kept.get(id) }));
      await writeRows(tx, records, written.map(([, f]) => f.view), prepared, list && changesOf(list, written, listsBefore));
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
          const written = [...records].filter(([, f]) => f.view !== null);
          const rows = written.map(([id, f]) => valuesOf(id, { ...f, kept: rebuilt !== undefined }));
          const listed = list ? inBatches(list.table, listColumns(list), written.flatMap(([id, f]) => listRows(list, id, listOf(list, f.view)))) : [];
          return [...inBatches(spec.table, bulkColumns, rows), ...listed, ...versionRows];
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
      // Its list written again whole.
      if (list) await tx.query(`DELETE FROM ${list.table} WHERE ${list.parent} = $1`, [id]);
      if (folded.view === null) {
        await tx.query(`DELETE FROM ${spec.table} WHERE id = $1`, [id]);
        keptViewsOf(tx.connection).forget(spec.table, id);
      } else await writeRows(tx, [toRecord(id, folded)], [folded.view], prepared, list && changesOf(list, [[id, folded]], new Map()));
    },
  };
}
