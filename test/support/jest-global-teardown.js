import { rmSync } from 'node:fs';
import { dirname } from 'node:path';

export default async function globalTeardown() {
  if (process.env.PGLITE_TEMPLATE) rmSync(dirname(process.env.PGLITE_TEMPLATE), { recursive: true, force: true });
}
