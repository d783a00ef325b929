import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { flockSync } from 'fs-ext-extra-prebuilt';

/** The lock file's name inside DATA_DIR; it holds the pid of the process that has the directory open. */
export const LOCK_FILE = 'apm.lock';

/** Another live process has the embedded database directory open. */
export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number | null,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by ${holderPid === null ? 'another process' : `process ${holderPid}`} ` +
        '(a running API, projector or CLI command): stop it first, or point every process at one DATABASE_URL',
    );
    this.name = 'DataDirectoryInUseError';
  }
}

export interface DataDirLock {
  release(): void;
}

/**
 * An exclusive flock(2) on DATA_DIR/apm.lock, held for as long as the process keeps the database
 * open. PGlite has no locking of its own: two processes on one directory each believe they own it
 * and one's writes are lost. The kernel drops a flock when its holder dies (even by SIGKILL), so a
 * stale lock never blocks the next start and a reused pid cannot fake a holder. The file is never
 * deleted: unlinking it would let a newcomer lock a fresh file while the old holder still runs.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = resolve(dir, LOCK_FILE);
  const fd = openSync(path, 'a+', 0o600);
  try {
    flockSync(fd, 'exnb');
  } catch (error) {
    closeSync(fd);
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN' || (error as NodeJS.ErrnoException).code === 'EWOULDBLOCK') {
      throw new DataDirectoryInUseError(dataDir, holderOf(path));
    }
    throw error;
  }
  ftruncateSync(fd, 0);
  writeSync(fd, `${process.pid}\n`);
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      // Closing the descriptor drops the flock; the stale pid left in the file means nothing unlocked.
      closeSync(fd);
    },
  };
}

function holderOf(path: string): number | null {
  const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

/**
 * For a process's entry point, before Nest starts: says in one line that the embedded database is
 * held by a running process and exits (inside Nest the same refusal comes wrapped in a stack trace).
 * The lock is taken again, for good, when the database opens.
 */
export function exitIfDataDirInUse(config: { DATABASE_URL?: string; DATA_DIR: string }): void {
  if (config.DATABASE_URL) return;
  try {
    lockDataDir(config.DATA_DIR).release();
  } catch (error) {
    if (!(error instanceof DataDirectoryInUseError)) throw error;
    console.error(`error: ${error.message}`);
    process.exit(1);
  }
}
