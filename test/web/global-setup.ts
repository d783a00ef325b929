import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PEOPLE, SERVICE_FILE } from './people.js';
import { freePort } from '../support/free-port.js';
import { inviteThroughApi } from './invite.js';

/**
 * The real service as `npm start` runs it (built beforehand by `npm test`), on the embedded database in
 * a fresh directory, with the demo data seeded while it is stopped (as the README says) and one
 * person per role, each signed up through the invitation link (the agency and donor invited by the admin
 * through the API, their links read from the mail the service wrote). Stopped and removed afterwards.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'apm-web-'));
  const port = await freePort();
  // The embedded default, as `npm start` runs it: no DATABASE_URL even if the shell has one.
  const { DATABASE_URL: _server, ...inherited } = process.env;
  const env = { ...inherited, DATA_DIR: dataDir, PORT: String(port), PUBLIC_URL: `http://localhost:${port}`, LOG_LEVEL: 'warn', RATE_LIMIT_WRITES_PER_MINUTE: '100000' };
  const cli = (...args: string[]) => execFileSync(process.execPath, ['dist/apps/cli/src/main.js', ...args], { env, encoding: 'utf8' });
  cli('seed', 'demo');
  const links = PEOPLE.map((person) => JSON.parse(cli('users', 'invite', '--email', person.email, '--role', person.role, '--name', person.name, '--json', ...(person.organization ? ['--organization', person.organization] : []))) as { link: string });

  const service = spawn('sh', ['bin/api.sh'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://localhost:${port}`;
  for (let i = 0; !(await fetch(`${base}/health`).then((r) => r.ok, () => false)); i++) {
    if (i > 600) throw new Error('the service did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const [index, person] of PEOPLE.entries()) {
    const token = new URL(links[index].link).searchParams.get('token');
    const set = await fetch(`${base}/auth/password`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify({ token, password: person.password }) });
    if (!set.ok) throw new Error(`password of ${person.email}: ${set.status} ${await set.text()}`);
  }
  await inviteThroughApi(base, dataDir, PEOPLE[0]);
  writeFileSync(SERVICE_FILE, JSON.stringify({ base, dataDir }));
  return async () => {
    service.kill('SIGTERM');
    await new Promise((resolve) => service.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
