import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClusterApart } from './new-cluster.js';

describe('creating the embedded cluster in a child process', () => {
  const root = mkdtempSync(join(tmpdir(), 'apm-cluster-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('leaves a directory that already holds a cluster as it is', async () => {
    writeFileSync(join(root, 'PG_VERSION'), '17\n');
    await expect(createClusterApart(root, [])).resolves.toBe(false);
  });

  it('says which directory it could not create the cluster in, with the child’s reason', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    await expect(createClusterApart(join(file, 'pg'), [])).rejects.toThrow(new RegExp(`^could not create the embedded database in ${join(file, 'pg')}: ENOTDIR: not a directory, mkdir '${join(file, 'pg')}'$`));
  }, 60_000);
});
