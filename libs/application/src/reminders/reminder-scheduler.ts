import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { APP_CONFIG, type AppConfig } from '#platform';
import { Reminders } from './reminders.service.js';

const JOB = 'reminders';

/**
 * Runs the reminders on REMINDERS_CRON (UTC) in the process that runs the projector, of which a
 * deployment has one. At start it sends what a crash left pending; the ledger makes a second process
 * harmless anyway.
 */
@Injectable()
export class ReminderScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Reminders');
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly reminders: Reminders,
    private readonly registry: SchedulerRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.REMINDERS_CRON === 'off') return;
    this.running = this.reminders.sendPending(new Date()).catch((error: unknown) => this.logger.error(`pending reminders: ${(error as Error).message}`));
    const job = CronJob.from({ cronTime: this.config.REMINDERS_CRON, timeZone: 'UTC', onTick: () => this.tick(), start: true });
    this.registry.addCronJob(JOB, job as never);
  }

  private tick(): void {
    this.running = this.running.then(() =>
      this.reminders.run().then(
        ({ decided, sent, failed }) => this.logger.log(`reminders: ${decided} decided, ${sent} sent${failed ? `, ${failed} kept for the next run` : ''}`),
        (error: unknown) => this.logger.error(`reminders: ${(error as Error).message}`),
      ),
    );
  }

  /**
   * Before any module's shutdown: the database connection closes in TypeORM's, and a message the SMTP
   * server has taken must be marked sent before it does, or the next start would send it again.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (this.registry.doesExist('cron', JOB)) (this.registry.getCronJob(JOB) as unknown as CronJob).stop();
    await this.running;
  }
}
