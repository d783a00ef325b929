import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A funding line still carrying a committed or disbursed amount (numbers as the views spell them). */
const FUNDS = "((f->>'committed')::numeric > 0 OR (f->>'disbursed')::numeric > 0)";
const settled = (funding: string) =>
  `(SELECT coalesce(jsonb_agg(f ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(${funding}) WITH ORDINALITY AS e(f, n) WHERE ${FUNDS})`;
const hasSpent = (funding: string) => `EXISTS (SELECT 1 FROM jsonb_array_elements(${funding}) AS e(f) WHERE NOT ${FUNDS})`;

/**
 * A donor whose every entry on an activity was reversed stayed listed on it with 0.00, in its portfolio,
 * its plan CSV and the IATI export's participants. The views now drop such a line as they fold; the lines
 * already written are dropped here, in the views and in their versions by business date.
 */
export class ReversedFunding1764000250000 implements MigrationInterface {
  name = 'ReversedFunding1764000250000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`UPDATE activity_view SET funding = ${settled('funding')}, view = jsonb_set(view, '{funding}', ${settled('funding')}),
      donor_ids = ARRAY(SELECT DISTINCT (f->>'donorId')::uuid FROM jsonb_array_elements(funding) AS e(f) WHERE ${FUNDS})
      WHERE ${hasSpent('funding')}`);
    await runner.query(`UPDATE activity_as_of SET view = jsonb_set(view::jsonb, '{funding}', ${settled("view::jsonb->'funding'")})::json
      WHERE jsonb_typeof(view::jsonb->'funding') = 'array' AND ${hasSpent("view::jsonb->'funding'")}`);
  }

  async down(): Promise<void> {
    // Nothing to restore: a line with nothing committed or disbursed said nothing.
  }
}
