import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** PGlite's CommonJS entry, so the child needs no module resolution of its own (any working directory). */
const PGLITE = createRequire(import.meta.url).resolve('@electric-sql/pglite');

const INITDB = `
const { PGlite } = require(process.argv[1]);
PGlite.create(process.argv[2], { startParams: JSON.parse(process.argv[3]) })
  .then((db) => db.close())
  .catch((error) => {
    console.error(error.message ?? error);
    process.exit(1);
  });
`;

function isCluster(dir: string): boolean {
  return existsSync(join(dir, 'PG_VERSION'));
}

/**
 * Creates the database cluster in `dir` in a short-lived child process. initdb grows PGlite's
 * WebAssembly memory to about 800 MB, which a process never gives back: done in the service itself it
 * stayed resident for the life of the service (818 MB after a first start against 363 MB this way).
 * Answers whether it created one (false: `dir` already holds a cluster).
 */
export async function createClusterApart(dir: string, startParams: readonly string[]): Promise<boolean> {
  if (isCluster(dir)) return false;
  try {
    await run(process.execPath, ['-e', INITDB, PGLITE, dir, JSON.stringify(startParams)], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stderr } = error as { stderr?: string };
    throw new Error(`could not create the embedded database in ${dir}: ${stderr?.trim() || (error as Error).message}`);
  }
  if (!isCluster(dir)) throw new Error(`could not create the embedded database in ${dir}: initdb left no PG_VERSION`);
  return true;
}
