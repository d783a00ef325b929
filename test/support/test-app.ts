import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent.js';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '#event-store';
import { loadConfig, type AppConfig } from '#platform';
import { createApp } from '../../apps/api/src/create-app.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface TestApp {
  app: NestExpressApplication;
  http: TestAgent;
  url: string;
  config: AppConfig;
  events: EventStore;
  /** Every event in the store, in order: to prove that a refused command appended nothing. */
  allEvents(): Promise<RecordedEvent[]>;
  close(): Promise<void>;
}

/** The real application on its own database, listening on a free port, driven over real HTTP. */
export async function startTestApp(env: Record<string, string> = {}, database?: TestDatabase): Promise<TestApp> {
  const db = database ?? (await createTestDatabase());
  const config = loadConfig({ DATABASE_URL: db.url, DB_POOL_SIZE: String(db.poolSize), LOG_LEVEL: 'error', ...env });
  const app = await createApp(config);
  await app.listen(0, '127.0.0.1');
  const url = await app.getUrl();
  const events = app.get<EventStore>(EVENT_STORE);
  return {
    app,
    http: request(url),
    url,
    config,
    events,
    async allEvents() {
      const out: RecordedEvent[] = [];
      for (let page = await events.readAll(null, 1000); page.length > 0; page = await events.readAll(page[page.length - 1].position, 1000)) out.push(...page);
      return out;
    },
    async close() {
      await app.close();
      if (!database) await db.drop();
    },
  };
}
