import { readFileSync } from 'node:fs';
import { ROUTE_POLICIES } from '../apps/api/src/auth/route-policies.js';
import { EVENT_SCHEMA_VERSION } from '../libs/domain/src/event-schema.js';

/** The README's route table lists exactly the routes of the access table, which the authorization matrix holds equal to the served routes. */
describe('README: every route', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('### Every route'), readme.indexOf('</details>', readme.indexOf('### Every route')));
  const listed = [...section.matchAll(/^\| `((?:GET|POST|PUT|PATCH|DELETE) [^`]+)` \|/gm)].map((m) => m[1]);

  it('lists every route of the access table once, and no other', () => {
    expect([...listed].sort()).toEqual(Object.keys(ROUTE_POLICIES).sort());
  });

  it('counts them rightly in its summary', () => {
    expect(section).toContain(`The route table (${Object.keys(ROUTE_POLICIES).length} routes)`);
  });
});

describe('README: the event schema', () => {
  it('names the version in force', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\`EVENT_SCHEMA_VERSION\` in \`libs/domain/src/event-schema.ts\`, now ${EVENT_SCHEMA_VERSION})`);
  });
});
