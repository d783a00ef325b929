#!/usr/bin/env node
// `npm test`: every jest suite, then the browser tests of the web application (Playwright driving
// Debian's Chromium). `npm test -- <jest arguments>` runs jest only, with those arguments.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const args = process.argv.slice(2);
const run = (command, commandArgs, env = {}) => spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

const jest = run(process.execPath, ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', ...args]);
if (args.length > 0 || jest !== 0) process.exit(jest);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`browser tests skipped: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(process.env.REQUIRE_BROWSER === '1' ? 1 : 0);
}
for (const script of ['build', 'build:web']) {
  const built = run('npm', ['run', script, '--silent']);
  if (built !== 0) process.exit(built);
}
process.exit(run('npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium }));
