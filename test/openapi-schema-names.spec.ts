import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The OpenAPI document names a schema after its class, and two classes of one name become one schema:
 * whichever is met last describes both routes' bodies (a suspension's date went undocumented that way).
 */
describe('OpenAPI schema names', () => {
  it('no two classes under apps/api/src share a name', () => {
    const places = new Map<string, string[]>();
    for (const file of readdirSync('apps/api/src', { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts') || file.endsWith('.spec.ts')) continue;
      const text = readFileSync(join('apps/api/src', file), 'utf8');
      for (const [, name] of text.matchAll(/^(?:export )?(?:abstract )?class (\w+)/gm)) places.set(name, [...(places.get(name) ?? []), file]);
    }
    const shared = [...places].filter(([, files]) => files.length > 1).map(([name, files]) => `${name}: ${files.join(', ')}`);
    expect(shared).toEqual([]);
  });
});
