import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitIfDataDirInUse, loadConfig } from '#platform';
import { ProjectorModule } from './projector.module.js';

const STOP_SIGNALS = ['SIGTERM', 'SIGINT', 'SIGHUP'] as const;

async function main() {
  const config = loadConfig();
  exitIfDataDirInUse(config);
  // Taken before the context starts, not with enableShutdownHooks after: the reminder scheduler may
  // already be sending while the projector catches up, and a signal then must still wait for the
  // send to be recorded, or the next start would send that message again.
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    for (const signal of STOP_SIGNALS) process.once(signal, () => resolve(signal));
  });
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot(config), { logger: ['fatal', 'error', 'warn', 'log'] });
  new Logger('Projector').log('projecting; stop with SIGTERM');
  const signal = await stopped;
  await app.close();
  for (const other of STOP_SIGNALS) process.removeAllListeners(other);
  // Ends as the signal would have ended it, once everything has closed.
  process.kill(process.pid, signal);
}

main().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exit(1);
});
