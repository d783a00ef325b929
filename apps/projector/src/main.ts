import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { exitIfDataDirInUse, loadConfig } from '#platform';
import { ProjectorModule } from './projector.module.js';

async function main() {
  const config = loadConfig();
  exitIfDataDirInUse(config);
  const app = await NestFactory.createApplicationContext(ProjectorModule.forRoot(config), { logger: ['fatal', 'error', 'warn', 'log'] });
  app.enableShutdownHooks();
  new Logger('Projector').log('projecting; stop with SIGTERM');
}

main().catch((error: unknown) => {
  console.error((error as Error).message ?? error);
  process.exit(1);
});
