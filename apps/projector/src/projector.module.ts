import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { RemindersModule } from '#application';
import { PersistenceModule, type AppConfig } from '#platform';
import { ALL_MIGRATIONS, ProjectorService, READ_MODEL_ENTITIES } from '#read-models';

/** The projector on its own: no HTTP, the projections over the event store and the reminders' schedule. */
@Module({})
export class ProjectorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [PersistenceModule.forRoot(config, { migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES, maintainEmbedded: true }), CqrsModule.forRoot(), RemindersModule.forRoot({ schedule: true })],
      providers: [ProjectorService],
    };
  }
}
