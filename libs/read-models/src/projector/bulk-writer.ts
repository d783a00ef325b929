import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { DataSource, QueryRunner } from 'typeorm';
import { recordsetColumns, type BulkColumn, type BulkRows } from './bulk.js';

/** Writes rows into a table of the scratch schema. */
export interface BulkWriter {
  readonly method: 'copy' | 'insert';
  write(schema: string, batch: BulkRows): Promise<void>;
  close(): Promise<void>;
}

/**
 * COPY on a Postgres server; on the embedded database (PGlite, whose socket does not speak COPY's
 * sub-protocol) multi-row INSERTs from one JSON parameter.
 */
export async function openBulkWriter(dataSource: DataSource): Promise<BulkWriter> {
  const [{ embedded }] = (await dataSource.query("SELECT version() LIKE '%PGlite%' AS embedded")) as { embedded: boolean }[];
  // The embedded database has one connection: the INSERTs take it statement by statement, as everything else does.
  if (embedded) return insertWriter(dataSource);
  const runner = dataSource.createQueryRunner();
  return copyWriter(runner, (await runner.connect()) as PoolClient);
}

function copyWriter(runner: QueryRunner, client: PoolClient): BulkWriter {
  return {
    method: 'copy',
    async write(schema, { table, columns, rows }) {
      if (rows.length === 0) return;
      const copy = client.query(copyFrom(`COPY ${schema}.${table} (${columns.map((c) => c.name).join(', ')}) FROM STDIN`));
      const encode = columns.map((c) => encoderFor(c));
      await pipeline(Readable.from(linesOf(rows, encode)), copy);
    },
    close: () => runner.release(),
  };
}

function* linesOf(rows: unknown[][], encode: ((value: unknown) => string)[]): Generator<string> {
  // A few hundred rows a chunk: fewer stream writes than one per row, no single huge string.
  let chunk = '';
  for (let i = 0; i < rows.length; i++) {
    chunk += rows[i].map((value, column) => encode[column](value)).join('\t') + '\n';
    if (i % 500 === 499) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/**
 * COPY's text format (not CSV: it tells NULL from the empty string unambiguously): \N for NULL,
 * backslash, tab, newline and carriage return escaped; arrays as Postgres array literals.
 */
function encoderFor(column: BulkColumn): (value: unknown) => string {
  const text = (value: string) => value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
  const element = (value: unknown) => (value === null || value === undefined ? 'NULL' : `"${String(value).replace(/["\\]/g, (c) => `\\${c}`)}"`);
  const encode = column.type.endsWith('[]')
    ? (value: unknown) => `{${(value as unknown[]).map(element).join(',')}}`
    : column.type === 'jsonb'
      ? (value: unknown) => JSON.stringify(value)
      : (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  return (value) => (value === null || value === undefined ? '\\N' : text(encode(value)));
}

function insertWriter(dataSource: DataSource): BulkWriter {
  return {
    method: 'insert',
    async write(schema, { table, columns, rows }) {
      const { record, select } = recordsetColumns(columns);
      const sql = `INSERT INTO ${schema}.${table} (${columns.map((c) => c.name).join(', ')})
        SELECT ${select} FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (${record})) WITH ORDINALITY AS r ORDER BY r.ordinality`;
      // A thousand rows a statement keeps each JSON parameter small for the embedded database.
      for (let i = 0; i < rows.length; i += 1000) {
        const records = rows.slice(i, i + 1000).map((row) => Object.fromEntries(columns.map((c, index) => [c.name, row[index] ?? null])));
        await dataSource.query(sql, [JSON.stringify(records)]);
      }
    },
    close: async () => undefined,
  };
}
