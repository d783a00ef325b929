import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '#platform';
import { AppModule } from './app.module.js';
import { buildOpenApiDocument, openApiJson } from './http/openapi.js';

/**
 * `npm run openapi`: writes the OpenAPI document to the path given (apps/api/openapi.json), the
 * source of the web application's typed client. Nest's preview mode builds the module graph without
 * instantiating providers, so no database is needed.
 */
const [out = 'apps/api/openapi.json'] = process.argv.slice(2);
const app = await NestFactory.create(AppModule.forRoot(loadConfig({ DATA_DIR: '/nonexistent' })), { preview: true, logger: false, abortOnError: false });
writeFileSync(out, openApiJson(buildOpenApiDocument(app)));
await app.close();
