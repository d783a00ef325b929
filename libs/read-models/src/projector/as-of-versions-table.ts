import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '#event-store';
import { addToVersions, BEFORE_EVERY_DATE, effectiveDateOf, versionsOf, type AsOfVersion, type Evolve } from './as-of-versions.js';
import { inBatches, recordsetColumns, type BulkColumn, type BulkRows } from './bulk.js';
import type { ProjectionReads } from './projection.js';

/**
 * A read model folded per record may keep each record's versions by business date (as-of-versions.ts)
 * in a table of their own, `(id, effective_from, view)`, in the shape `view` gives (what its readers
 * need of a record, not necessarily all of it). Its row says whether they are kept (`as_of_kept`): rows
 * folded before the table existed, or whose versions could not be followed, are folded from their
 * events by an `asOf` read instead, until the projector folds their versions again.
 */
export interface AsOfVersionsSpec<View> {
  table: string;
  view: (view: View) => unknown;
}

export const AS_OF_KEPT_COLUMN: BulkColumn = { name: 'as_of_kept', type: 'boolean' };
const COLUMNS: readonly BulkColumn[] = [
  { name: 'id', type: 'uuid' },
  { name: 'effective_from', type: 'date' },
  { name: 'view', type: 'jsonb' },
];

/** A record's versions in a batch of the live projector. */
interface BatchRecord {
  /** The versions' latest start (null: none yet), while they are followed event by event. */
  latest: string | null;
  /** Versions started or changed by the batch's events, by start. */
  changed: Map<string, unknown>;
  /** To be folded again from its stream: an event took effect before the latest version, or they were not kept. */
  refold: boolean;
  revision: number;
}

/**
 * The versions of the records a batch touches. An event dated on or after every earlier one (the usual
 * case) changes only the latest version, which is the record's view after it: no fold of its own. One
 * dated earlier changes versions whose full views are not stored: the record's stream is read and its
 * versions folded again, up to the batch's last event of it. Without `reads` such a record's versions
 * are dropped and it is marked not kept.
 */
export class AsOfVersionsBatch<View, Event> {
  private readonly records = new Map<string, BatchRecord>();

  constructor(
    private readonly spec: AsOfVersionsSpec<View>,
    private readonly evolve: Evolve<View, Event>,
    private readonly streamOf: (id: string) => string,
  ) {}

  /** A record before the batch: its row's `as_of_kept` and latest effectiveOn; no row, a new record. */
  start(id: string, row?: { kept: boolean; latestEffectiveOn: string | null }): void {
    const latest = row ? (row.latestEffectiveOn ?? BEFORE_EVERY_DATE) : null;
    this.records.set(id, { latest, changed: new Map(), refold: row !== undefined && !row.kept, revision: -1 });
  }

  /** One more event of a started record, with the record's view after it. */
  add(id: string, event: RecordedEvent, viewAfter: View | null): void {
    const record = this.records.get(id)!;
    record.revision = event.revision;
    if (record.refold) return;
    const date = effectiveDateOf(event);
    if (record.latest !== null && date < record.latest) record.refold = true;
    else {
      record.changed.set(date, viewAfter === null ? null : this.spec.view(viewAfter));
      record.latest = date;
    }
  }

  /**
   * Folds again the records that need it and deletes their old versions; answers, by record, whether
   * its versions are kept, and the version rows to upsert (`upsertVersionsSql`, in the rows' statement).
   */
  async prepare(tx: Pick<EntityManager, 'query'>, reads?: ProjectionReads): Promise<{ kept: Map<string, boolean>; rows: VersionRow[] }> {
    const kept = new Map<string, boolean>();
    const rows: unknown[][] = [];
    const replaced: string[] = [];
    for (const [id, record] of this.records) {
      if (!record.refold) {
        for (const [from, view] of record.changed) rows.push([id, from, view]);
        kept.set(id, true);
        continue;
      }
      replaced.push(id);
      kept.set(id, reads !== undefined);
      if (!reads) continue;
      // Later events of the stream are not in this batch's checkpoint yet: they come with a later batch.
      const history = (await reads.readStream(this.streamOf(id))).filter((e) => e.revision <= record.revision);
      for (const version of versionsOf(history, this.evolve)) rows.push([id, version.from, this.shape(version.view)]);
    }
    if (replaced.length > 0) await tx.query(`DELETE FROM ${this.spec.table} WHERE id = ANY($1::uuid[])`, [replaced]);
    return { kept, rows: rows.map(([id, from, view]) => ({ id: id as string, effective_from: from as string, view })) };
  }

  private shape(view: View | null): unknown {
    return view === null ? null : this.spec.view(view);
  }
}

export interface VersionRow {
  id: string;
  effective_from: string;
  view: unknown;
}

/** The upsert of version rows given as JSON in parameter `$n`, as a CTE for the statement that writes the records' rows. */
export function upsertVersionsCte(table: string, n: number): string {
  const { record, select } = recordsetColumns(COLUMNS);
  return `WITH versions AS (INSERT INTO ${table} (id, effective_from, view) SELECT ${select} FROM jsonb_to_recordset($${n}::jsonb) AS r(${record})
    ON CONFLICT (id, effective_from) DO UPDATE SET view = EXCLUDED.view)`;
}

/** Full views kept per record during a rebuild: the later versions, which an event dated a little early changes. */
const REBUILD_FULL_VERSIONS = 8;

interface RebuildRecord<View> {
  /** The latest versions, with full views. */
  recent: AsOfVersion<View>[];
  /** Earlier ones, in their stored shape: no event may change them any more. */
  settled: [string, unknown][];
  /** False once an event changed a settled version: folded again from its stream at the end. */
  followed: boolean;
  revision: number;
}

/**
 * The versions of every record in a rebuild from zero, in memory, event by event while the record's
 * events come in date order or nearly (the usual case). One dated before every version still held whole
 * would change a settled one: that record is folded again from its stream at the end, up to the last
 * event the rebuild folded of it.
 */
export class AsOfVersionsRebuild<View, Event> {
  private readonly records = new Map<string, RebuildRecord<View>>();

  constructor(
    private readonly spec: AsOfVersionsSpec<View>,
    private readonly evolve: Evolve<View, Event>,
    private readonly streamOf: (id: string) => string,
  ) {}

  /** Folds one more event of a record into its versions; answers the record's view after it (its latest version's). */
  add(id: string, event: RecordedEvent, viewAfter: () => View | null): View | null {
    let record = this.records.get(id);
    if (!record) this.records.set(id, (record = { recent: [], settled: [], followed: true, revision: -1 }));
    record.revision = event.revision;
    if (!record.followed) return viewAfter();
    const { recent, settled } = record;
    if (settled.length > 0 && effectiveDateOf(event) < recent[0].from) {
      Object.assign(record, { followed: false, recent: [], settled: [] });
      return viewAfter();
    }
    addToVersions(recent, event, this.evolve);
    while (recent.length > REBUILD_FULL_VERSIONS) {
      const oldest = recent.shift()!;
      settled.push([oldest.from, this.shape(oldest.view)]);
    }
    return recent[recent.length - 1].view;
  }

  async finish(reads: ProjectionReads): Promise<BulkRows[]> {
    const rows: unknown[][] = [];
    for (const [id, { recent, settled, followed, revision }] of this.records) {
      if (followed) {
        for (const [from, view] of settled) rows.push([id, from, view]);
        for (const { from, view } of recent) rows.push([id, from, this.shape(view)]);
        continue;
      }
      const history = (await reads.readStream(this.streamOf(id))).filter((e) => e.revision <= revision);
      for (const { from, view } of versionsOf(history, this.evolve)) rows.push([id, from, this.shape(view)]);
    }
    return inBatches(this.spec.table, COLUMNS, rows);
  }

  private shape(view: View | null): unknown {
    return view === null ? null : this.spec.view(view);
  }
}
