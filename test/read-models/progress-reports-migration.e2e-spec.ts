import { CommandBus } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ALL_PROJECTIONS, ProjectionWaiter } from '#read-models';
import { seedDemo } from '../../apps/cli/src/seed/seed-demo.js';
import { ProgressReportsInRows1764000240000 } from '../../libs/read-models/src/migrations/1764000240000-progress-reports-in-rows.js';
import { startTestApp } from '../support/test-app.js';
import { createTestDatabase } from '../support/test-database.js';
import { snapshotReadModels, undoMigration } from './support.js';

/**
 * Upgrading a database whose activity views still hold their reports: the migration moves them into
 * rows of their own, and the read models answer as on a database projected from zero.
 */
describe('the migration moving progress reports out of the activity views', () => {
  it('moves every report into its row, in order, and the reads answer as before', async () => {
    const db = await createTestDatabase();
    try {
      const first = await startTestApp({}, db);
      await seedDemo(first.app.get(CommandBus));
      const last = (await first.allEvents()).at(-1)!.position;
      expect(await first.app.get(ProjectionWaiter).waitFor(last, ALL_PROJECTIONS, 30_000)).toBe(true);
      const fresh = await snapshotReadModels(first.app.get(DataSource));
      const [reported] = (await first.app
        .get(DataSource)
        .query('SELECT activity_id AS id, count(*)::int AS n FROM activity_progress_report GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1')) as {
        id: string;
        n: number;
      }[];
      const before = await first.http.get(`/activities/${reported.id}`);
      const token = first.adminToken;
      await first.close();

      // Back to the previous release: the reports inside the views, no table of their own.
      await undoMigration(db.url, new ProgressReportsInRows1764000240000(), async (ds) => {
        const [held] = await ds.query("SELECT jsonb_array_length(view->'progressReports') AS n FROM activity_view WHERE id = $1", [reported.id]);
        expect(held.n).toBe(reported.n);
      });

      const second = await startTestApp({ BOOTSTRAP_ADMIN_TOKEN: token }, db);
      try {
        const upgraded = await snapshotReadModels(second.app.get(DataSource));
        for (const table of ['activity_view', 'activity_progress_report']) expect({ table, rows: upgraded[table] }).toEqual({ table, rows: fresh[table] });
        expect(reported.n).toBeGreaterThan(1);
        const after = await second.http.get(`/activities/${reported.id}`);
        expect(after.status).toBe(200);
        expect(after.body.progressReports).toHaveLength(reported.n);
        expect(after.body).toEqual(before.body);
      } finally {
        await second.close();
      }
    } finally {
      await db.drop();
    }
  }, 240_000);
});
