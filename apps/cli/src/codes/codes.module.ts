import { Module } from '@nestjs/common';
import { ApplicationModule } from '#application';
import { CodesCommand, ReserveExistingCodesCommand } from './codes.command.js';

/** `codes reserve-existing`: reservations for records created before codes were unique. */
@Module({ imports: [ApplicationModule], providers: [CodesCommand, ReserveExistingCodesCommand] })
export class CodesModule {}
