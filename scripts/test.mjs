#!/usr/bin/env node
// `npm test`: every jest suite, then the browser tests of the web application (Playwright driving
// Debian's Chromium). `npm test -- <jest arguments>` runs jest only, with those arguments.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const run = (command, commandArgs, env = {}) => spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const jest = () => run(process.execPath, ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning', 'node_modules/jest/bin/jest.js', ...args]);

if (args.length > 0) process.exit(jest());

// The whole suite compiles the service once, first: the suites that start it as processes find it built
// (test/support/compiled.ts reads the same marker) and the browser tests use the same build.
const built = run('npm', ['run', 'build', '--silent']);
if (built !== 0) process.exit(built);
writeFileSync('dist/.built', new Date().toISOString());

const status = jest();
if (status !== 0) process.exit(status);

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.log(`browser tests skipped: no Chromium at ${chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(process.env.REQUIRE_BROWSER === '1' ? 1 : 0);
}
const web = run('npm', ['run', 'build:web', '--silent']);
if (web !== 0) process.exit(web);
process.exit(run('npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium }));
