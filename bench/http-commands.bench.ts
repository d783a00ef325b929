import { fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpuPerRequest } from './cpu-time.js';
import { benchDatabase, percentile, report, spawnApi, stopProcess } from './support.js';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 30);
const ACTIVITIES = Number(process.env.BENCH_HTTP_ACTIVITIES ?? 200);
const LONG_STREAM = Number(process.env.BENCH_LONG_STREAM ?? 2000);
/** Commands timed on each of the two activities. */
const TIMED_COMMANDS = 300;
/** Untimed load first: a process started a moment ago is still compiling its hot paths. */
const WARM_UP_SECONDS = Number(process.env.BENCH_HTTP_WARM_UP_SECONDS ?? 5);
const dist = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

/**
 * Commands over HTTP (issue 14, goals 1 and 2): progress reports on ACTIVITIES activities at 8 and 32
 * connections for SECONDS each, against the service as `npm start` runs it (projector inside) and
 * with RUN_PROJECTOR=false beside a separate projector process; the baseline is a bare express
 * endpoint doing one INSERT per request, loaded the same way in the same run. Then the latency of a
 * command on an activity with LONG_STREAM events against one on a new activity. Last, the service with
 * no projector at all: the command path alone, what the two lines above could reach if projecting
 * cost nothing. Each load reports the CPU time per request of every process on the machine.
 */
export async function httpCommandsBenchmark(): Promise<void> {
  const baseline = await withDatabase(async (url) => {
    const port = await freePort();
    const server = fork(dist('bench/bare-insert-server.js'), [url, String(port)], { stdio: 'inherit' });
    await new Promise((resolve) => server.once('message', resolve));
    try {
      const reports = roundRobin(['a']);
      await load(port, '', 8, reports, { seconds: WARM_UP_SECONDS });
      const loaded = (connections: number) => cpuPerRequest({ server: server.pid! }, () => load(port, '', connections, reports));
      return { 8: await loaded(8), 32: await loaded(32) };
    } finally {
      server.kill();
    }
  });
  for (const connections of [8, 32] as const) {
    const { result, cpu } = baseline[connections];
    report({ figure: 'http_commands_baseline', connections, requests_per_s: result.rate, p50_ms: result.p50, p99_ms: result.p99, cpu_ms_per_request: cpu });
  }

  for (const projector of ['inside', 'separate', 'none'] as const) {
    await withDatabase(async (url) => {
      const service = await startService(url, projector);
      try {
        await load(service.port, service.token, 8, roundRobin(await seedActivities(service.port, service.token, ACTIVITIES)), { seconds: WARM_UP_SECONDS });
        for (const connections of [8, 32] as const) {
          // Activities of its own for each load: each report grows its activity's view (the projection
          // rewrites it whole), so the second load would otherwise start on views the first one grew.
          const reports = roundRobin(await seedActivities(service.port, service.token, ACTIVITIES));
          const { result, cpu } = await cpuPerRequest(service.processes, () => load(service.port, service.token, connections, reports));
          const base = baseline[connections].result.rate;
          const goal = projector === 'none' ? 'none: the ceiling of the lines above, were projecting free' : '>= 0.6 and p99 <= 50 ms';
          report({ figure: 'http_commands', projector, connections, requests_per_s: result.rate, p50_ms: result.p50, p99_ms: result.p99, errors: result.errors, refused: result.statuses, refusal: result.refusal, baseline_requests_per_s: base, ratio: +(result.rate / base).toFixed(2), goal, cpu_ms_per_request: cpu });
        }
        // Read-your-writes needs a projector.
        if (projector !== 'none') await streamLengthLatency(service.port, service.token, projector);
      } finally {
        await service.stop();
      }
    });
  }
}

/**
 * Latency of one command at a time on an activity with LONG_STREAM events against a new activity's.
 * Timing starts once the projections have caught up with everything before it: the burst that
 * lengthens the stream leaves the projector seconds of work, which would otherwise land on the timed
 * commands. The projection of the timed commands runs beside them, as in use.
 */
async function streamLengthLatency(port: number, token: string, projector: 'inside' | 'separate'): Promise<void> {
  const [long, fresh] = await seedActivities(port, token, 2);
  // Eight writers on one stream race for its next revision: the retries, and what they cost the database.
  const opened = await connectionsOpened(port, token);
  const burst = await load(port, token, 8, roundRobin([long]), { amount: LONG_STREAM });
  const connections = (await connectionsOpened(port, token)) - opened;
  report({ figure: 'command_burst_on_one_activity', projector, connections: 8, commands: LONG_STREAM, requests_per_s: burst.rate, p99_ms: burst.p99, refused: burst.statuses, database_connections_opened: connections });
  // One report, whole; the position its write answered.
  const post = async ({ path, body }: { path: string; body: string }) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: headers(token), body });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { position: string }).position;
  };
  // One more report on each marks where the projections must have reached before timing starts.
  const mark = roundRobin([long, fresh], LONG_STREAM + 5);
  for (const id of [long, fresh]) await caughtUp(port, token, id, await post(mark()));
  // In turn, one on each: the machine's speed drifts over seconds, and two series one after the other
  // compared the drift as much as the streams (a run gave 1.38 inside and 0.72 separate).
  const next = roundRobin([long, fresh], LONG_STREAM + 10);
  const latencies = { [long]: [] as number[], [fresh]: [] as number[] };
  const positions: Record<string, string> = {};
  for (let i = 0; i < 2 * TIMED_COMMANDS; i++) {
    const request = next();
    const id = i % 2 === 0 ? long : fresh;
    const started = performance.now();
    positions[id] = await post(request);
    latencies[id].push(performance.now() - started);
  }
  for (const id of [long, fresh]) await caughtUp(port, token, id, positions[id]);
  const [onLong, onFresh] = [long, fresh].map((id) => percentile(latencies[id].sort((a, b) => a - b), 50));
  report({ figure: 'command_latency_by_stream_length', projector, events_in_stream: LONG_STREAM, p50_ms_long: +onLong.toFixed(2), p50_ms_new: +onFresh.toFixed(2), ratio: +(onLong / onFresh).toFixed(2), goal: '<= 1.2' });
}

/** Connections the service's pool has opened so far (its metric). */
async function connectionsOpened(port: number, token: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: headers(token) })).text();
  return Number(/^database_connections_opened_total (\d+)/m.exec(text)?.[1] ?? NaN);
}

/** Waits (read-your-writes) until every projection has applied `position`, reading the activity. */
async function caughtUp(port: number, token: string, activityId: string, position: string): Promise<void> {
  for (;;) {
    const response = await fetch(`http://127.0.0.1:${port}/activities/${activityId}`, { headers: { ...headers(token), 'x-min-position': position } });
    if (response.ok) return;
    if (response.status !== 503) throw new Error(`/activities/${activityId}: ${response.status} ${await response.text()}`);
  }
}

export interface LoadResult {
  rate: number;
  /** Answers received, of any status. */
  requests: number;
  p50: number;
  p99: number;
  errors: number;
  /** Answers other than 2xx by status, to tell refusals (409, 429) from failures. */
  statuses: Record<string, number>;
  refusal?: string;
}

/** Progress reports, one new one-day period per request and activity, in turn over the activities. */
export function roundRobin(activityIds: string[], offset = 0): () => { path: string; body: string } {
  let n = 0;
  return () => {
    const id = activityIds[n % activityIds.length];
    const day = new Date(Date.UTC(2016, 0, 1) + (offset + Math.floor(n / activityIds.length)) * 86_400_000).toISOString().slice(0, 10);
    n++;
    return { path: `/activities/${id}/progress-reports`, body: JSON.stringify({ periodStart: day, periodEnd: day, percentComplete: 10, indicatorValues: [], evidence: [] }) };
  };
}

/** `limit`: a number of requests, or seconds (default SECONDS). */
export async function load(port: number, token: string, connections: number, next: () => { path: string; body: string }, limit: { amount?: number; seconds?: number } = {}): Promise<LoadResult> {
  let refusal: string | undefined;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    ...(limit.amount ? { amount: limit.amount } : { duration: limit.seconds ?? SECONDS }),
    requests: [
      {
        method: 'POST',
        headers: headers(token),
        setupRequest: (request) => ({ ...request, ...next() }),
        onResponse: (status, body) => {
          if (status >= 300 && refusal === undefined) refusal = body;
        },
      },
    ],
  });
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).filter(([code]) => !code.startsWith('2')).map(([code, stat]) => [code, stat?.count ?? 0]));
  return { rate: Math.round(result.requests.average), requests: result.requests.total, p50: result.latency.p50, p99: result.latency.p99, errors: result.non2xx + result.errors, statuses, ...(refusal ? { refusal: refusal.slice(0, 200) } : {}) };
}

function headers(token: string): Record<string, string> {
  return { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

async function withDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const db = await benchDatabase(2);
  await db.dataSource.destroy();
  try {
    return await run(db.url);
  } finally {
    await db.drop().catch(() => undefined);
  }
}

/** `none`: no projector anywhere, the command path alone. */
async function startService(url: string, projector: 'inside' | 'separate' | 'none') {
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const env = { ...process.env, DATABASE_URL: url, PORT: String(port), BOOTSTRAP_ADMIN_TOKEN: token, RATE_LIMIT_WRITES_PER_MINUTE: '100000000', LOG_LEVEL: 'warn', RUN_PROJECTOR: String(projector === 'inside') };
  const processes: ChildProcess[] = [spawnApi(env)];
  if (projector === 'separate') processes.push(spawn(process.execPath, [dist('apps/projector/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] }));
  await untilUp(port);
  return {
    port,
    token,
    processes: Object.fromEntries(processes.map((p, i) => [i === 0 ? 'service' : 'projector', p.pid!])),
    async stop() {
      await sleep(500); // the last requests of a timed load are still being answered
      await Promise.all(processes.map(stopProcess));
    },
  };
}

/** Waits until the service on `port` answers /health (with anything but a 5xx), for at most `seconds`. */
export async function untilUp(port: number, seconds = 30): Promise<void> {
  for (let i = 0; ; i++) {
    const up = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status < 500, () => false);
    if (up) return;
    if (i > seconds * 10) throw new Error('the service did not start');
    await sleep(100);
  }
}

/** An organisation, a plan with one objective, and `count` started activities; their ids. */
export async function seedActivities(port: number, token: string, count: number): Promise<string[]> {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: headers(token), body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string; objectiveId?: string };
  };
  const suffix = randomBytes(3).toString('hex').toUpperCase();
  const lead = await post('/organizations', { name: 'Migration Service', acronym: `MS-${suffix}`, kind: 'state_agency', country: 'TJ' });
  const plan = await post('/plans', { code: `BENCH-${suffix}`, title: { en: 'Bench plan' }, periodStart: '2015-01-01', periodEnd: '2030-12-31' });
  const objective = await post(`/plans/${plan.id}/objectives`, { code: '1', title: 'Objective' });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const activity = await post('/activities', {
      planId: plan.id,
      objectiveId: objective.objectiveId,
      leadAgencyId: lead.id,
      code: `A${i}`,
      title: `Activity ${i}`,
      partnerAgencyIds: [],
      plannedStart: '2015-06-01',
      plannedEnd: '2030-06-30',
      locations: [{ province: 'Sughd' }],
      tags: { sdg: [], gcm: [] },
    });
    await post(`/activities/${activity.id}/start`, { startedOn: '2015-12-31' });
    ids.push(activity.id);
  }
  return ids;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}
