import { chmodSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { lockDataDir, type DataDirLock } from './data-dir-lock.js';
import { createClusterApart } from './new-cluster.js';
import { fixExtendedProtocolErrors } from './pglite-extended-protocol.js';
import { privateSocket, socketUrl } from './private-socket.js';

export interface EmbeddedPostgres {
  url: string;
  /** The Unix socket the database listens on (mode 0600, in a 0700 directory). */
  socketPath: string;
  stop(): Promise<void>;
}

/**
 * Postgres without a server: PGlite (persisted in `dataDir`, or in memory when null) served on a
 * private Unix socket so the ordinary `pg` driver reaches it. PGlite takes one connection at a time.
 * A persisted directory is locked for the life of the database (see lockDataDir): a second process
 * on it fails at start, naming the holder's pid.
 */
export interface EmbeddedPostgresOptions {
  /** An in-memory database starts from this data directory (a PGlite dump) instead of a new cluster. */
  loadDataDir?: Blob | File;
}

/**
 * PGlite's own start parameters (single user, fsync already off) with a smaller buffer pool: the
 * cluster's postgresql.conf asks for 128 MB, which lives in the WebAssembly memory of this process;
 * the files are in the OS page cache anyway. 32 MB saved about 60 MB resident for the same CPU per
 * command in the embedded bench, 16 MB about 14 MB more after its 5-minute soak. ANALYZE (see
 * EmbeddedVacuum) samples 300 rows per unit of the statistics target: at the default 100, the 30,000
 * sampled events grew that memory, which never shrinks, by about 60 MB; at 10, by about 4 MB, in a
 * fifth of the time.
 */
const START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB', '-c', 'default_statistics_target=10'];

export async function startEmbeddedPostgres(dataDir: string | null, { loadDataDir }: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const lock: DataDirLock | null = dataDir === null ? null : lockDataDir(dataDir);
  const socket = privateSocket(dataDir);
  let db: PGlite | undefined;
  try {
    if (dataDir === null) {
      db = await PGlite.create({ ...(loadDataDir ? { loadDataDir } : {}), startParams: START_PARAMS });
    } else {
      const dir = resolve(dataDir, 'pg');
      mkdirSync(dir, { recursive: true });
      if (await createClusterApart(dir, START_PARAMS)) new Logger('Database').log(`created the embedded database in ${dir}`);
      db = await PGlite.create(dir, { startParams: START_PARAMS });
    }
    fixExtendedProtocolErrors(db);
    // The pool keeps to one connection; the spare slots let a replacement connect while a
    // discarded connection is still closing (pg drops a client after a failed query).
    const server = new PGLiteSocketServer({ db, path: socket.path, maxConnections: 8 });
    await server.start();
    chmodSync(socket.path, 0o600);
    const opened = db;
    return {
      url: socketUrl(socket.dir),
      socketPath: socket.path,
      async stop() {
        try {
          await server.stop();
          await opened.close();
        } finally {
          socket.remove();
          lock?.release();
        }
      },
    };
  } catch (error) {
    await db?.close().catch(() => undefined);
    socket.remove();
    lock?.release();
    throw error;
  }
}
