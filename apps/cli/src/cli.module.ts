import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ApplicationModule } from '#application';
import { PersistenceModule, type AppConfig } from '#platform';
import { ALL_MIGRATIONS, READ_MODEL_ENTITIES } from '#read-models';
import { COMMAND_GROUPS } from './command-groups.js';

/** The CLI: the same database, event store and command handlers as the API, no HTTP. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        PersistenceModule.forRoot(config, { migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES, unboundedStatements: true }),
        CqrsModule.forRoot(),
        ApplicationModule,
        ...COMMAND_GROUPS,
      ],
    };
  }
}
