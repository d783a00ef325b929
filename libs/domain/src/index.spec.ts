import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as domain from './index.js';

const here = dirname(fileURLToPath(import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('libs/domain public surface', () => {
  it('exports a decider and a stream helper per aggregate, keyed like the stream prefixes', () => {
    expect(domain.organizationStream('x')).toBe('organization-x');
    expect(domain.planStream('x')).toBe('plan-x');
    expect(domain.activityStream('x')).toBe('activity-x');
    expect(domain.commissionSessionStream('x')).toBe('commission_session-x');
    expect(domain.decisionStream('x')).toBe('decision-x');
    expect(domain.recommendationStream('x')).toBe('recommendation-x');
    expect(domain.meetingStream('x')).toBe('meeting-x');
    expect(domain.userStream('x')).toBe('user-x');
    expect(Object.keys(domain.DECIDERS).sort()).toEqual(Object.keys(domain.STREAM_PREFIX).sort());
    for (const decider of Object.values(domain.DECIDERS)) expect(decider.initialState()).toEqual({ status: 'none' });
  });

  it('lists every event type once, each under one aggregate', () => {
    const all = domain.ALL_DOMAIN_EVENT_TYPES;
    expect(new Set(all).size).toBe(all.length);
    expect(all).toHaveLength(3 + 14 + 24 + 4 + 6 + 9 + 3 + 11);
    expect(domain.AGGREGATE_OF_EVENT_TYPE.FundsDisbursed).toBe('activity');
    expect(domain.AGGREGATE_OF_EVENT_TYPE.CommissionSessionHeld).toBe('commission_session');
    expect(domain.isDomainEventType('RecommendationDeferred')).toBe(true);
    expect(domain.isDomainEventType('toString')).toBe(false);
  });

  it('lists error codes in UPPER_SNAKE, each once, and every listed code is thrown somewhere', () => {
    const codes = domain.DOMAIN_ERROR_CODES;
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z]+(_[A-Z0-9]+)*$/);
    const product = sourceFiles(here)
      .filter((f) => !f.endsWith('.spec.ts') && !f.endsWith('domain-error.ts'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = codes.filter((code) => !product.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  // uuid: pure functions (the ids of meetings named inline are UUID v5, derived in the upcast too);
  // i18n-iso-countries: the ISO 3166-1 list a location's country is checked against.
  it('imports nothing but relative modules and pure libraries (no framework, no I/O) in product code', () => {
    const offending = sourceFiles(here)
      .filter((f) => !f.endsWith('.spec.ts'))
      .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => `${f}: ${m[1]}`))
      .filter((line) => !/: \.\.?\/.*\.js$/.test(line) && !/: (uuid|i18n-iso-countries)$/.test(line));
    expect(offending).toEqual([]);
  });
});
