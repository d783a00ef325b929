import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { fixExtendedProtocolErrors } from './pglite-extended-protocol.js';

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Postgres without a server: PGlite (persisted in `dataDir`, or in memory when null) served on
 * loopback so the ordinary `pg` driver reaches it. PGlite takes one connection at a time.
 */
export async function startEmbeddedPostgres(dataDir: string | null, port = 0): Promise<EmbeddedPostgres> {
  let db: PGlite;
  if (dataDir === null) {
    db = await PGlite.create();
  } else {
    const dir = resolve(dataDir, 'pg');
    mkdirSync(dir, { recursive: true });
    db = await PGlite.create(dir);
  }
  fixExtendedProtocolErrors(db);
  // The pool keeps to one connection; the spare slots let a replacement connect while a
  // discarded connection is still closing (pg drops a client after a failed query).
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: 8 });
  await server.start();
  const address = server.getServerConn();
  const actualPort = Number(address.split(':').pop());
  return {
    url: `postgres://postgres@127.0.0.1:${actualPort}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
