import type { DataSource } from 'typeorm';
import { createDataSource } from '#platform';
import type { BulkColumn, BulkRows } from '../../libs/read-models/src/projector/bulk.js';
import { openBulkWriter } from '../../libs/read-models/src/projector/bulk-writer.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const COLUMNS: BulkColumn[] = [
  { name: 'seq', type: 'int' },
  { name: 'label', type: 'text' },
  { name: 'id', type: 'uuid' },
  { name: 'day', type: 'date' },
  { name: 'amount', type: 'numeric' },
  { name: 'open', type: 'boolean' },
  { name: 'at', type: 'timestamptz' },
  { name: 'tags', type: 'text[]' },
  { name: 'doc', type: 'jsonb' },
  { name: 'raw', type: 'json' },
];

/** Values COPY's text format must escape, and ones it must not confuse with NULL. */
const AWKWARD = ['tab\there', 'line\nbreak', 'carriage\rreturn', 'back\\slash', '\\N', '', 'ends with backslash\\', 'quote " and comma ,', 'ünïcødé ✓'];

function rowsOf(from: number, count: number): unknown[][] {
  return Array.from({ length: count }, (_, i) => {
    const seq = from + i;
    const label = AWKWARD[seq % AWKWARD.length];
    return [
      seq,
      seq % 7 === 0 ? null : label,
      `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
      '2024-02-29',
      seq % 5 === 0 ? null : `${seq}.25`,
      seq % 2 === 0,
      new Date(Date.UTC(2026, 0, 1, 0, 0, seq % 60)),
      seq % 3 === 0 ? null : [label, null, 'x,y', '{braces}'],
      seq % 4 === 0 ? null : { label, nested: { path: 'C:\\dir\\file', control: '\u0001\t\n', quote: '"' }, list: [1, null, label] },
      seq % 6 === 0 ? null : [label, { label }],
    ];
  });
}

const batch = (table: string, from: number, count: number): BulkRows => ({ table, columns: COLUMNS, rows: rowsOf(from, count) });

describe('bulk writer: the rows of a rebuild, copied (server) or inserted (embedded)', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  const schema = 'bulk_writer_test';

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = createDataSource({ url: database.url, poolSize: database.poolSize });
    await dataSource.initialize();
    await dataSource.query(`CREATE SCHEMA ${schema}`);
    for (const table of ['first', 'second']) {
      await dataSource.query(
        `CREATE TABLE ${schema}.${table} (seq int NOT NULL, label text, id uuid, day date, amount numeric, open boolean NOT NULL, at timestamptz, tags text[], doc jsonb, raw json)`,
      );
    }
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  afterEach(async () => {
    await dataSource.query(`TRUNCATE ${schema}.first, ${schema}.second`);
  });

  /** The table's rows, batch by batch as they were written (each batch a statement of its own). */
  const stored = async (table: string) => {
    const rows: Record<string, unknown>[] = await dataSource.query(
      `SELECT seq, label, id::text, to_char(day, 'YYYY-MM-DD') AS day, amount::text, open, at, tags, doc, raw FROM ${schema}.${table} ORDER BY xmin::text::bigint, seq`,
    );
    return rows.map((r) => [r.seq, r.label, r.id, r.day, r.amount, r.open, r.at, r.tags, r.doc, r.raw]);
  };

  it('every value comes back as it was given: escapes, NULL beside the empty string and "\\N", arrays, JSON', async () => {
    const writer = await openBulkWriter(dataSource);
    expect(writer.method).toBe(database.embedded ? 'insert' : 'copy');
    try {
      await writer.write(schema, [batch('first', 0, 120)]);
      await writer.flush();
    } finally {
      await writer.close();
    }
    expect(await stored('first')).toEqual(rowsOf(0, 120));
  });

  it('tables written side by side: every batch whole in one statement, and every row once', async () => {
    const writer = await openBulkWriter(dataSource);
    try {
      for (let i = 0; i < 10; i++) await writer.write(schema, [batch('first', i * 50, 50), batch('second', 10_000 + i * 30, 30)]);
      // A last call with several batches of both, queued at once.
      await writer.write(schema, [batch('first', 500, 50), batch('first', 550, 50), batch('second', 10_300, 30), batch('second', 10_330, 30)]);
      await writer.flush();
    } finally {
      await writer.close();
    }
    // A table's batches may be written side by side (COPY on two connections): each is one statement.
    const byStatement = async (table: string) =>
      ((await dataSource.query(`SELECT array_agg(seq ORDER BY seq) AS seqs FROM ${schema}.${table} GROUP BY xmin::text ORDER BY min(seq)`)) as { seqs: number[] }[]).map((r) => r.seqs);
    const ranges = (from: number, size: number, count: number) => Array.from({ length: count }, (_, i) => Array.from({ length: size }, (_, j) => from + i * size + j));
    expect(await byStatement('first')).toEqual(ranges(0, 50, 12));
    expect(await byStatement('second')).toEqual(ranges(10_000, 30, 12));
    const all = async (table: string) => (await stored(table)).sort((a, b) => (a[0] as number) - (b[0] as number));
    expect(await all('first')).toEqual(rowsOf(0, 600));
    expect(await all('second')).toEqual(rowsOf(10_000, 360));
  });

  it('a batch replacing records: their rows written before, on either connection, are gone; rows given after it stay', async () => {
    const writer = await openBulkWriter(dataSource);
    const ids = (rows: unknown[][]) => rows.map((row) => row[2] as string);
    // On a server the copies wait behind a lock: still queued on both connections when the replacing batch comes.
    const lock = database.embedded ? undefined : dataSource.createQueryRunner();
    try {
      await lock?.startTransaction();
      await lock?.query(`LOCK TABLE ${schema}.first`);
      for (let i = 0; i < 4; i++) await writer.write(schema, [batch('first', i * 100, 100)]);
      const replaced = [30, 130, 230, 330].flatMap((from) => ids(rowsOf(from, 5)));
      const again = rowsOf(30, 5).map((row) => row.map((v, c) => (c === 1 ? 'again' : v)));
      const replacing = writer.write(schema, [{ table: 'first', columns: COLUMNS, rows: [], replaces: replaced }, { table: 'first', columns: COLUMNS, rows: again }, batch('first', 400, 100)]);
      await lock?.commitTransaction();
      await replacing;
      await writer.flush();
    } finally {
      await lock?.release();
      await writer.close();
    }
    const seqs = (await stored('first')).map((row) => row[0] as number);
    expect(seqs).toHaveLength(500 - 20 + 5);
    expect((await stored('first')).filter((row) => row[1] === 'again').map((row) => row[0])).toEqual([30, 31, 32, 33, 34]);
    for (const gone of [130, 134, 230, 330, 334]) expect(seqs).not.toContain(gone);
    expect(seqs).toContain(135);
    expect(seqs).toContain(450);
  });

  it('a batch Postgres refuses fails the writing: it comes out of a write or of flush, and the next write refuses too', async () => {
    const writer = await openBulkWriter(dataSource);
    const refused: BulkRows = {
      table: 'first',
      columns: COLUMNS,
      rows: rowsOf(0, 10).map((row, i) => (i === 6 ? row.map((v, c) => (c === 5 ? null : v)) : row)),
    };
    try {
      const writing = (async () => {
        await writer.write(schema, [batch('first', 100, 10), refused, batch('second', 0, 10)]);
        await writer.flush();
      })();
      await expect(writing).rejects.toThrow(/null value in column "open"/);
      await expect(writer.write(schema, [batch('second', 50, 10)])).rejects.toThrow(/null value in column "open"/);
    } finally {
      await writer.close();
    }
    // Nothing of the refused batch: a COPY or an INSERT is one statement.
    expect((await stored('first')).map((row) => row[0])).not.toContain(0);
  });
});
