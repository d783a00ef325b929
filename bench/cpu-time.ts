import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: the unit of /proc's times (100 on Linux everywhere in practice). */
const CLOCK_TICKS = Number(process.env.BENCH_CLOCK_TICKS ?? 100);

/** The fields of /proc/<pid>/stat after the command's name, which may hold spaces. */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU time (user and system, ms) the process `pid` has used so far: a figure less bent by other load on a shared machine than a rate. */
function cpuMsOf(pid: number): number {
  let fields: string[];
  try {
    fields = statFields(pid);
  } catch {
    throw new Error(`the process ${pid} exited during the bench`);
  }
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/**
 * CPU time (ms) of every Postgres process on this machine, with that of the backends that have ended
 * (counted into the postmaster's children's times once reaped); null when none runs here.
 */
export function postgresCpuMs(): number | null {
  let total = 0;
  let found = false;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() !== 'postgres') continue;
      const [utime, stime, cutime, cstime] = statFields(entry).slice(11, 15).map(Number);
      total += utime + stime + cutime + cstime;
      found = true;
    } catch {
      // gone meanwhile
    }
  }
  return found ? (total * 1000) / CLOCK_TICKS : null;
}

/** The machine's busy time (ms, all cores): everything in /proc/stat's first line but idle and iowait. */
function machineBusyMs(): number {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number);
  return ((user + nice + system + irq + softirq + steal) * 1000) / CLOCK_TICKS;
}

export interface CpuPerRequest {
  /** ms per request of each process named, in order. */
  processes: Record<string, number>;
  postgres: number | null;
  /** This process: the load generator. */
  load_generator: number;
  /** The whole machine, whatever ran on it. */
  machine: number;
}

/**
 * CPU time per request during `run`, by process: where a command's time goes (issue 14, goal 1). `run`
 * answers how many requests it made.
 */
export async function cpuPerRequest<T extends { requests: number }>(
  processes: Record<string, number>,
  run: () => Promise<T>,
): Promise<{ result: T; cpu: CpuPerRequest }> {
  const names = Object.keys(processes);
  const before = { own: names.map((n) => cpuMsOf(processes[n])), postgres: postgresCpuMs(), generator: process.cpuUsage(), machine: machineBusyMs() };
  const result = await run();
  const per = (ms: number) => +(ms / Math.max(1, result.requests)).toFixed(3);
  const generator = process.cpuUsage(before.generator);
  const postgres = postgresCpuMs();
  return {
    result,
    cpu: {
      processes: Object.fromEntries(names.map((n, i) => [n, per(cpuMsOf(processes[n]) - before.own[i])])),
      postgres: postgres === null || before.postgres === null ? null : per(postgres - before.postgres),
      load_generator: per((generator.user + generator.system) / 1000),
      machine: per(machineBusyMs() - before.machine),
    },
  };
}
