import { Logger, type LoggerService } from '@nestjs/common';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/app-config.js';
import { Mailer } from './mailer.js';
import { linkMessage } from './messages.js';

/** The embedded default (no SMTP_URL): the log names the .eml file, so an operator finds the link; never the link. */
describe('Mailer without SMTP_URL', () => {
  const logged: { level: string; message: unknown; context: unknown }[] = [];
  const recorder: LoggerService = {
    log: (message, context) => logged.push({ level: 'log', message, context }),
    warn: (message, context) => logged.push({ level: 'warn', message, context }),
    error: (message, context) => logged.push({ level: 'error', message, context }),
  };
  const dataDir = mkdtempSync(join(tmpdir(), 'apm-mailer-'));
  beforeAll(() => Logger.overrideLogger(recorder));
  afterAll(() => {
    Logger.overrideLogger(['error', 'warn']);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes the message under DATA_DIR/outbox and logs one line naming the recipient and that file', async () => {
    const mailer = new Mailer(loadConfig({ DATA_DIR: dataDir }));
    const link = 'https://monitor.example.org/app/password?token=secret-link-token';
    await mailer.send('clerk@example.org', linkMessage('invitation', 'en', 'Clerk', link));
    mailer.onApplicationShutdown();

    expect(logged).toHaveLength(1);
    const [line] = logged;
    expect(line).toMatchObject({ level: 'log', context: 'Mail' });
    const match = /^no SMTP_URL: ".+" to clerk@example\.org written to (\S+\.eml)$/.exec(String(line.message));
    expect(match).not.toBeNull();
    const file = match![1];
    expect(file.startsWith(join(dataDir, 'outbox'))).toBe(true);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('To: clerk@example.org');
    expect(String(line.message)).not.toContain('secret-link-token');
  });
});
