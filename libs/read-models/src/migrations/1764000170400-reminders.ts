import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reminders' ledger (issue 11). A message is decided (written here, `pending`, with its text) before
 * it is sent and marked `sent` after: a crash in between leaves it pending, and the next run sends that
 * same message. One message per person per day (unique), and each reason once per person ever
 * (reminder_reasons' key), whichever process decides it first.
 */
export class Reminders1764000170400 implements MigrationInterface {
  name = 'Reminders1764000170400';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE reminder_messages (
      id uuid PRIMARY KEY,
      recipient_user_id uuid NOT NULL,
      email text NOT NULL,
      language text NOT NULL,
      day date NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text NOT NULL,
      reasons jsonb NOT NULL,
      status text NOT NULL CHECK (status IN ('pending', 'sent')),
      decided_at timestamptz NOT NULL,
      sent_at timestamptz,
      attempts int NOT NULL DEFAULT 0,
      last_error text,
      UNIQUE (recipient_user_id, day)
    )`);
    await runner.query('CREATE INDEX reminder_messages_pending ON reminder_messages (decided_at) WHERE status = \'pending\'');
    await runner.query(`CREATE TABLE reminder_reasons (
      recipient_user_id uuid NOT NULL,
      reason_key text NOT NULL,
      message_id uuid NOT NULL REFERENCES reminder_messages (id),
      PRIMARY KEY (recipient_user_id, reason_key)
    )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE reminder_reasons');
    await runner.query('DROP TABLE reminder_messages');
  }
}
