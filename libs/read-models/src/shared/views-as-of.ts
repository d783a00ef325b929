import type { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { EventStore, Position, RecordedEvent } from '#event-store';
import { STREAM_PREFIX } from '#domain';
import { readCheckpointMark } from '../projector/checkpoints.js';
import type { AsOfVersionsSpec } from '../projector/as-of-versions-table.js';
import type { DocumentProjectionSpec } from '../projector/document-projection.js';
import { readBatch } from '../projector/read-batch.js';
import { listSelect, withList } from '../projector/list-in-rows.js';
import { CLOCK_SELECT, clockSelect, clocksOf, type ClockRow, type ViewClocks } from '../projector/view-clocks.js';
import { foldStreamsById } from './folded-list.js';
import { isVisibleAt, type TimeTravel } from './time-travel.js';

/** The columns of a row a reader needs instead of its whole view, and the view it makes of them. */
export interface RowShape<View> {
  /** SQL expressions over the row, by the name `view` finds them under. */
  columns: Record<string, string>;
  view: (row: Record<string, unknown>) => View;
}

export interface ViewsAsOfOptions<View> {
  /** For a reader that needs less than the whole view: far less to read for thousands of records. */
  shape?: RowShape<View>;
  /**
   * The source keeps versions by business date in the shape `shape` gives: with `asOf`, a record whose
   * versions are kept and were all known by knownAt is its version in force on that date.
   */
  asOfVersions?: boolean;
  /**
   * Rows of a scope kept between reads, by what the projection's checkpoint said when they were read:
   * a reader asking the same scope again while the projection has not moved (moments on a time slider
   * over one plan) takes them without reading and parsing thousands of rows again; with `asOf`, beside the
   * versions in force, which are read for each date.
   */
  keptRows?: KeptRows;
}

/** Rows read for a scope, under the source, the scope, the columns and the checkpoint's mark. */
export type KeptRows = LRUCache<string, readonly object[]>;

/** Beyond this many events not yet projected, every record is folded from its events instead. */
const MAX_EVENTS_BEHIND = 5_000;

/** A read model folded per record (its projection's spec): its table, and how to fold a record from its stream. */
export type FoldedSource<View, Event> = Pick<DocumentProjectionSpec<View, Event>, 'name' | 'table' | 'aggregate' | 'evolve' | 'asOfVersions' | 'list'>;

/**
 * Records as they were under asOf/knownAt. A row whose every event was recorded by knownAt and is
 * effective by asOf already is the fold of the events visible then (a fold filters, then reduces), so
 * it is taken as it stands; one whose first event was recorded after knownAt held nothing yet. Either
 * way any of its events the projector has not applied yet are folded on top. Every other record is
 * folded from its own events. Usually most rows qualify, and a dashboard of thousands of records needs
 * no stream read at all. In the order of `ids`; records not yet there left out.
 */
export async function viewsAsOf<View, Event>(
  db: Pick<DataSource, 'query'>,
  events: EventStore,
  source: FoldedSource<View, Event>,
  records: readonly string[] | RecordScope,
  travel: TimeTravel,
  options: ViewsAsOfOptions<View> = {},
): Promise<View[]> {
  // The checkpoint first: rows read after it hold at least every event up to it (and so do rows kept
  // under its mark: they were read after it too).
  const { position: checkpoint, mark } = await readCheckpointMark(db, source.name);
  const prefix = STREAM_PREFIX[source.aggregate];
  const rows: Row<View>[] = await readRows(db, source, records, travel, options, mark);
  const ids = isScope(records) ? rows.map((r) => r.id) : records;
  const behind = checkpoint === null ? null : await eventsBehind(events, checkpoint, prefix);
  const views = new Map<string, View>();
  const toFold: string[] = [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const id of ids) {
    const row = byId.get(id);
    const later = behind?.get(id) ?? [];
    const view = !row || !behind ? undefined : row.versioned ? fromVersion(row, later) : fromRow(row, later, travel, source.evolve, options.shape !== undefined);
    if (view === undefined) toFold.push(id);
    else if (view !== null) views.set(id, view);
  }
  for (const [id, view] of await foldStreamsById(events, prefix, toFold, travel, source.evolve)) views.set(id, view);
  return ids.flatMap((id) => (views.has(id) ? [views.get(id)!] : []));
}

/**
 * The records whose row has `column` equal to `equals` (an activity's `plan_id`), instead of a list of
 * ids: thousands of ids are not sent and looked up one by one. By id.
 */
export interface RecordScope {
  column: string;
  equals: string;
}

const isScope = (records: readonly string[] | RecordScope): records is RecordScope => !Array.isArray(records);

/** `as_of_kept`: read with the row where the source keeps versions by business date. */
type Row<View> = { id: string; view: View; versioned?: boolean; as_of_kept?: boolean } & ClockRow;

/**
 * The rows of `ids`. With `asOfVersions` and asOf, a row whose versions are kept and were all known by
 * knownAt comes as its version in force on asOf (null: none yet), marked `versioned`.
 */
async function readRows<View, Event>(db: Pick<DataSource, 'query'>, source: FoldedSource<View, Event>, records: readonly string[] | RecordScope, travel: TimeTravel, options: ViewsAsOfOptions<View>, mark: string): Promise<Row<View>[]> {
  const versions = options.asOfVersions && travel.asOf !== undefined ? source.asOfVersions : undefined;
  if (!versions) return plainRows(db, source, records, options, mark);
  if (keepsRows(records, options, mark)) {
    // The scope's rows (kept, or read and kept) beside the versions in force: a plan's thousands of rows
    // are not read again for each date. Both hold what the projection held at the mark only if it has not
    // moved since (rows and versions are written with its checkpoint); else the one statement below.
    const [rows, inForce] = await Promise.all([plainRows(db, source, records, options, mark), versionsInForce(db, source.table, versions, records, travel.asOf!)]);
    if ((await readCheckpointMark(db, source.name)).mark === mark) return withVersions(rows, inForce, travel);
  }
  return joinedRows(db, source, records, travel, options, versions);
}

/** Whether the rows of `records` are kept between reads: a scope, a reader's LRU, and a checkpoint's mark to key them by. */
function keepsRows<View>(records: readonly string[] | RecordScope, options: ViewsAsOfOptions<View>, mark: string): boolean {
  return isScope(records) && mark !== '' && options.keptRows !== undefined;
}

/** The versions in force on the date `$2`: for a whole group, one range of its index. */
const IN_FORCE = 'effective_until > $2::text AND effective_from <= $2::text';

/** A record's whole view (aliased `a`), and the list it keeps in rows of its own: rowView puts them together. */
function wholeView<View, Event>(source: FoldedSource<View, Event>): Record<string, string> {
  return source.list ? { view: 'view', list: listSelect(source.list, 'a') } : { view: 'view' };
}

/** The view of a row read with the shape's columns, or with wholeView's. */
function rowView<View, Event>(source: FoldedSource<View, Event>, shape: RowShape<View> | undefined, row: Record<string, unknown>): View {
  if (shape) return shape.view(row);
  return source.list ? withList(source.list, row.view as View, row.list as unknown[] | null) : (row.view as View);
}

/** A row's SQL columns: the shape's (a row answered by its version, `versioned`, needs none of them: nulls). */
function shapeColumns<View, Event>(source: FoldedSource<View, Event>, options: ViewsAsOfOptions<View>, versioned?: string): string {
  return Object.entries(options.shape?.columns ?? wholeView(source))
    .map(([name, sql]) => `${versioned ? `CASE WHEN ${versioned} THEN NULL ELSE ${sql} END` : sql} AS ${name}`)
    .join(', ');
}

function scopeWhere(records: readonly string[] | RecordScope): [string, string | readonly string[]] {
  return isScope(records) ? [`${records.column} = $1`, records.equals] : ['id = ANY($1::uuid[])', records];
}

/** A scope's records by id (sorted here: a sort of wide rows in the database would spill to disk). */
function inScopeOrder<R extends { id: string }>(records: readonly string[] | RecordScope, rows: R[]): R[] {
  return isScope(records) ? rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) : rows;
}

/**
 * The rows as they stand, kept under the mark for a scope. With `asOfVersions`, whether each keeps its
 * versions (`as_of_kept`) too: the same kept rows answer moments and dates.
 */
async function plainRows<View, Event>(db: Pick<DataSource, 'query'>, source: FoldedSource<View, Event>, records: readonly string[] | RecordScope, options: ViewsAsOfOptions<View>, mark: string): Promise<Row<View>[]> {
  const { shape } = options;
  const [where, key] = scopeWhere(records);
  const asOfKept = options.asOfVersions && source.asOfVersions ? ', as_of_kept' : '';
  // Read-only once made: viewsAsOf and its callers only read rows and views.
  const keptKey = keepsRows(records, options, mark) ? JSON.stringify([source.table, where, key, shape?.columns, asOfKept, mark]) : undefined;
  const kept = keptKey ? (options.keptRows!.get(keptKey) as Row<View>[] | undefined) : undefined;
  if (kept) return kept;
  const rows: (Row<View> & Record<string, unknown>)[] = await db.query(`SELECT id, ${shapeColumns(source, options)}, ${CLOCK_SELECT}${asOfKept} FROM ${source.table} a WHERE ${where}`, [key]);
  for (const row of rows) row.view = rowView(source, shape, row);
  inScopeOrder(records, rows);
  if (keptKey) options.keptRows!.set(keptKey, rows);
  return rows;
}

/** Where a source keeps its records' versions by business date. */
type VersionsTable = Pick<AsOfVersionsSpec<unknown>, 'table'> & { group: Pick<AsOfVersionsSpec<unknown>['group'], 'column'> };

/** The versions in force on `asOf` of the records, by record id (a record with none has no entry). */
async function versionsInForce(db: Pick<DataSource, 'query'>, table: string, versions: VersionsTable, records: readonly string[] | RecordScope, asOf: string): Promise<Map<string, unknown>> {
  const rows: { id: string; view: unknown }[] = await db.query(
    `SELECT id, view FROM ${versions.table} WHERE ${versionsWhere(records, versions.group.column, table)} AND ${IN_FORCE}`,
    [scopeWhere(records)[1], asOf],
  );
  return new Map(rows.map((r) => [r.id, r.view]));
}

/**
 * The rows, each whose versions are kept and were all known by knownAt replaced by its version in force
 * (the same rule as joinedRows' `versioned`, on the row's clocks). New objects: kept rows stay as they are.
 */
function withVersions<View>(rows: readonly Row<View>[], inForce: Map<string, unknown>, { knownAt }: TimeTravel): Row<View>[] {
  return rows.map((row) => {
    const { folded_revision, last_recorded_at } = row;
    const versioned = row.as_of_kept === true && folded_revision !== null && last_recorded_at !== null && (!knownAt || Date.parse(String(last_recorded_at)) <= knownAt.getTime());
    if (!versioned) return row;
    return { id: row.id, versioned, view: (inForce.get(row.id) ?? null) as View, folded_revision, first_recorded_at: null, last_recorded_at: null, latest_effective_on: null };
  });
}

/** The rows, with the versions in force on asOf joined in one statement (one snapshot). */
async function joinedRows<View, Event>(db: Pick<DataSource, 'query'>, source: FoldedSource<View, Event>, records: readonly string[] | RecordScope, travel: TimeTravel, options: ViewsAsOfOptions<View>, versions: VersionsTable): Promise<Row<View>[]> {
  const { shape } = options;
  const [where, key] = scopeWhere(records);
  const rows: (Row<View> & Record<string, unknown>)[] = await db.query(
    `SELECT a.id, k.versioned, v.version, ${shapeColumns(source, options, 'k.versioned')}, ${clockSelect('k.versioned')}
     FROM ${source.table} a
     CROSS JOIN LATERAL (SELECT a.as_of_kept AND a.folded_revision IS NOT NULL AND a.last_recorded_at IS NOT NULL
                           AND ($3::timestamptz IS NULL OR a.last_recorded_at <= $3::timestamptz) AS versioned) k
     LEFT JOIN (SELECT id AS version_of, view AS version FROM ${versions.table} WHERE ${versionsWhere(records, versions.group.column, source.table)} AND ${IN_FORCE}) v ON v.version_of = a.id
     WHERE a.${where}`,
    [key, travel.asOf, travel.knownAt?.toISOString() ?? null],
  );
  for (const row of rows) row.view = row.versioned ? (row.version as View) : rowView(source, shape, row);
  return inScopeOrder(records, rows);
}

/** Which versions to look at for `records` (`$1`). */
function versionsWhere(records: readonly string[] | RecordScope, groupColumn: string, table: string): string {
  if (!isScope(records)) return 'id = ANY($1::uuid[])';
  return records.column === groupColumn ? `${groupColumn} = $1` : `id IN (SELECT id FROM ${table} WHERE ${records.column} = $1)`;
}

/**
 * A record's version in force; undefined (folded from its events) when the projector has more of it to
 * apply. Its row's moments are not read (clockSelect): a versioned row has them, and only its revision matters.
 */
function fromVersion<View>(row: Row<View>, behind: RecordedEvent[]): View | null | undefined {
  const revision = row.folded_revision;
  if (revision === null || behind.some((e) => e.revision > revision)) return undefined;
  return row.view ?? null;
}

/**
 * The record under `travel` from its row and the events behind the checkpoint; null when nothing of it
 * was visible; undefined when the row cannot tell (it is then folded from its events).
 */
function fromRow<View, Event>(row: { view: View } & ClockRow, behind: RecordedEvent[], travel: TimeTravel, evolve: FoldedSource<View, Event>['evolve'], trimmed: boolean): View | null | undefined {
  const clocks = clocksOf(row);
  if (!clocks) return undefined;
  // A trimmed view lacks what evolve may need: a record with events behind the checkpoint is folded whole.
  if (trimmed && behind.some((e) => e.revision > clocks.revision)) return undefined;
  let view: View | null;
  if (allVisible(clocks, travel)) view = row.view;
  else if (noneKnown(clocks, travel)) view = null;
  else return undefined;
  for (const event of behind) {
    if (event.revision > clocks.revision && isVisibleAt(event, travel)) view = evolve(view, event as unknown as Event, event.revision);
  }
  return view;
}

/** Every event in the row was recorded by knownAt and is effective by asOf. */
function allVisible(clocks: ViewClocks, { asOf, knownAt }: TimeTravel): boolean {
  if (knownAt && (clocks.recordedAt === null || Date.parse(clocks.recordedAt) > knownAt.getTime())) return false;
  return !asOf || clocks.effectiveOn === null || clocks.effectiveOn <= asOf;
}

/** Nothing in the row had been recorded by knownAt. */
function noneKnown(clocks: ViewClocks, { knownAt }: TimeTravel): boolean {
  return knownAt !== undefined && Date.parse(clocks.firstRecordedAt) > knownAt.getTime();
}

/** The source's events after the checkpoint, by record id, lifted to this release; null when too many. */
async function eventsBehind(events: EventStore, checkpoint: Position, prefix: string): Promise<Map<string, RecordedEvent[]> | null> {
  const stored = await events.readAll(checkpoint, MAX_EVENTS_BEHIND + 1);
  if (stored.length > MAX_EVENTS_BEHIND) return null;
  const { events: lifted, newer } = readBatch(stored);
  if (newer) return null;
  const byId = new Map<string, RecordedEvent[]>();
  for (const event of lifted) {
    if (!event.stream.startsWith(prefix)) continue;
    const id = event.stream.slice(prefix.length);
    byId.set(id, [...(byId.get(id) ?? []), event]);
  }
  return byId;
}
