import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** The people the browser tests sign in as, invited by the global setup. */
export const PEOPLE = [
  { key: 'admin', email: 'admin@example.org', role: 'admin', name: 'Dilnoza Admin', password: 'web tests admin passphrase 2026', organization: undefined },
  { key: 'commission', email: 'commission@example.org', role: 'commission', name: 'Commission Member', password: 'web tests commission passphrase 2026', organization: undefined },
] as const;

export type PersonKey = (typeof PEOPLE)[number]['key'];

/** Where the global setup leaves the service's address for the tests. */
export const SERVICE_FILE = join(tmpdir(), 'apm-web-service.json');
