import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Events a projection could not take (a date Postgres refuses, a row its code cannot build), parked so
 * that the log goes on. Text columns throughout: parking must never fail on an odd value itself.
 */
export class ProjectionDeadLetters1764000006100 implements MigrationInterface {
  name = 'ProjectionDeadLetters1764000006100';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE projection_dead_letters (
        projection text NOT NULL,
        event_id text NOT NULL,
        position text NOT NULL,
        stream text NOT NULL,
        revision bigint NOT NULL,
        type text NOT NULL,
        error text NOT NULL,
        error_code text,
        attempts int NOT NULL,
        parked_at timestamptz NOT NULL DEFAULT now(),
        last_failed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (projection, event_id)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE projection_dead_letters');
  }
}
