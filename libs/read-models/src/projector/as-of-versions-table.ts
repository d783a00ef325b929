import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '#event-store';
import { addToVersions, BEFORE_EVERY_DATE, effectiveDateOf, versionsOf, type AsOfVersion, type Evolve } from './as-of-versions.js';
import { inBatches, recordsetColumns, type BulkColumn, type BulkRows } from './bulk.js';
import type { ProjectionReads } from './projection.js';

/**
 * A read model folded per record may keep each record's versions by business date (as-of-versions.ts)
 * in a table of their own: `(id, effective_from, effective_until, <group column>, view)`, `until` being
 * the next version's start ('infinity' for the latest), in the shape `view` gives (what its readers need
 * of a record, not necessarily all of it). Its row says whether they are kept (`as_of_kept`): rows folded
 * before the table existed are folded from their events by an `asOf` read instead, until the projector
 * folds their versions again.
 */
export interface AsOfVersionsSpec<View> {
  table: string;
  view: (view: View) => unknown;
  /**
   * What a reader asks versions for together (an activity's plan), a column of the record's row and of
   * the versions: the versions in force on a date for a whole group are one index range
   * (`<column>, effective_until, effective_from`), not one lookup per record. A rebuild writes each page
   * of the log's versions in this order, then by date, so that they also share pages.
   */
  group: { column: string; type: string; value: (view: View) => string };
}

export const AS_OF_KEPT_COLUMN: BulkColumn = { name: 'as_of_kept', type: 'boolean' };
const FOREVER = 'infinity';

/** A version row as written. */
export interface VersionRow {
  id: string;
  effective_from: string;
  effective_until: string;
  group: string | null;
  view: unknown;
}

export function versionColumns(spec: AsOfVersionsSpec<unknown>): BulkColumn[] {
  return [
    { name: 'id', type: 'uuid' },
    { name: 'effective_from', type: 'text' },
    { name: 'effective_until', type: 'text' },
    { name: spec.group.column, type: spec.group.type },
    // Written and read whole: stored as the text given (see the migration making it json).
    { name: 'view', type: 'json' },
  ];
}

/** Rows for versions in order of their start: each until the next one's. */
function rowsOf<View>(spec: AsOfVersionsSpec<View>, id: string, versions: readonly AsOfVersion<View>[], lastUntil = FOREVER): VersionRow[] {
  return versions.map(({ from, view }, i) => ({
    id,
    effective_from: from,
    effective_until: versions[i + 1]?.from ?? lastUntil,
    group: view === null ? null : spec.group.value(view),
    view: view === null ? null : spec.view(view),
  }));
}

/** A record's versions in a batch of the live projector. */
interface BatchRecord<View> {
  /** The latest version's start before the batch (null: none), and after the events so far. */
  before: string | null;
  latest: string | null;
  /** Versions started or changed by the batch's events, by start, with the record's view after each. */
  changed: Map<string, View | null>;
  /** To be folded again from its stream: an event took effect before the latest version, or they were not kept. */
  refold: boolean;
  revision: number;
}

/** What a batch writes of its records' versions, in the statement that writes their rows. */
export interface PreparedVersions {
  /** By record: whether its versions are kept. */
  kept: Map<string, boolean>;
  /** Versions to insert or replace. */
  rows: VersionRow[];
  /** Versions that now end where a new one starts: `(id, effective_from, effective_until)`. */
  ended: Pick<VersionRow, 'id' | 'effective_from' | 'effective_until'>[];
}

/**
 * The versions of the records a batch touches. An event dated on or after every earlier one (the usual
 * case) changes only the latest version, which is the record's view after it: no fold of its own. One
 * dated earlier changes versions whose full views are not stored: the record's stream is read and its
 * versions folded again, up to the batch's last event of it. Without `reads` such a record's versions
 * are dropped and it is marked not kept.
 */
export class AsOfVersionsBatch<View, Event> {
  private readonly records = new Map<string, BatchRecord<View>>();

  constructor(
    private readonly spec: AsOfVersionsSpec<View>,
    private readonly evolve: Evolve<View, Event>,
    private readonly streamOf: (id: string) => string,
  ) {}

  /** A record before the batch: its row's `as_of_kept` and latest effectiveOn; no row, a new record. */
  start(id: string, row?: { kept: boolean; latestEffectiveOn: string | null }): void {
    const latest = row ? (row.latestEffectiveOn ?? BEFORE_EVERY_DATE) : null;
    this.records.set(id, { before: latest, latest, changed: new Map(), refold: row !== undefined && !row.kept, revision: -1 });
  }

  /** One more event of a started record, with the record's view after it. */
  add(id: string, event: RecordedEvent, viewAfter: View | null): void {
    const record = this.records.get(id)!;
    record.revision = event.revision;
    if (record.refold) return;
    const date = effectiveDateOf(event);
    if (record.latest !== null && date < record.latest) record.refold = true;
    else {
      record.changed.set(date, viewAfter);
      record.latest = date;
    }
  }

  /** Folds again the records that need it and deletes their old versions; the rest is for the rows' statement. */
  async prepare(tx: Pick<EntityManager, 'query'>, reads?: ProjectionReads): Promise<PreparedVersions> {
    const prepared: PreparedVersions = { kept: new Map(), rows: [], ended: [] };
    const replaced: string[] = [];
    for (const [id, record] of this.records) {
      if (!record.refold) {
        // Changed versions start on or after the latest one before the batch, in date order.
        const changed = [...record.changed].map(([from, view]) => ({ from, view }));
        prepared.rows.push(...rowsOf(this.spec, id, changed));
        if (record.before !== null && changed.length > 0 && changed[0].from > record.before) prepared.ended.push({ id, effective_from: record.before, effective_until: changed[0].from });
        prepared.kept.set(id, true);
        continue;
      }
      replaced.push(id);
      prepared.kept.set(id, reads !== undefined);
      if (!reads) continue;
      // Later events of the stream are not in this batch's checkpoint yet: they come with a later batch.
      const history = (await reads.readStream(this.streamOf(id))).filter((e) => e.revision <= record.revision);
      prepared.rows.push(...rowsOf(this.spec, id, versionsOf(history, this.evolve)));
    }
    if (replaced.length > 0) await tx.query(`DELETE FROM ${this.spec.table} WHERE id = ANY($1::uuid[])`, [replaced]);
    return prepared;
  }
}

/**
 * CTEs writing prepared versions, given as JSON in parameters `$rows` and `$ended`, for the statement
 * that writes the records' rows: on the embedded database's one connection, no extra round trip.
 */
export function writeVersionsCtes(spec: AsOfVersionsSpec<unknown>, rows: number, ended: number): string[] {
  const columns = versionColumns(spec);
  const { record, select } = recordsetColumns(columns);
  const updated = columns.slice(2).map((c) => `${c.name} = EXCLUDED.${c.name}`);
  return [
    `versions AS (INSERT INTO ${spec.table} (${columns.map((c) => c.name).join(', ')}) SELECT ${select} FROM jsonb_to_recordset($${rows}::jsonb) AS r(${record})
      ON CONFLICT (id, effective_from) DO UPDATE SET ${updated.join(', ')})`,
    `ended AS (UPDATE ${spec.table} t SET effective_until = e.effective_until
      FROM jsonb_to_recordset($${ended}::jsonb) AS e(id uuid, effective_from text, effective_until text) WHERE t.id = e.id AND t.effective_from = e.effective_from)`,
  ];
}

/** Version rows as JSON records for writeVersionsCtes, by column name. */
export function versionRecords(spec: AsOfVersionsSpec<unknown>, rows: readonly VersionRow[]): Record<string, unknown>[] {
  return rows.map(({ group, ...row }) => ({ ...row, [spec.group.column]: group }));
}

/** The version rows as the bulk writer takes them, in versionColumns' order. */
function values({ id, effective_from, effective_until, group, view }: VersionRow): unknown[] {
  return [id, effective_from, effective_until, group, view];
}

/** Full views kept per record during a rebuild: the later versions, which an event dated a little early changes. */
const REBUILD_FULL_VERSIONS = 8;

interface RebuildRecord<View> {
  /** The latest versions, with full views. */
  recent: AsOfVersion<View>[];
  /** Versions of it have settled: no event may change them any more, or the record is folded again. */
  settled: boolean;
  /** Some settled versions were given to the writer: folded again, its rows replace those. */
  written: boolean;
  /** False once an event changed a settled version: folded again from its stream at the end. */
  followed: boolean;
  revision: number;
}

/**
 * The versions of every record in a rebuild from zero, in memory, event by event while the record's
 * events come in date order or nearly (the usual case). Versions older than a record's latest few are
 * settled and written as the rebuild goes, a page of the log at a time (`take`; held to the end, they
 * were a fifth of its memory at 1M events, and copied by each young-generation collection). An event
 * dated before every version still held whole would change a settled one: that record is folded again
 * from its stream at the end, up to the last event the rebuild folded of it, and its versions replace
 * any written before.
 */
export class AsOfVersionsRebuild<View, Event> {
  private readonly records = new Map<string, RebuildRecord<View>>();
  private settled: VersionRow[] = [];

  constructor(
    private readonly spec: AsOfVersionsSpec<View>,
    private readonly evolve: Evolve<View, Event>,
    private readonly streamOf: (id: string) => string,
  ) {}

  /** Folds one more event of a record into its versions; answers the record's view after it (its latest version's). */
  add(id: string, event: RecordedEvent, viewAfter: () => View | null): View | null {
    let record = this.records.get(id);
    if (!record) this.records.set(id, (record = { recent: [], settled: false, written: false, followed: true, revision: -1 }));
    record.revision = event.revision;
    if (!record.followed) return viewAfter();
    const { recent } = record;
    if (record.settled && effectiveDateOf(event) < recent[0].from) {
      // Its settled rows not yet written are left out when they are taken.
      Object.assign(record, { followed: false, recent: [] });
      return viewAfter();
    }
    addToVersions(recent, event, this.evolve);
    while (recent.length > REBUILD_FULL_VERSIONS) {
      const oldest = recent.shift()!;
      this.settled.push(...rowsOf(this.spec, id, [oldest], recent[0].from));
      record.settled = true;
    }
    return recent[recent.length - 1].view;
  }

  /** The versions settled since the last call, to write now. */
  take(): BulkRows[] {
    return this.batches(this.takeSettled());
  }

  /** Every version row not taken yet, by group, then date; then those of records folded again, replacing theirs. */
  async finish(reads: ProjectionReads): Promise<BulkRows[]> {
    const rows = this.takeSettled();
    const refolded: VersionRow[] = [];
    const replaced: string[] = [];
    for (const [id, { recent, followed, written, revision }] of this.records) {
      if (followed) rows.push(...rowsOf(this.spec, id, recent));
      else {
        refolded.push(...rowsOf(this.spec, id, versionsOf((await reads.readStream(this.streamOf(id))).filter((e) => e.revision <= revision), this.evolve)));
        if (written) replaced.push(id);
      }
    }
    // Their rows written before go first, once every batch before is written.
    const replacing: BulkRows[] = replaced.length > 0 ? [{ table: this.spec.table, columns: this.columns(), rows: [], replaces: replaced }] : [];
    return [...this.batches(rows), ...replacing, ...this.batches(refolded)];
  }

  /** The settled rows held, but those of records no longer followed; their records marked written. */
  private takeSettled(): VersionRow[] {
    const rows: VersionRow[] = [];
    for (const row of this.settled) {
      const record = this.records.get(row.id)!;
      if (!record.followed) continue;
      record.written = true;
      rows.push(row);
    }
    this.settled = [];
    return rows;
  }

  /** Rows by group, then date (buckets: a sort of every row would compare millions of pairs). */
  private batches(rows: readonly VersionRow[]): BulkRows[] {
    const buckets = new Map<string, Map<string, VersionRow[]>>();
    for (const row of rows) {
      const group = row.group ?? '';
      const byDate = buckets.get(group) ?? buckets.set(group, new Map()).get(group)!;
      const bucket = byDate.get(row.effective_from);
      if (bucket) bucket.push(row);
      else byDate.set(row.effective_from, [row]);
    }
    const ordered: unknown[][] = [];
    for (const group of [...buckets.keys()].sort()) {
      const byDate = buckets.get(group)!;
      for (const date of [...byDate.keys()].sort()) for (const row of byDate.get(date)!) ordered.push(values(row));
    }
    return inBatches(this.spec.table, this.columns(), ordered);
  }

  private columns(): BulkColumn[] {
    return versionColumns(this.spec as AsOfVersionsSpec<unknown>);
  }
}
