import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { freePort, load, roundRobin, seedActivities, untilUp, type LoadResult } from './http-commands.bench.js';
import { cpuPerRequest } from './cpu-time.js';
import { report, spawnApi } from './support.js';

const ACTIVITIES = Number(process.env.BENCH_HTTP_ACTIVITIES ?? 200);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 300);
const GOAL_REQUESTS_PER_S = 250;
const GOAL_RSS_MB = 400;

/**
 * The embedded default (issue 14, goal 5): the compiled service as `npm start` runs it, with no
 * DATABASE_URL (PGlite inside the process, the projector too) on a fresh DATA_DIR. Progress reports
 * on ACTIVITIES activities at 8 connections for BENCH_HTTP_SECONDS, then a soak of SOAK_SECONDS at 8
 * connections, after which the resident memory of the service (and of any process it started) is read.
 */
export async function embeddedBenchmark(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'apm-bench-embedded-'));
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const { DATABASE_URL: _database, EVENTSTORE_URL: _eventStore, ...inherited } = process.env;
  const env = { ...inherited, DATA_DIR: dataDir, PORT: String(port), BOOTSTRAP_ADMIN_TOKEN: token, RATE_LIMIT_WRITES_PER_MINUTE: '100000000', LOG_LEVEL: 'warn' };
  // `npm start`'s launcher, which execs Node with the embedded default's memory settings (same pid).
  const service = spawnApi(env);
  const exited = new Promise((resolve) => service.once('exit', resolve));
  try {
    await untilUp(port, 120);
    const reports = roundRobin(await seedActivities(port, token, ACTIVITIES));
    const afterSeed = memoryOf(service.pid!);

    const { result, cpuPerRequest } = await withCpu(service.pid!, () => load(port, token, 8, reports));
    report({ figure: 'embedded_commands', connections: 8, requests_per_s: result.rate, p50_ms: result.p50, p99_ms: result.p99, errors: result.errors, refused: result.statuses, refusal: result.refusal, service_cpu_ms_per_request: cpuPerRequest, ratio: +(result.rate / GOAL_REQUESTS_PER_S).toFixed(2), goal: `>= ${GOAL_REQUESTS_PER_S} requests/s` });

    const peakDuringSoak = { rssMb: 0 };
    const sampler = setInterval(() => {
      const now = memoryOf(service.pid!);
      if (now) peakDuringSoak.rssMb = Math.max(peakDuringSoak.rssMb, now.rssMb);
    }, 1000);
    const { result: soak, cpuPerRequest: soakCpuPerRequest } = await withCpu(service.pid!, () => load(port, token, 8, reports, { seconds: SOAK_SECONDS }));
    clearInterval(sampler);
    const after = memoryOf(service.pid!);
    if (!after) throw new Error('the service exited during the soak');
    report({
      figure: 'embedded_soak',
      connections: 8,
      seconds: SOAK_SECONDS,
      requests_per_s: soak.rate,
      p50_ms: soak.p50,
      p99_ms: soak.p99,
      errors: soak.errors,
      refused: soak.statuses,
      refusal: soak.refusal,
      service_cpu_ms_per_request: soakCpuPerRequest,
      rss_mb: after.rssMb,
      peak_rss_mb: after.hwmMb,
      sampled_peak_rss_mb: peakDuringSoak.rssMb,
      rss_after_seed_mb: afterSeed?.rssMb,
      processes: after.processes,
      data_dir_mb: duMb(dataDir),
      ratio: +(after.rssMb / GOAL_RSS_MB).toFixed(2),
      goal: `rss < ${GOAL_RSS_MB} MB`,
    });
  } finally {
    await sleep(500); // the last requests of a timed load are still being answered
    if (service.exitCode === null) service.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A load and the service's CPU time per request it answered during it. */
async function withCpu(pid: number, run: () => Promise<LoadResult>): Promise<{ result: LoadResult; cpuPerRequest: number }> {
  const { result, cpu } = await cpuPerRequest({ service: pid }, run);
  return { result, cpuPerRequest: +cpu.processes.service.toFixed(2) };
}

/** VmRSS and VmHWM (MB) of `pid` and every process below it; null when it is gone. */
function memoryOf(pid: number): { rssMb: number; hwmMb: number; processes: number } | null {
  const pids = [pid, ...descendants(pid)];
  let rssKb = 0;
  let hwmKb = 0;
  let processes = 0;
  for (const p of pids) {
    let status: string;
    try {
      status = readFileSync(`/proc/${p}/status`, 'utf8');
    } catch {
      if (p === pid) return null;
      continue;
    }
    rssKb += Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    hwmKb += Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0);
    processes++;
  }
  return { rssMb: Math.round(rssKb / 1024), hwmMb: Math.round(hwmKb / 1024), processes };
}

/** Every process whose parent chain leads to `pid` (a child started from any of its threads too). */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const below = (parent: number): number[] => [...parentOf].filter(([, ppid]) => ppid === parent).flatMap(([child]) => [child, ...below(child)]);
  return below(pid);
}

/** Size of the data directory on disk, MB. */
function duMb(dir: string): number | undefined {
  try {
    return Math.round(Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024);
  } catch {
    return undefined;
  }
}
