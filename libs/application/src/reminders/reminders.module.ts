import { Module, type DynamicModule } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { MailModule } from '#platform';
import { ApplicationModule } from '../application.module.js';
import { ReminderScheduler } from './reminder-scheduler.js';
import { REMINDER_CLOCK, Reminders } from './reminders.service.js';

/** The reminders and their ledger; with `schedule`, the job that runs them (the projector's process). */
@Module({})
export class RemindersModule {
  static forRoot(options: { schedule: boolean }): DynamicModule {
    return {
      module: RemindersModule,
      imports: [ApplicationModule, MailModule, ...(options.schedule ? [ScheduleModule.forRoot()] : [])],
      providers: [Reminders, { provide: REMINDER_CLOCK, useValue: { now: () => new Date() } }, ...(options.schedule ? [ReminderScheduler] : [])],
      exports: [Reminders],
    };
  }
}
