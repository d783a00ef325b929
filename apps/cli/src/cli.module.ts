import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ApplicationModule } from '#application';
import { PersistenceModule, type AppConfig } from '#platform';
import { ALL_MIGRATIONS, READ_MODEL_ENTITIES } from '#read-models';
import { AuditModule } from './audit/audit.module.js';
import { CodesModule } from './codes/codes.module.js';
import { EventsModule } from './events/events.module.js';
import { LocationsModule } from './locations/locations.module.js';
import { ProjectionsModule } from './projections/projections.module.js';
import { SeedModule } from './seed/seed.module.js';
import { TokensModule } from './tokens/tokens.module.js';
import { UsersModule } from './users/users.module.js';

/**
 * The CLI: the same database, event store and command handlers as the API, no HTTP.
 * Each command group lives in a folder of its own (apps/cli/src/<group>/) and exports a module that
 * is listed in COMMAND_GROUPS below — adding a group is one import and one line here.
 */
const COMMAND_GROUPS: DynamicModule['imports'] = [AuditModule, CodesModule, EventsModule, LocationsModule, ProjectionsModule, SeedModule, TokensModule, UsersModule];

@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        PersistenceModule.forRoot(config, { migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES, unboundedStatements: true }),
        CqrsModule.forRoot(),
        ApplicationModule,
        ...(COMMAND_GROUPS ?? []),
      ],
    };
  }
}
