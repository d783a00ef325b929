import { Module } from '@nestjs/common';
import { ApplicationModule } from '#application';
import { CheckLocationsCommand, LocationsCommand } from './locations.command.js';

/** `locations check`: locations the gazetteer could not check, old bare provinces among them. */
@Module({ imports: [ApplicationModule], providers: [LocationsCommand, CheckLocationsCommand] })
export class LocationsModule {}
