import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, getSchemaPath, type OpenAPIObject, type OperationObject } from '@nestjs/swagger';
import { TITLE_LANGUAGES } from '#domain';
import { ROUTE_POLICIES } from '../auth/route-policies.js';
import { ApiErrorDto } from './responses.js';

const BEARER = 'bearer';

/** OpenAPI generated from the controllers and DTOs, served at /docs (JSON at /docs-json). */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app));
}

/** The document /docs serves and `npm run openapi` writes to apps/api/openapi.json (the web client's types). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Action-plan monitoring')
    .setDescription('Activities, commission decisions and recommendations under a national action plan, recorded as events.')
    .setVersion('1')
    .addBearerAuth(undefined, BEARER)
    .build();
  const document = SwaggerModule.createDocument(app, config, { extraModels: [ApiErrorDto] });
  return withErrorBody(withLanguageParameters(withBearerSecurity(document)));
}

/**
 * Every operation that is not public in the route table declares the bearer scheme, so that Swagger
 * UI's "Try it out" sends the token given to "Authorize". Taken from ROUTE_POLICIES, the one table of
 * access, so a new route is documented as protected the moment it exists.
 */
export function withBearerSecurity(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      const policy = ROUTE_POLICIES[`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`];
      if (policy && 'public' in policy) continue;
      const security: Record<string, string[]>[] = operation.security ?? [];
      if (!security.some((requirement) => BEARER in requirement)) operation.security = [...security, { [BEARER]: [] }];
    }
  }
  return document;
}

/**
 * Every read takes `lang` and `Accept-Language` (TitleLanguageInterceptor, global): declared here once
 * for every GET operation, so no route can forget them.
 */
export function withLanguageParameters(document: OpenAPIObject): OpenAPIObject {
  const parameters = [
    { name: 'lang', in: 'query' as const, required: false, description: 'the language of `title` (and `name`, `text`, `agenda`) in the answer; before Accept-Language', schema: { type: 'string' as const, enum: [...TITLE_LANGUAGES] } },
    { name: 'Accept-Language', in: 'header' as const, required: false, description: 'the language of translated fields when `lang` is not given; else the first stored in the order en, ru, tg', schema: { type: 'string' as const, example: 'ru' } },
  ];
  for (const item of Object.values(document.paths)) {
    const read = item.get;
    if (!read) continue;
    const given = new Set((read.parameters ?? []).map((p) => ('name' in p ? p.name : '')));
    read.parameters = [...(read.parameters ?? []), ...parameters.filter((p) => !given.has(p.name))];
  }
  return document;
}

/** Every 4xx answers ProblemFilter's one error body: stated here once, and as `4XX` on every operation. */
function withErrorBody(document: OpenAPIObject): OpenAPIObject {
  const error = { 'application/json': { schema: { $ref: getSchemaPath(ApiErrorDto) } } };
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item) as OperationObject[]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (/^4/.test(status) && response && 'description' in response && !response.content) response.content = error;
      }
      operation.responses['4XX'] ??= { description: 'the request cannot be served (the body says why)', content: error };
    }
  }
  return document;
}

/** The document as committed in apps/api/openapi.json: pretty, keys in a stable order, trailing newline. */
export function openApiJson(document: OpenAPIObject): string {
  return `${JSON.stringify(sortedKeys(document), null, 2)}\n`;
}

/** Object keys sorted at every depth, so the file changes only when the API does; arrays keep their order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, sortedKeys(object[key])]));
}
