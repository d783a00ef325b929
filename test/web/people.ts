import { join } from 'node:path';
import { tmpdir } from 'node:os';

/** The people the browser tests sign in as, invited by the global setup. */
export const PEOPLE = [
  { key: 'admin', email: 'admin@example.org', role: 'admin', name: 'Dilnoza Admin', password: 'web tests admin passphrase 2026', organization: undefined },
  { key: 'commission', email: 'commission@example.org', role: 'commission', name: 'Commission Member', password: 'web tests commission passphrase 2026', organization: undefined },
] as const;

/** People an admin invites through the API once the service runs, each of the organisation with that acronym. */
export const INVITED = [
  { key: 'agency', email: 'focal.point@ms.example.tj', role: 'agency', name: 'Migration Service Focal Point', password: 'web tests agency passphrase 2026', acronym: 'MS' },
  { key: 'donor', email: 'programme.officer@eu.example.org', role: 'donor', name: 'EU Programme Officer', password: 'web tests donor passphrase 2026', acronym: 'EU' },
  // Whose account speaks Tajik: the interface follows it at sign-in.
  { key: 'tajikAgency', email: 'nuqta@ms.example.tj', role: 'agency', name: 'Нуқтаи тамоси Хадамоти муҳоҷират', password: 'web tests tajik passphrase 2026', acronym: 'MS', language: 'tg' },
] as const;

export type PersonKey = (typeof PEOPLE)[number]['key'] | (typeof INVITED)[number]['key'];

export const EVERYONE: readonly { key: PersonKey; email: string; password: string }[] = [...PEOPLE, ...INVITED];

/** Where the global setup leaves the service's address for the tests. */
export const SERVICE_FILE = join(tmpdir(), 'apm-web-service.json');
