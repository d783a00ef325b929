// A new PGlite cluster costs its initdb (about 3 s of WebAssembly); loading a dump of one costs a
// third of that. The run makes one cluster and every embedded test database starts from its dump.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';

export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
  const db = await PGlite.create();
  const dump = await db.dumpDataDir('none');
  await db.close();
  const dir = mkdtempSync(join(tmpdir(), 'pglite-template-'));
  const file = join(dir, 'cluster.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  // Workers start after this and inherit the environment.
  process.env.PGLITE_TEMPLATE = file;
}
