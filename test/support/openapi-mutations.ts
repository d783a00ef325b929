import { committedOpenApi } from './openapi-answers.js';

/** The part of an OpenAPI schema object these helpers read. */
export interface Schema {
  type?: string;
  $ref?: string;
  allOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  example?: unknown;
  format?: string;
  nullable?: boolean;
}

export interface WriteOperation {
  method: string;
  /** The OpenAPI path, e.g. /activities/{id}/start. */
  path: string;
  body: Schema;
  /** The path's parameters and their types. */
  parameters: Record<string, string | undefined>;
}

interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}

/** One request body that is wrong in one place: `field` is that place, as the API's error answers name it. */
export interface BadBody {
  name: string;
  field: string;
  body: unknown;
}

export interface ReadParameter {
  /** The OpenAPI path of the read, e.g. /plans/{id}/dashboard. */
  path: string;
  name: string;
  schema: Schema;
}

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

/** The committed document, as these helpers read it. */
export const committedDocument = (): OpenApiDocument => committedOpenApi<OpenApiDocument>();

/** Every operation that takes a JSON body. */
export function writeOperations(doc: OpenApiDocument): WriteOperation[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    Object.entries(operations).flatMap(([method, operation]) => {
      const body = operation.requestBody?.content['application/json']?.schema;
      const parameters = Object.fromEntries((operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => [p.name, p.schema?.type]));
      return body ? [{ method, path, body, parameters }] : [];
    }),
  );
}

/** Every query parameter of every GET. */
export function readParameters(doc: OpenApiDocument): ReadParameter[] {
  return Object.entries(doc.paths).flatMap(([path, operations]) =>
    (operations.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ path, name: p.name, schema: p.schema ?? {} })),
  );
}

/** Every documented read's path (a GET). */
export const readPaths = (doc: OpenApiDocument): string[] => Object.entries(doc.paths).flatMap(([path, operations]) => (operations.get ? [path] : []));

/** Values of the wrong kind for a typed query parameter: each must be refused with a 400 naming it. */
export function wrongQueryValues(schema: Schema): string[] {
  if (schema.type === 'integer' || schema.type === 'number') return ['abc', '1.5x', '99999999999999999999'];
  if (schema.type === 'boolean') return ['maybe'];
  if (schema.enum) return ['NOT_A_VALUE'];
  return schema.format === 'uuid' ? ['not-a-uuid'] : [];
}

/** Values any query parameter may meet, already percent-encoded: none may cost a 5xx. */
export const ODD_QUERY_VALUES = ['x'.repeat(5000), 'a%00b', '%ED%A0%80', '', '2020-13-45', '0000-01-01T00:00Z', 'a%26b%3Dc'];

/** The operation's path with each parameter a value of its type that names no record. */
export function pathOfNoRecord(operation: WriteOperation): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    operation.parameters[name] === 'integer' || operation.parameters[name] === 'number' ? '999999' : '00000000-0000-4000-8000-00000000dead',
  );
}

/**
 * Bodies that differ from a plausible one in a single field, by a value of the wrong JSON type, an
 * unknown enum value, an overlong string or, where the field is required, null. Fields are walked to
 * one level below the top, inside objects and inside the first item of arrays of objects.
 */
export function badBodies(doc: OpenApiDocument, operation: WriteOperation): BadBody[] {
  const resolve = (schema: Schema): Schema => {
    if (schema.$ref) return resolve(doc.components.schemas[schema.$ref.split('/').pop()!]);
    return schema.allOf?.length ? resolve(schema.allOf[0]) : schema;
  };
  const plausible = (schema: Schema): unknown => {
    const s = resolve(schema);
    if (s.example !== undefined) return s.example;
    if (s.enum) return s.enum[0];
    if (s.properties) return Object.fromEntries((s.required ?? []).filter((k) => s.properties![k]).map((k) => [k, plausible(s.properties![k])]));
    if (s.type === 'array') return [];
    if (s.type === 'number' || s.type === 'integer') return 1;
    if (s.type === 'boolean') return true;
    return s.format === 'uuid' ? '00000000-0000-4000-8000-000000000001' : 'x';
  };
  const wrongValues = (schema: Schema, required: boolean): [string, unknown][] => {
    const s = resolve(schema);
    // An optional field may be left out, not sent as null (unless the document says it may be null).
    const values: [string, unknown][] = required || !(schema.nullable || s.nullable) ? [['null', null]] : [];
    if (s.enum) values.push(['an unknown value', 'NOT_A_VALUE']);
    if (s.properties) values.push(['a string for an object', 'x'], ['an array for an object', []]);
    else if (s.type === 'array') {
      values.push(['a string for a list', 'x'], ['an object for a list', {}]);
      values.push(resolve(s.items ?? {}).properties ? ['a string as an item', ['x']] : ['an object as an item', [{ a: 1 }]]);
    } else if (s.type === 'number' || s.type === 'integer') values.push(['a string for a number', 'abc'], ['a boolean for a number', true]);
    else if (s.type === 'boolean') values.push(['a string for a boolean', 'yes'], ['a number for a boolean', 1]);
    else if (!s.enum)
      values.push(
        ['a number for a string', 12345],
        ['an object for a string', { a: 1 }],
        ['a list for a string', ['x']],
        ['100,000 characters', 'x'.repeat(100_000)],
      );
    return values;
  };

  const top = resolve(operation.body);
  const base = plausible(top) as Record<string, unknown>;
  const bodies: BadBody[] = [];
  for (const [key, schema] of Object.entries(top.properties ?? {})) {
    for (const [what, value] of wrongValues(schema, top.required?.includes(key) ?? false))
      bodies.push({ name: `${key}: ${what}`, field: key, body: { ...base, [key]: value } });
    const inner = resolve(schema);
    const item = inner.type === 'array' && inner.items ? resolve(inner.items) : undefined;
    const nested = inner.properties ? inner : item?.properties ? item : undefined;
    if (!nested) continue;
    for (const [innerKey, innerSchema] of Object.entries(nested.properties!)) {
      const field = nested === item ? `${key}[0].${innerKey}` : `${key}.${innerKey}`;
      for (const [what, value] of wrongValues(innerSchema, nested.required?.includes(innerKey) ?? false)) {
        const changed = { ...(plausible(nested) as object), [innerKey]: value };
        bodies.push({ name: `${field}: ${what}`, field, body: { ...base, [key]: nested === item ? [changed] : changed } });
      }
    }
  }
  return bodies;
}
