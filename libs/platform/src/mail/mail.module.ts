import { Module } from '@nestjs/common';
import { Mailer } from './mailer.js';

/** Outgoing mail; needs APP_CONFIG (provided globally by PersistenceModule). */
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
