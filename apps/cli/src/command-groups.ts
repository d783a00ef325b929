import type { DynamicModule } from '@nestjs/common';
import { AuditModule } from './audit/audit.module.js';
import { CodesModule } from './codes/codes.module.js';
import { EventsModule } from './events/events.module.js';
import { LocationsModule } from './locations/locations.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { SeedModule } from './seed/seed.module.js';
import { TokensModule } from './tokens/tokens.module.js';
import { UsersModule } from './users/users.module.js';

/**
 * The CLI's command groups. Each lives in a folder of its own (apps/cli/src/<group>/) and exports a
 * module whose providers are its commands: adding a group is one import and one line here.
 */
export const COMMAND_GROUPS: NonNullable<DynamicModule['imports']> = [
  AuditModule,
  CodesModule,
  EventsModule,
  LocationsModule,
  ProjectionsModule,
  SeedModule,
  TokensModule,
  UsersModule,
];
