// Container health check of the action-plan-monitor image (slim images have no curl, so plain Node).
// One image runs three apps and only the API has an HTTP port, so the check first looks for the API process
// (its entry file on a command line under /proc) and then probes GET /health on PORT (default 3000): healthy
// when it answers 2xx within 4 s (database, event store and projections fine), unhealthy otherwise.
// A container running the projector or a CLI command is reported healthy while it runs; if that process
// dies, the container stops anyway.
import { readdirSync, readFileSync } from 'node:fs';

const API_ENTRY = 'dist/apps/api/src/main.js';

function runsApi() {
  let pids;
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return true; // no /proc (not Linux): assume the API and probe it
  }
  return pids.some((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(API_ENTRY);
    } catch {
      return false; // the process ended meanwhile, or is not ours to read
    }
  });
}

if (!runsApi()) process.exit(0);

const port = process.env.PORT || '3000';
try {
  const response = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(4000) });
  if (!response.ok) console.error(`GET /health answered ${response.status}`);
  process.exit(response.ok ? 0 : 1);
} catch (error) {
  console.error(`GET /health failed: ${error.message}`);
  process.exit(1);
}
