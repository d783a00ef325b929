import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpuPerRequest } from '../../bench/cpu-time.js';

/** Spins until this process has used `ms` of CPU time: a load measured in CPU, not in wall time. */
const SPIN = 'function spin(ms) { const s = process.cpuUsage(); for (;;) { const u = process.cpuUsage(s); if ((u.user + u.system) / 1000 >= ms) return; } }';
function spin(ms: number): void {
  const start = process.cpuUsage();
  for (;;) {
    const used = process.cpuUsage(start);
    if ((used.user + used.system) / 1000 >= ms) return;
  }
}

describe('CPU time per request, by process', () => {
  it('counts what a named process and the load generator used, divided by the requests', async () => {
    // The child says it is ready, spins 400 ms of CPU when told, says so, then waits to be stopped.
    const child = spawn(process.execPath, ['-e', `${SPIN}; process.stdin.once('data', () => { spin(400); console.log('done'); }); process.stdin.resume(); console.log('ready');`], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    try {
      // Node's own start is not the load: on a slow machine it used 140 ms of CPU after the count began.
      await once(child.stdout, 'data');
      const { result, cpu } = await cpuPerRequest({ child: child.pid! }, async () => {
        child.stdin.write('go\n');
        await once(child.stdout, 'data');
        spin(200);
        return { requests: 2 };
      });
      expect(result.requests).toBe(2);
      // /proc counts in ticks of 10 ms: a little under what was spun, never over by much.
      expect(cpu.processes.child).toBeGreaterThanOrEqual(190);
      expect(cpu.processes.child).toBeLessThan(260);
      expect(cpu.load_generator).toBeGreaterThanOrEqual(95);
      expect(cpu.machine).toBeGreaterThanOrEqual(cpu.processes.child);
    } finally {
      child.kill();
    }
  });
});
