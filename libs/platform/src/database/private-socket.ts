import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The port only names the socket file (`.s.PGSQL.<port>`), as libpq and `pg` expect. */
export const SOCKET_PORT = 5432;
const SOCKET_NAME = `.s.PGSQL.${SOCKET_PORT}`;
// sun_path holds 108 bytes with the terminating NUL on Linux (104 on macOS).
const MAX_SOCKET_PATH_BYTES = 103;

export interface PrivateSocket {
  /** The directory `pg` is given as `host`. */
  dir: string;
  /** The socket file itself. */
  path: string;
  /** Removes the socket, and the directory when it was a temporary one. */
  remove(): void;
}

/**
 * Where the embedded database listens: a Unix socket in a directory only this user can enter
 * (0700), never a TCP port, so no other local user can connect as `postgres`. It lives in
 * DATA_DIR/run, or, when that path is too long for a socket address or there is no DATA_DIR, in a
 * fresh private directory under the system's temporary directory.
 */
export function privateSocket(dataDir: string | null): PrivateSocket {
  const inDataDir = dataDir === null ? null : resolve(dataDir, 'run');
  if (inDataDir !== null && Buffer.byteLength(join(inDataDir, SOCKET_NAME)) <= MAX_SOCKET_PATH_BYTES) {
    mkdirSync(inDataDir, { recursive: true, mode: 0o700 });
    chmodSync(inDataDir, 0o700);
    const path = join(inDataDir, SOCKET_NAME);
    // Left behind by a process that was killed; the directory lock says nobody uses it now.
    rmSync(path, { force: true });
    return { dir: inDataDir, path, remove: () => rmSync(path, { force: true }) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'apm-pg-')); // created 0700
  return { dir, path: join(dir, SOCKET_NAME), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The `pg` connection string for a socket directory (the host part is the URL-encoded path). */
export function socketUrl(dir: string): string {
  return `postgres://postgres@${encodeURIComponent(dir)}:${SOCKET_PORT}/postgres`;
}
