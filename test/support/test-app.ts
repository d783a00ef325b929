import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '#event-store';
import { AccessTokens, generateSecret, loadConfig, type AppConfig, type Role } from '#platform';
import { createApp } from '../../apps/api/src/create-app.js';
import { createEsdbDouble } from '../esdb-double/double.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  url: string;
  config: AppConfig;
  events: EventStore;
  /** The admin token every request of `http` carries (stored by BOOTSTRAP_ADMIN_TOKEN at start). */
  adminToken: string;
  /** The user that admin token belongs to (the bootstrap admin): the actor id its writes carry. */
  adminId: string;
  /** Mints a token of another role, straight in the token store. */
  token(role: Role, organizationId?: string | null, displayName?: string): Promise<{ id: string; token: string }>;
  /** An HTTP client that sends this token (or, with null, no Authorization header at all). */
  as(token: string | null): TestAgent;
  /** Every event in the store, in order: to prove that a refused command appended nothing. */
  allEvents(): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

/** The real application on its own database, listening on a free port, driven over real HTTP. */
export async function startTestApp(env: Record<string, string> = {}, database?: TestDatabase): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  // TEST_EVENT_STORE=esdb runs the suite on the EventStoreDB adapter, over the wire-level double.
  const esdb = process.env.TEST_EVENT_STORE === 'esdb' ? await createEsdbDouble() : undefined;
  const adminToken = env.BOOTSTRAP_ADMIN_TOKEN ?? generateSecret();
  // Every request of `http` carries an admin token; the suites write in bursts from one address, so
  // rate limits are high unless a test sets its own.
  const config = loadConfig({
    DATABASE_URL: db.url,
    DB_POOL_SIZE: String(db.poolSize),
    LOG_LEVEL: 'error',
    BOOTSTRAP_ADMIN_TOKEN: adminToken,
    RATE_LIMIT_WRITES_PER_MINUTE: '1000000',
    RATE_LIMIT_AUTH_FAILURES_PER_MINUTE: '1000000',
    RATE_LIMIT_EXPENSIVE_READS_PER_MINUTE: '1000000',
    EXPENSIVE_READS_PER_CALLER: '1000',
    MIN_POSITION_WAITS_PER_CALLER: '10000',
    ...(esdb ? { EVENTSTORE_URL: esdb.url } : {}),
    ...env,
  });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const events = app.get<EventStore>(EVENT_STORE);
  const admin = await app.get(AccessTokens).authenticate(adminToken);
  if (!admin) throw new Error('the bootstrap admin token was not stored');
  const as = (token: string | null) => (token === null ? request.agent(url) : request.agent(url).set('Authorization', `Bearer ${token}`));
  return {
    app,
    http: as(adminToken),
    url,
    config,
    events,
    adminToken,
    adminId: admin.userId ?? admin.id,
    as,
    async token(role, organizationId = null, displayName = `test ${role}`) {
      const { token, info } = await app.get(AccessTokens).issue({ role, organizationId, displayName });
      return { id: info.id, token };
    },
    async allEvents() {
      // Up to the head: the Postgres store shows an event once no older transaction is still open
      // (a projector batch may be), so read again until the newest event is visible.
      for (let attempt = 0; ; attempt++) {
        const head = await events.headPosition();
        const out: RecordedEvent[] = [];
        for (let page = await events.readAll(null, 1000); page.length > 0; page = await events.readAll(page[page.length - 1].position, 1000)) out.push(...page);
        if ((out.at(-1)?.position ?? null) === head || attempt >= 200) return out;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async close() {
      await app.close();
      await esdb?.stop();
      if (!database) await db.drop();
    },
  };
}
