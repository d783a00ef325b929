import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '#platform';
import { AppModule } from '../app.module.js';
import { buildOpenApiDocument, openApiJson } from './openapi.js';

/**
 * `npm run openapi`: writes the OpenAPI document to the given file (apps/api/openapi.json), without a
 * database or network. Nest's preview mode builds the module graph (controllers, routes, metadata) but
 * instantiates no provider, so no connection is ever attempted.
 */
async function main(target: string) {
  const app = await NestFactory.create(AppModule.forRoot(loadConfig({})), { preview: true, logger: false });
  const document = buildOpenApiDocument(app);
  writeFileSync(target, openApiJson(document));
  await app.close();
}

main(process.argv[2] ?? 'apps/api/openapi.json').catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
