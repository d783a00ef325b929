import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '#event-store';
import { loadConfig } from '#platform';
import { ALL_PROJECTIONS, ProjectionWaiter } from '#read-models';
import { createApp } from '../../apps/api/src/create-app.js';
import { anOrganization } from '../support/builders.js';

/** The default run mode: no DATABASE_URL, everything in an embedded Postgres under DATA_DIR. */
describe('embedded default mode', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'apm-embedded-'));
  const ADMIN_TOKEN = 'apm_embedded-restart-bootstrap-admin';
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  async function start() {
    const app = await createApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'error', BOOTSTRAP_ADMIN_TOKEN: ADMIN_TOKEN }));
    await app.listen(0, '127.0.0.1');
    return { app, http: request.agent(await app.getUrl()).set('Authorization', `Bearer ${ADMIN_TOKEN}`) };
  }

  it('keeps events and read models across a restart', async () => {
    const first = await start();
    const created = await first.http.post('/organizations').send(anOrganization({ acronym: 'IOM', name: 'International Organization for Migration' }));
    expect(created.status).toBe(201);
    const health = await first.http.get('/health');
    expect(health.body.info.database.status).toBe('up');
    await first.app.close();

    const second = await start();
    const again = await second.http.post('/organizations').set('Content-Type', 'application/json').send(anOrganization({ acronym: 'UNICEF', name: 'UNICEF' }));
    expect(again.status).toBe(201);
    const store = second.app.get<EventStore>(EVENT_STORE);
    expect(await store.readStream(`organization-${created.body.id}`)).toHaveLength(1);
    const all = await store.readAll(null, 10);
    expect(all.filter((e) => e.type === 'OrganizationRegistered')).toHaveLength(2);
    // The bootstrap admin user and its token's grant, recorded once though the API started twice.
    expect(all.filter((e) => e.stream.startsWith('user-')).map((e) => e.type)).toEqual(['ServiceUserRegistered', 'AccessTokenIssued']);
    const waiter = second.app.get(ProjectionWaiter);
    expect(await waiter.waitFor(again.body.position, ALL_PROJECTIONS, 10_000)).toBe(true);
    const audited: { n: number }[] = await second.app.get(DataSource).query('SELECT count(*)::int AS n FROM audit_log');
    expect(audited[0].n).toBe(4); // two organisations, the bootstrap admin user and its token's grant
    await second.app.close();
  }, 180_000); // two starts of a disk-backed PGlite (migrations each time): slow on a loaded 2-core machine
});
