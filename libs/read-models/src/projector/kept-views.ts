import { LRUCache } from 'lru-cache';

/** How much the views kept for one database may weigh, counted as the JSON text written for them. */
const KEPT_JSON_CHARACTERS = 4 * 1024 * 1024;

interface KeptView {
  /** The row's xmin when this view was written: the transaction that wrote that row version. */
  version: string;
  view: unknown;
}

/**
 * The views a document projection last wrote, by table, record and row version (the row's xmin), so
 * that the next batch touching a record reads its clocks but not its view back: on an activity with
 * thousands of reports, reading and parsing the view again was about a third of what each batch cost.
 * A row written since by anything else (a rebuild's swap, a refold, a rolled-back batch) has another
 * xmin and is read as before; transaction ids are never reused, so matching versions mean the same
 * row. Least recently used views go first past KEPT_JSON_CHARACTERS.
 */
export class KeptViews {
  private readonly views = new LRUCache<string, KeptView>({ maxSize: KEPT_JSON_CHARACTERS });

  /** The kept views of these records in `table`, by id, with the row version each was written as. */
  of(table: string, ids: readonly string[]): Map<string, KeptView> {
    const kept = new Map<string, KeptView>();
    for (const id of ids) {
      const entry = this.views.get(`${table}:${id}`);
      if (entry) kept.set(id, entry);
    }
    return kept;
  }

  /** `size`: the length of the view's JSON as written, its weight against the bound. */
  keep(table: string, id: string, version: string, view: unknown, size: number): void {
    if (size > KEPT_JSON_CHARACTERS / 4) return this.forget(table, id);
    this.views.set(`${table}:${id}`, { version, view }, { size: Math.max(1, size) });
  }

  forget(table: string, id: string): void {
    this.views.delete(`${table}:${id}`);
  }
}

/** One per database: embedded databases in one process number their transactions alike. */
const byDatabase = new WeakMap<object, KeptViews>();

export function keptViewsOf(database: object): KeptViews {
  let kept = byDatabase.get(database);
  if (!kept) byDatabase.set(database, (kept = new KeptViews()));
  return kept;
}
