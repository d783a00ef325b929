import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import helmet from 'helmet';
import { json } from 'express';
import type { AppConfig } from '#platform';
import { AppModule } from './app.module.js';
import { RequestMetricsMiddleware } from './operations/request-metrics.middleware.js';
import { serveOpenApi } from './http/openapi.js';
import { inputScreenMiddleware } from './http/input-screen.middleware.js';
import { mediaTypeMiddleware } from './http/media-type.middleware.js';
import { CSV, XLSX } from './http/files.js';
import { redirectRootToApp, serveWebApp } from './http/web-app.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes that are not UTF-8 in a UTF-8 body are refused (the parser would store them as U+FFFD, silently). */
function utf8Only(_request: unknown, _response: unknown, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase() === 'utf-8') UTF8.decode(body);
}

/** The HTTP application, as started by main and by the e2e tests. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: levelsFrom(config.LOG_LEVEL),
    bodyParser: false,
  });
  const requestMetrics = new RequestMetricsMiddleware();
  app.use(requestMetrics.use.bind(requestMetrics));
  // First of all: the answers the body parser and the input screen give (bad JSON, NUL in a query) carry the headers too.
  app.use(helmet());
  // JSON under any name (application/merge-patch+json, vnd.…+json): otherwise passed over unparsed and read as no fields.
  // express.json itself: Nest's useBodyParser types leave `verify` out (it keeps it for rawBody).
  app.use(json({ limit: '1mb', type: ['application/json', 'application/*+json'], verify: utf8Only }));
  // A spreadsheet of activities to import (POST /plans/:id/activities/import), as it is: the import reads it.
  app.useBodyParser('raw', { type: [CSV, XLSX], limit: '2mb' });
  app.use(mediaTypeMiddleware);
  app.use(inputScreenMiddleware);
  // Answers over 1 kB (lists, dashboards, CSV) compressed as the client accepts (brotli, gzip): people
  // report from offices on slow lines. The web application's files are already compressed and pass as they are.
  app.use(compression());
  app.use(redirectRootToApp);
  serveWebApp(app);
  // Behind a TLS-terminating proxy: the client address and https (Secure session cookies) from X-Forwarded-*.
  app.set('trust proxy', config.TRUST_PROXY);
  // CORS stays off (no Access-Control-* headers) unless CORS_ORIGINS names the origins allowed.
  const origins = config.CORS_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'Idempotency-Key', 'X-Min-Position', 'X-Correlation-Id', 'X-CSRF-Token'], exposedHeaders: ['ETag'], credentials: true });
  app.enableShutdownHooks();
  serveOpenApi(app);
  return app;
}

const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
function levelsFrom(level: string) {
  return LEVELS.slice(0, LEVELS.indexOf(level as (typeof LEVELS)[number]) + 1) as (typeof LEVELS)[number][];
}
