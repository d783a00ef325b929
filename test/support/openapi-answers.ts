import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OpenAPIObject, ResponseObject, SchemaObject } from '@nestjs/swagger';

// ajv-formats is CommonJS: its default export arrives as the module object under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** Schemas whose answers really carry more than they list: the error body adds details per code. */
const OPEN_SCHEMAS = new Set(['ApiErrorDto']);

/** The committed document (the one the web client is generated from; openapi.spec.ts keeps it equal to the served one), typed as the caller reads it. */
export const committedOpenApi = <Document = OpenAPIObject>(): Document => JSON.parse(readFileSync('apps/api/openapi.json', 'utf8')) as Document;

/**
 * Checks a real answer against the document: every property listed as required is there, and no
 * object answers a property its schema does not list (except OPEN_SCHEMAS). Returns ajv's errors, or
 * null when the answer matches; throws when the operation documents no JSON answer for the status.
 */
export function answerChecker(document: OpenAPIObject): (method: string, template: string, status: number, body: unknown) => unknown[] | null {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const schemas = document.components!.schemas as Record<string, SchemaObject>;
  const components = Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, OPEN_SCHEMAS.has(name) ? schema : closed(schema)]));
  ajv.addSchema(rebased({ components: { schemas: components } }) as SchemaObject, 'openapi.json');
  const compiled = new Map<string, ValidateFunction>();
  const validatorOf = (method: string, template: string, status: number): ValidateFunction => {
    const operation = (document.paths[template] as Record<string, { responses: Record<string, ResponseObject> }>)[method];
    const response = operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`];
    const schema = response?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`${method.toUpperCase()} ${template} documents no JSON answer for ${status}`);
    return ajv.compile(rebased(closed(schema)) as SchemaObject);
  };
  return (method, template, status, body) => {
    const key = `${method} ${template} ${status}`;
    const validate = compiled.get(key) ?? compiled.set(key, validatorOf(method, template, status)).get(key)!;
    return validate(body) ? null : (validate.errors ?? []);
  };
}

/** `#/components/…` as a reference into the schema added under the id openapi.json. */
function rebased(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"openapi.json#/components/'));
}

/** Every object schema that lists its properties refuses any other; nullable references as JSON Schema. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: Record<string, unknown> = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([p, s]) => [p, closed(s)])) : closed(value),
    ]),
  );
  // OpenAPI 3.0's nullable reference (allOf of one $ref) in JSON Schema: null, or the reference.
  if (copy.nullable === true && Array.isArray(copy.allOf)) return { anyOf: [{ type: 'null' }, { allOf: copy.allOf }] };
  return 'properties' in copy && !('additionalProperties' in copy) ? { ...copy, additionalProperties: false } : copy;
}
