import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '#platform';
import { AppModule } from './app.module.js';
import { serveOpenApi } from './http/openapi.js';

/** The HTTP application, as started by main and by the e2e tests. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: levelsFrom(config.LOG_LEVEL),
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '1mb' });
  app.enableShutdownHooks();
  serveOpenApi(app);
  return app;
}

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
function levelsFrom(level: string) {
  return LEVELS.slice(0, LEVELS.indexOf(level as (typeof LEVELS)[number]) + 1) as (typeof LEVELS)[number][];
}
