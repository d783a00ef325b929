import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server (smtp-server) on a free local port, keeping every message it receives. */
export async function startSmtpInbox() {
  const received: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  /** While holding, a message's data is taken but not acknowledged: the sender waits, as on a stalled server. */
  const hold = { on: false, stalled: 0 };
  /** Held messages, each with the acknowledgement its sender waits for. */
  const held: { mail: Promise<ParsedMail>; acknowledge: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // A sender killed mid-message leaves its connection: closing does not wait for it.
    closeTimeout: 200,
    onData(stream, _session, callback) {
      if (hold.on) {
        hold.stalled++;
        const mail = simpleParser(stream);
        // A sender killed mid-message leaves a broken stream: that is the point of holding, not an error.
        mail.catch(() => undefined);
        held.push({ mail, acknowledge: () => callback() });
        waiters.splice(0).forEach((wake) => wake());
        return;
      }
      simpleParser(stream)
        .then((mail) => {
          received.push(mail);
          waiters.splice(0).forEach((wake) => wake());
          callback();
        })
        .catch(callback);
    },
  });
  // A client that vanishes (a killed process) resets its connection: expected here, not an error of the test.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    hold,
    /** Stops holding and acknowledges what was held, which then counts as received. */
    async release(): Promise<void> {
      hold.on = false;
      for (const { mail, acknowledge } of held.splice(0)) {
        received.push(await mail);
        acknowledge();
      }
      waiters.splice(0).forEach((wake) => wake());
    },
    /** Stops holding and forgets what was held (its sender is gone), never acknowledging it. */
    drop(): void {
      hold.on = false;
      held.splice(0);
    },
    /** Waits until `ready()` holds, woken by each message (held or received). */
    async until(ready: () => boolean): Promise<void> {
      while (!ready()) await new Promise<void>((resolve) => waiters.push(resolve));
    },
    /** The next message to this address (waits for it). */
    async messageTo(address: string): Promise<ParsedMail> {
      for (;;) {
        const found = received.find((m) => JSON.stringify(m.to).includes(address));
        if (found) {
          received.splice(received.indexOf(found), 1);
          return found;
        }
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The one-time link in a message's plain text. */
export function linkIn(mail: ParsedMail): string {
  const match = /(https?:\/\/\S+\/app\/password\?token=[A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  if (!match) throw new Error(`no link in: ${mail.text}`);
  return match[1];
}

/** The token of the link in the newest .eml file for this address in `outbox` (DATA_DIR/outbox without SMTP_URL), read back with mailparser. */
export async function linkTokenInOutbox(outbox: string, email: string): Promise<string> {
  const files = readdirSync(outbox)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .reverse();
  for (const file of files) {
    const mail = await simpleParser(readFileSync(join(outbox, file)));
    if (JSON.stringify(mail.to).includes(email)) return new URL(linkIn(mail)).searchParams.get('token')!;
  }
  throw new Error(`no message to ${email} in ${outbox}`);
}
