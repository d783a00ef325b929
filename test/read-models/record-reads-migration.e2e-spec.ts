import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ALL_PROJECTIONS, ProjectionWaiter } from '#read-models';
import { seedDemo } from '../../apps/cli/src/seed/seed-demo.js';
import { RecordReads1764000016100 } from '../../libs/read-models/src/migrations/1764000016100-record-reads.js';
import { startTestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-database.js';
import { snapshotReadModels, undoMigration } from './support.js';

const TABLES = ['organization_view', 'plan_view', 'activity_view', 'commission_session_view', 'decision_view', 'recommendation_view'];

/**
 * Upgrading a database that holds read models of the previous release: the migration adds the list
 * columns to tables full of rows and has them folded again, so the lists and details of issue 16 answer
 * on old data exactly as on a database filled from zero.
 */
describe('the record-reads migration on a database of the previous release', () => {
  it('refolds the six per-record tables: the same rows as a fresh fold, searchable at once', async () => {
    const db = await createTestDatabase();
    try {
      const first = await startTestApp({}, db);
      await seedDemo(first.app.get(CommandBus));
      const last = (await first.allEvents()).at(-1)!.position;
      expect(await first.app.get(ProjectionWaiter).waitFor(last, ALL_PROJECTIONS, 30_000)).toBe(true);
      const fresh = await snapshotReadModels(first.app.get(DataSource));
      const token = first.adminToken;
      await first.close();

      // Back to the previous release's schema and view shapes, as that release left them.
      await undoMigration(db.url, new RecordReads1764000016100(), async (ds) => {
        await ds.query("UPDATE organization_view SET view = view - 'revision'");
        await ds.query("UPDATE recommendation_view SET view = view - 'schedules'");
        await ds.query("UPDATE plan_view SET view = view - 'revisions'");
      });

      const second = await startTestApp({ BOOTSTRAP_ADMIN_TOKEN: token }, db);
      try {
        const head = (await second.allEvents()).at(-1)!.position;
        expect(await second.app.get(ProjectionWaiter).waitFor(head, ALL_PROJECTIONS, 30_000)).toBe(true);
        const upgraded = await snapshotReadModels(second.app.get(DataSource));
        for (const table of TABLES) expect({ table, rows: upgraded[table] }).toEqual({ table, rows: fresh[table] });
        const found = await second.http.get('/organizations').query({ q: 'migratión' });
        expect(found.body.total).toBe(3);
        const consular = await second.http.get('/recommendations').query({ q: 'consulates' });
        expect(consular.body.items[0].schedules).toHaveLength(2);
      } finally {
        await second.close();
      }
    } finally {
      await db.drop();
    }
  }, 240_000);
});
