import { Module, type DynamicModule } from '@nestjs/common';
import { PersistenceModule, type AppConfig } from '#platform';
import { ALL_MIGRATIONS, ProjectorService, READ_MODEL_ENTITIES } from '#read-models';

/** The projector on its own: no HTTP, just the projections over the event store. */
@Module({})
export class ProjectorModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProjectorModule,
      imports: [PersistenceModule.forRoot(config, { migrations: ALL_MIGRATIONS, entities: READ_MODEL_ENTITIES })],
      providers: [ProjectorService],
    };
  }
}
