import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject, OperationObject, ResponseObject } from '@nestjs/swagger';
import { ensureCompiled } from '../../../../test/support/compiled.js';

// The generator itself (`npm run openapi`, built and run by node), not the document rebuilt under jest:
// jest loads @nestjs/terminus' copy of the swagger decorators apart, so /health would lose its schema.
describe('the OpenAPI document (npm run openapi)', () => {
  let generated: string;
  let document: OpenAPIObject;

  beforeAll(() => {
    const target = join(mkdtempSync(join(tmpdir(), 'openapi-')), 'openapi.json');
    // What `npm run openapi` runs, on the build the run shares (compiled once, not once more here).
    ensureCompiled();
    execFileSync(process.execPath, ['dist/apps/api/src/openapi-document.js', target], { stdio: 'pipe' });
    generated = readFileSync(target, 'utf8');
    document = JSON.parse(generated) as OpenAPIObject;
  }, 180_000);

  it('is the committed apps/api/openapi.json', () => {
    const committed = readFileSync('apps/api/openapi.json', 'utf8');
    if (generated !== committed) throw new Error('apps/api/openapi.json is stale: run npm run openapi and commit the file');
    expect(generated).toBe(committed);
  });

  it('types every path and query parameter as a value a URL can carry (page and pageSize were once documented as objects)', () => {
    const scalar = new Set(['string', 'integer', 'number', 'boolean', 'array']);
    const untyped: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
        for (const parameter of operation?.parameters ?? []) {
          const { name, schema } = parameter as { name: string; schema?: { type?: string } };
          if (!scalar.has(schema?.type ?? '')) untyped.push(`${method.toUpperCase()} ${path} ${name}: ${JSON.stringify(schema)}`);
        }
      }
    }
    expect(untyped).toEqual([]);
  });

  it('gives every operation a 2xx answer with a schema, or a content type that is not JSON', () => {
    const undescribed: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
        if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
        const described = Object.entries(operation.responses).some(([status, response]) => {
          const content = (response as ResponseObject).content ?? {};
          return /^2/.test(status) && (status === '204' || Object.entries(content).some(([type, media]) => type !== 'application/json' || media.schema !== undefined));
        });
        if (!described) undescribed.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(undescribed).toEqual([]);
  });

  it('offers If-Match on every write to a record, and on a create only where it names another record (an import, its plan)', () => {
    const header = (operation: OperationObject | undefined) => (operation?.parameters ?? []).some((p) => 'name' in p && p.name === 'If-Match' && p.in === 'header');
    expect(header(document.paths['/plans/{id}/activities/import'].post)).toBe(true);
    expect(header(document.paths['/plans/{id}/adopt'].post)).toBe(true);
    expect(header(document.paths['/plans'].post)).toBe(false);
  });

  it('states lang and Accept-Language on every read, and the error body on every 4xx', () => {
    const reads = Object.values(document.paths).flatMap((item) => (item.get ? [item.get] : []));
    expect(reads.length).toBeGreaterThan(20);
    for (const read of reads) {
      const names = (read.parameters ?? []).map((p) => ('name' in p ? p.name : ''));
      expect(names).toEqual(expect.arrayContaining(['lang', 'Accept-Language']));
      expect(read.responses['4XX']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiErrorDto' } } } });
    }
  });
});
