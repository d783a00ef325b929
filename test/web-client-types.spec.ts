import { readFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

/** The web application's typed client is generated from the committed OpenAPI document, not edited by hand. */
describe('web client types', () => {
  it('apps/web/src/api/schema.d.ts is what openapi-typescript makes of apps/api/openapi.json (else: npm run build:web:types)', async () => {
    const document = JSON.parse(readFileSync('apps/api/openapi.json', 'utf8')) as Parameters<typeof openapiTS>[0];
    // A default makes a field optional to send, not one the type requires (as the DTOs validate it).
    const generated = astToString(await openapiTS(document, { defaultNonNullable: false }));
    const committed = readFileSync('apps/web/src/api/schema.d.ts', 'utf8');
    const body = (text: string) => text.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
    expect(body(committed)).toEqual(body(generated));
  }, 60_000);
});
