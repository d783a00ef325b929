import type { RecordedEvent } from '#event-store';
import type { ProjectionReads } from './projection.js';

/** A column written in bulk, with its SQL type (`uuid`, `text`, `date`, `numeric`, `json`, `jsonb`, `uuid[]`…). */
export interface BulkColumn {
  name: string;
  type: string;
}

/** Rows for one table, each an array of values in the order of `columns`. */
export interface BulkRows {
  table: string;
  columns: readonly BulkColumn[];
  rows: unknown[][];
  /**
   * Values of the table's `id` column whose rows, written earlier in the same rebuild, this batch
   * replaces: deleted once every batch before is written, before any batch after is.
   */
  replaces?: readonly string[];
}

/**
 * A projection's fold for a rebuild from zero, in memory: it takes the log page by page and gives the rows
 * to write, with no reads back from the database. Row-per-event read models give a page's rows at once;
 * read models folded per record hold their records until `finish`, and write each once (their versions by
 * business date as they settle, see AsOfVersionsRebuild).
 */
export interface BulkFold {
  add(events: RecordedEvent[]): BulkRows[];
  /** The rest; `reads` for a record whose versions by business date are folded again from its stream. */
  finish(reads: ProjectionReads): BulkRows[] | Promise<BulkRows[]>;
}

/** Splits rows into batches of at most `size`: a COPY or an INSERT each. */
export function inBatches(table: string, columns: readonly BulkColumn[], rows: unknown[][], size = 5000): BulkRows[] {
  const out: BulkRows[] = [];
  for (let i = 0; i < rows.length; i += size) out.push({ table, columns, rows: rows.slice(i, i + size) });
  return out;
}

/**
 * Columns as `jsonb_to_recordset` reads them from one JSON parameter and as they are selected from its
 * alias `r`: arrays travel as JSON arrays and are turned back into Postgres arrays (NULL stays NULL).
 */
export function recordsetColumns(columns: readonly BulkColumn[]): { record: string; select: string } {
  return {
    record: columns.map((c) => `${c.name} ${c.type.endsWith('[]') ? 'jsonb' : c.type}`).join(', '),
    select: columns
      .map((c) => (c.type.endsWith('[]') ? `CASE WHEN r.${c.name} IS NOT NULL THEN ARRAY(SELECT jsonb_array_elements_text(r.${c.name}))::${c.type} END` : `r.${c.name}`))
      .join(', '),
  };
}
