import { recordsetColumns, type BulkColumn } from './bulk.js';

/** A column identifying an item of the list within its record. */
export interface ListKeyColumn<Item> {
  name: string;
  /** SQL type, as jsonb_to_recordset reads it. */
  type: string;
  value(item: Item): unknown;
}

/**
 * A list of a document projection's view kept in rows of its own (one per item, `position` keeping the
 * list's order) rather than in the view's JSON, where each event rewrote every item. The view folds and
 * is kept in memory with the list; only what is written is split.
 */
export interface ListInRowsSpec<Item> {
  /** The view's property holding the list. */
  property: string;
  table: string;
  /** The column naming the record the item belongs to: the view's `id`. */
  parent: string;
  /** Identify an item within its record: a replaced item is written over, a removed one deleted, by them. */
  key: ListKeyColumn<Item>[];
  /** The column holding the item itself (jsonb). */
  item: string;
}

/** The items added and removed between a record's list before a batch and after it. */
export interface ListChanges {
  /** Rows to upsert: parent, key values, position, item, by column name. */
  added: Record<string, unknown>[];
  /** Keys to delete: parent and key values, by column name; none an added row writes over. */
  removed: Record<string, unknown>[];
}

export function listColumns(spec: ListInRowsSpec<unknown>): BulkColumn[] {
  return [
    { name: spec.parent, type: 'uuid' },
    ...spec.key.map(({ name, type }) => ({ name, type })),
    { name: 'position', type: 'integer' },
    { name: spec.item, type: 'jsonb' },
  ];
}

/** The list as readers want it, a JSON array in order, for the record aliased `alias` (with its `id`). */
export function listSelect(spec: ListInRowsSpec<unknown>, alias: string): string {
  return `COALESCE((SELECT json_agg(l.${spec.item} ORDER BY l.position) FROM ${spec.table} l WHERE l.${spec.parent} = ${alias}.id), '[]'::json)`;
}

/** The view as stored: without the list. */
export function storedView<View>(spec: ListInRowsSpec<unknown>, view: View): View {
  const { [spec.property]: _list, ...rest } = view as Record<string, unknown>;
  return rest as View;
}

export function listOf<Item>(spec: ListInRowsSpec<Item>, view: unknown): readonly Item[] {
  return ((view as Record<string, unknown>)[spec.property] as Item[] | undefined) ?? [];
}

/** A stored view with its list put back, as read from the record's rows. */
export function withList<View>(spec: ListInRowsSpec<unknown>, view: View, items: unknown[] | null): View {
  return { ...view, [spec.property]: items ?? [] };
}

/**
 * What changed between `before` and `after`, items compared by identity: a fold keeps the objects of the
 * items it does not change, and appends the ones it adds or replaces. `revision`: the record's revision
 * after the batch; each item added came from an event of it, so the last added is at `revision` and the
 * ones before it just under, all after every position written before (a position written by a rebuild or
 * a refold is an index, never above the revision of the event that added it).
 */
export function listChanges<Item>(spec: ListInRowsSpec<Item>, id: string, before: readonly Item[], after: readonly Item[], revision: number): ListChanges {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  if (same === before.length && same === after.length) return { added: [], removed: [] };
  const kept = new Set(after.slice(same));
  const earlier = new Set(before.slice(same));
  const addedItems = after.slice(same).filter((item) => !earlier.has(item));
  const keyOf = (item: Item) => Object.fromEntries([[spec.parent, id], ...spec.key.map((k) => [k.name, k.value(item)])]);
  const added = addedItems.map((item, i) => ({ ...keyOf(item), position: revision - (addedItems.length - 1 - i), [spec.item]: item }));
  const written = new Set(added.map((row) => keyText(spec, row)));
  const removed = before
    .slice(same)
    .filter((item) => !kept.has(item))
    .map(keyOf)
    .filter((row) => !written.has(keyText(spec, row)));
  return { added, removed };
}

function keyText(spec: ListInRowsSpec<unknown>, row: Record<string, unknown>): string {
  return JSON.stringify(spec.key.map((k) => row[k.name]));
}

/** Rows for a bulk write of one record's list: positions are the items' indexes. */
export function listRows<Item>(spec: ListInRowsSpec<Item>, id: string, items: readonly Item[]): unknown[][] {
  return items.map((item, i) => [id, ...spec.key.map((k) => k.value(item)), i, item]);
}

/**
 * Statements writing `ListChanges` in the record's statement, as CTEs: `$removed` and `$added` the
 * parameters holding their JSON. No row is both deleted and written (listChanges leaves out of
 * `removed` what `added` writes over), which one statement could not do.
 */
export function listWriteCtes(spec: ListInRowsSpec<unknown>, removed: number, added: number): string[] {
  const columns = listColumns(spec);
  const { record, select } = recordsetColumns(columns);
  const keyColumns = [spec.parent, ...spec.key.map((k) => k.name)];
  const keyRecord = recordsetColumns(columns.filter((c) => keyColumns.includes(c.name))).record;
  return [
    `list_removed AS (DELETE FROM ${spec.table} t USING jsonb_to_recordset($${removed}::jsonb) AS d(${keyRecord})
      WHERE ${keyColumns.map((c) => `t.${c} = d.${c}`).join(' AND ')})`,
    `list_added AS (INSERT INTO ${spec.table} (${columns.map((c) => c.name).join(', ')}) SELECT ${select} FROM jsonb_to_recordset($${added}::jsonb) AS r(${record})
      ON CONFLICT (${keyColumns.join(', ')}) DO UPDATE SET position = EXCLUDED.position, ${spec.item} = EXCLUDED.${spec.item})`,
  ];
}
