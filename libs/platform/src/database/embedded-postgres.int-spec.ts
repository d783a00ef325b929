import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';
import { fixExtendedProtocolErrors } from './pglite-extended-protocol.js';

describe('embedded Postgres over the pg driver', () => {
  let embedded: EmbeddedPostgres;
  let pool: pg.Pool;
  beforeAll(async () => {
    embedded = await startEmbeddedPostgres(null);
    pool = new pg.Pool({ connectionString: embedded.url, max: 1 });
    await pool.query('CREATE TABLE t (id int PRIMARY KEY)');
    await pool.query('INSERT INTO t VALUES ($1)', [1]);
  });
  afterAll(async () => {
    await pool.end();
    await embedded.stop();
  });

  it('keeps a 16 MB buffer pool, not the 128 MB of the cluster\'s postgresql.conf', async () => {
    const { rows } = await pool.query('SHOW shared_buffers');
    expect(rows).toEqual([{ shared_buffers: '16MB' }]);
  });

  it('samples 3,000 rows a table when it analyses, not 30,000 (the memory it takes is never given back)', async () => {
    const { rows } = await pool.query('SHOW default_statistics_target');
    expect(rows).toEqual([{ default_statistics_target: '10' }]);
  });

  it('keeps the connection usable after errors in parameterised queries', async () => {
    for (let i = 0; i < 3; i++) {
      await expect(pool.query('INSERT INTO t SELECT unnest($1::int[])', [[1]])).rejects.toMatchObject({ code: '23505' });
    }
    await expect(pool.query('SELECT $1::int', ['not a number'])).rejects.toMatchObject({ code: '22P02' });
    await expect(pool.query('SELEC 1', [])).rejects.toMatchObject({ code: '42601' });
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM t WHERE id = $1', [1]);
    expect(rows).toEqual([{ n: 1 }]);
  });

  it('rolls back a transaction that hit an error, and the next one works', async () => {
    const client = await pool.connect();
    await client.query('BEGIN');
    await client.query('INSERT INTO t VALUES ($1)', [2]);
    await expect(client.query('INSERT INTO t VALUES ($1)', [1])).rejects.toMatchObject({ code: '23505' });
    await client.query('ROLLBACK');
    client.release();
    const { rows } = await pool.query('SELECT array_agg(id ORDER BY id) AS ids FROM t', []);
    expect(rows[0].ids).toEqual([1]);
  });

  it("holds the answers of Parse, Bind, Describe and Execute until the batch's Sync, then hands them on in one piece", async () => {
    const template = process.env.PGLITE_TEMPLATE; // jest's global setup: a dump of a new cluster
    const db = await PGlite.create(template ? { loadDataDir: new Blob([readFileSync(template)]) } : {});
    try {
      fixExtendedProtocolErrors(db);
      const pieces: Uint8Array[] = [];
      const send = (message: Buffer) => db.execProtocolRawStream(new Uint8Array(message), { onRawData: (data) => pieces.push(data.slice()) });
      const message = (type: string, body: Buffer) => Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
      await send(message('P', Buffer.concat([cstring(''), cstring('SELECT 7 AS n'), Buffer.from([0, 0])])));
      await send(message('B', Buffer.concat([cstring(''), cstring(''), Buffer.from([0, 0, 0, 0, 0, 0])])));
      await send(message('D', Buffer.concat([Buffer.from('P'), cstring('')])));
      await send(message('E', Buffer.concat([cstring(''), int32(0)])));
      expect(pieces).toHaveLength(0);
      await send(message('S', Buffer.alloc(0)));
      expect(pieces).toHaveLength(1);
      // ParseComplete, BindComplete, RowDescription, DataRow, CommandComplete, ReadyForQuery
      expect(messageTypes(Buffer.from(pieces[0]))).toEqual('12TDCZ');
    } finally {
      await db.close();
    }
  });

  it('gives each of several connections its own answers, errors included', async () => {
    const many = new pg.Pool({ connectionString: embedded.url, max: 4 });
    try {
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          i % 5 === 0 ? many.query('SELECT $1::int AS n', [`not ${i}`]).then(() => 'no error', (e: { code?: string }) => e.code) : many.query('SELECT $1::int AS n', [i]).then((r) => r.rows[0].n as number),
        ),
      );
      expect(results).toEqual(Array.from({ length: 40 }, (_, i) => (i % 5 === 0 ? '22P02' : i)));
    } finally {
      await many.end();
    }
  });
});

function int32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
}

function cstring(s: string): Buffer {
  return Buffer.from(`${s}\0`);
}

function messageTypes(buffer: Buffer): string {
  let types = '';
  for (let offset = 0; offset + 5 <= buffer.length; offset += 1 + buffer.readInt32BE(offset + 1)) types += String.fromCharCode(buffer[offset]);
  return types;
}
