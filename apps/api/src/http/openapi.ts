import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { TITLE_LANGUAGES } from '#domain';
import { ROUTE_POLICIES } from '../auth/route-policies.js';

const BEARER = 'bearer';

/** OpenAPI generated from the controllers and DTOs, served at /docs (JSON at /docs-json). */
export function serveOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('Action-plan monitoring')
    .setDescription('Activities, commission decisions and recommendations under a national action plan, recorded as events.')
    .setVersion('1')
    .addBearerAuth(undefined, BEARER)
    .build();
  SwaggerModule.setup('docs', app, () => withLanguageParameters(withBearerSecurity(SwaggerModule.createDocument(app, config))));
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
