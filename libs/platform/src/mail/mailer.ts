import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Message } from './messages.js';

/**
 * Sends mail with nodemailer: through SMTP_URL when set; otherwise each message is built by nodemailer's
 * stream transport and written as an .eml file under DATA_DIR/outbox/, and the log says where, so a
 * single-machine install still gets its invitation links.
 */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter;
  readonly outbox: string | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.outbox = config.SMTP_URL ? null : resolve(config.DATA_DIR, 'outbox');
    this.transport = config.SMTP_URL ? nodemailer.createTransport(config.SMTP_URL) : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  /** Sends (or files) the message; the log names the recipient and the file, never the link. */
  async send(to: string, message: Message): Promise<void> {
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, to, subject: message.subject, text: message.text, html: message.html });
    if (!this.outbox) {
      this.logger.log(`sent "${message.subject}" to ${to}`);
      return;
    }
    await mkdir(this.outbox, { recursive: true, mode: 0o700 });
    const file = join(this.outbox, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID()}.eml`);
    await writeFile(file, (info as unknown as { message: Buffer }).message, { mode: 0o600 });
    this.logger.log(`no SMTP_URL: "${message.subject}" to ${to} written to ${file}`);
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
