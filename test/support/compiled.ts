import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { flockSync } from 'fs-ext-extra-prebuilt';

const SOURCES = ['apps', 'libs', 'bench'];
const MARKER = 'dist/.built';

/**
 * The compiled service (dist/), for tests that run it as real processes. Built at most once per run,
 * under an exclusive lock, and only when a source is newer than the last build: two test files in two
 * workers never rewrite dist/ while the other's processes load from it.
 */
export function ensureCompiled(): void {
  mkdirSync('dist', { recursive: true });
  const lock = openSync('dist/.build.lock', 'w');
  try {
    flockSync(lock, 'ex');
    if (existsSync(MARKER) && statSync(MARKER).mtimeMs >= newestSource()) return;
    try {
      execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
      writeFileSync(MARKER, new Date().toISOString());
    } catch {
      // As `prestart` does: type errors (the typecheck step's to report) do not stop tsc from emitting.
    }
  } finally {
    closeSync(lock);
  }
}

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  for (const dir of SOURCES) walk(dir);
  return Math.max(newest, statSync('package.json').mtimeMs, statSync('tsconfig.build.json').mtimeMs);
}
