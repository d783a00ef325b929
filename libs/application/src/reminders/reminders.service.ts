import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, Mailer, type AppConfig } from '#platform';
import { UserAccess } from '../users/user-access.service.js';
import { reminderMessage } from './reminder-message.js';
import { readActivityViews, reportsNotIn, type PlanView } from '#read-models';
import { remindersDue, type DecisionDue, type PersonReminder, type Recipient, type ReportDue } from './reminder-rules.js';

/** What "now" is for the reminders: the system clock, or a test's. */
export const REMINDER_CLOCK = Symbol('REMINDER_CLOCK');
export interface Clock {
  now(): Date;
}

export interface ReminderLogEntry {
  id: string;
  recipientUserId: string;
  email: string;
  day: string;
  subject: string;
  reasons: string[];
  status: 'pending' | 'sent';
  decidedAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
}

/**
 * Decides, once a run, who is reminded of what today, writes each message to the ledger before sending
 * it, then sends every pending message (this run's, and any a crash left between deciding and sending),
 * each under a row lock so that two processes never send the same one.
 */
@Injectable()
export class Reminders {
  private readonly logger = new Logger('Reminders');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserAccess,
    private readonly mailer: Mailer,
    @Inject(REMINDER_CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async run(now: Date = this.clock.now()): Promise<{ decided: number; sent: number; failed: number }> {
    const today = now.toISOString().slice(0, 10);
    const due = remindersDue(today, await this.openDecisions(), await this.recipients(), await this.reportsDue(today));
    let decided = 0;
    for (const reminder of due) if (await this.decide(reminder, today, now)) decided++;
    return { decided, ...(await this.sendPending(now)) };
  }

  /** The ledger, latest first: what was sent (or is pending) to whom, and why. */
  async log(limit = 200): Promise<ReminderLogEntry[]> {
    const rows = (await this.db.query(
      `SELECT id, recipient_user_id, email, to_char(day, 'YYYY-MM-DD') AS day, subject, reasons, status, decided_at, sent_at, attempts, last_error
       FROM reminder_messages ORDER BY day DESC, decided_at DESC LIMIT $1`,
      [limit],
    )) as { id: string; recipient_user_id: string; email: string; day: string; subject: string; reasons: string[]; status: 'pending' | 'sent'; decided_at: Date; sent_at: Date | null; attempts: number; last_error: string | null }[];
    return rows.map((r) => ({
      id: r.id, recipientUserId: r.recipient_user_id, email: r.email, day: r.day, subject: r.subject, reasons: r.reasons, status: r.status,
      decidedAt: new Date(r.decided_at).toISOString(), sentAt: r.sent_at ? new Date(r.sent_at).toISOString() : null, attempts: r.attempts, lastError: r.last_error,
    }));
  }

  private async openDecisions(): Promise<DecisionDue[]> {
    const rows = (await this.db.query("SELECT view FROM decision_view WHERE status = 'open' AND view->>'dueDate' IS NOT NULL ORDER BY view->>'dueDate', number, id")) as { view: DecisionDue & { dueDate: string } }[];
    return rows.map(({ view }) => ({ id: view.id, number: view.number, titles: view.titles, dueDate: view.dueDate, responsibleAgencyIds: view.responsibleAgencyIds }));
  }

  /** Progress reports not in, due within the week or overdue, of the plans with a reporting calendar. */
  private async reportsDue(today: string): Promise<ReportDue[]> {
    const plans = ((await this.db.query("SELECT view FROM plan_view WHERE view ? 'reporting'")) as { view: PlanView }[]).map((r) => r.view);
    const dueBy = new Date(Date.parse(`${today}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
    const out: ReportDue[] = [];
    for (const plan of plans) {
      const activities = await readActivityViews(this.db, "WHERE plan_id = $1 AND status IN ('in_progress', 'completed')", [plan.id]);
      out.push(...reportsNotIn(plan, activities, today, dueBy));
    }
    return out;
  }

  private async recipients(): Promise<Recipient[]> {
    return (await this.users.list())
      .filter((u) => u.status === 'active' && u.email)
      .map((u) => ({ id: u.id, email: u.email!, displayName: u.displayName, language: u.language, role: u.role, organizationId: u.organizationId }));
  }

  /** Writes the person's message of the day with the reasons not yet sent to them; false when there is nothing new or it is decided already. */
  private decide(reminder: PersonReminder, today: string, now: Date): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const person = reminder.recipient.id;
      const known = new Set(((await tx.query('SELECT reason_key FROM reminder_reasons WHERE recipient_user_id = $1 AND reason_key = ANY($2::text[])', [person, reminder.reasons.map((r) => r.key)])) as { reason_key: string }[]).map((r) => r.reason_key));
      const fresh = reminder.reasons.filter((r) => !known.has(r.key));
      if (fresh.length === 0) return false;
      const message = reminderMessage({ recipient: reminder.recipient, reasons: fresh }, this.config.PUBLIC_URL);
      const id = randomUUID();
      const inserted = (await tx.query(
        `INSERT INTO reminder_messages (id, recipient_user_id, email, language, day, subject, text_body, html_body, reasons, status, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10) ON CONFLICT (recipient_user_id, day) DO NOTHING RETURNING id`,
        [id, person, reminder.recipient.email, reminder.recipient.language, today, message.subject, message.text, message.html, JSON.stringify(fresh.map((r) => r.key)), now],
      )) as { id: string }[];
      // One message per person per day: what is new after it waits for the next day's run.
      if (inserted.length === 0) return false;
      await tx.query('INSERT INTO reminder_reasons (recipient_user_id, reason_key, message_id) SELECT $1, key, $2 FROM unnest($3::text[]) AS key', [person, id, fresh.map((r) => r.key)]);
      return true;
    });
  }

  /** Sends pending messages one at a time, each locked while it is sent; a failure is kept for the next run. */
  async sendPending(now: Date): Promise<{ sent: number; failed: number }> {
    const tried: string[] = [];
    let sent = 0;
    let failed = 0;
    for (;;) {
      const outcome = await this.db.transaction(async (tx: EntityManager) => {
        const [message] = (await tx.query(
          `SELECT id, email, subject, text_body, html_body FROM reminder_messages
           WHERE status = 'pending' AND NOT (id = ANY($1::uuid[])) ORDER BY decided_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [tried],
        )) as { id: string; email: string; subject: string; text_body: string; html_body: string }[];
        if (!message) return 'none' as const;
        tried.push(message.id);
        try {
          await this.mailer.send(message.email, { subject: message.subject, text: message.text_body, html: message.html_body });
        } catch (error) {
          await tx.query('UPDATE reminder_messages SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [message.id, String((error as Error).message ?? error).slice(0, 500)]);
          this.logger.warn(`reminder to ${message.email} not sent, kept for the next run: ${(error as Error).message}`);
          return 'failed' as const;
        }
        await tx.query("UPDATE reminder_messages SET status = 'sent', sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1", [message.id, now]);
        return 'sent' as const;
      });
      if (outcome === 'none') return { sent, failed };
      if (outcome === 'sent') sent++;
      else failed++;
    }
  }
}
