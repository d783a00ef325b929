import { Global, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, MixedList, EntitySchema } from 'typeorm';
import { STREAM_PREFIXES } from '#domain';
import { EVENT_STORE, EventStoreDbEventStore, PostgresEventStore, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { createDataSource, poolOf } from '../database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres.js';

export interface PersistenceOptions {
  migrations: MixedList<Function | string>;
  entities: MixedList<Function | string | EntitySchema>;
}

const EMBEDDED = Symbol('EMBEDDED_POSTGRES');

/** Stops the embedded database after everything that uses it has closed. */
class EmbeddedDatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly embedded: EmbeddedPostgres | null) {}
  async onApplicationShutdown() {
    await this.embedded?.stop();
  }
}

/** Closes the event store before the pool it may share goes away. */
class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(private readonly store: EventStore) {}
  async onApplicationShutdown() {
    await this.store.close();
  }
}

/**
 * The database (an embedded PGlite when DATABASE_URL is unset) with its migrations run at start,
 * and the event store: EventStoreDB when EVENTSTORE_URL is set, otherwise the Postgres event store
 * sharing the TypeORM pool (one connection in embedded mode).
 */
@Global()
@Module({})
export class PersistenceModule {
  static forRoot(config: AppConfig, options: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [EMBEDDED],
          extraProviders: [{ provide: EMBEDDED, useFactory: () => embeddedFor(config) }],
          useFactory: (embedded: EmbeddedPostgres | null) => ({ type: 'postgres' as const, url: embedded?.url ?? config.DATABASE_URL }),
          dataSourceFactory: async (opts) => {
            const dataSource = createDataSource({
              url: (opts as { url: string }).url,
              poolSize: config.DATABASE_URL ? config.DB_POOL_SIZE : 1,
              migrations: options.migrations,
              entities: options.entities,
            });
            await dataSource.initialize();
            await dataSource.runMigrations();
            return dataSource;
          },
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: EMBEDDED, useFactory: () => embeddedFor(config) },
        { provide: EmbeddedDatabaseLifecycle, inject: [EMBEDDED], useFactory: (e: EmbeddedPostgres | null) => new EmbeddedDatabaseLifecycle(e) },
        {
          provide: EVENT_STORE,
          inject: [getDataSourceToken()],
          useFactory: (dataSource: DataSource): EventStore =>
            config.EVENTSTORE_URL
              ? new EventStoreDbEventStore({ connectionString: config.EVENTSTORE_URL, streamPrefixes: [...STREAM_PREFIXES] })
              : new PostgresEventStore(poolOf(dataSource)),
        },
        { provide: EventStoreLifecycle, inject: [EVENT_STORE], useFactory: (s: EventStore) => new EventStoreLifecycle(s) },
      ],
      exports: [APP_CONFIG, EVENT_STORE, TypeOrmModule],
    };
  }
}

// One embedded server per config object, however many providers ask for it.
const started = new WeakMap<AppConfig, Promise<EmbeddedPostgres | null>>();
function embeddedFor(config: AppConfig): Promise<EmbeddedPostgres | null> {
  if (config.DATABASE_URL) return Promise.resolve(null);
  let pending = started.get(config);
  if (!pending) {
    new Logger('Database').log(`no DATABASE_URL: embedded Postgres in ${config.DATA_DIR}`);
    pending = startEmbeddedPostgres(config.DATA_DIR, config.EMBEDDED_DB_PORT);
    started.set(config, pending);
  }
  return pending;
}
