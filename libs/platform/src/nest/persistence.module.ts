import { Global, Logger, Module, type DynamicModule, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource, MixedList, EntitySchema } from 'typeorm';
import { STREAM_PREFIXES } from '#domain';
import { EVENT_STORE, PostgresEventStore, type EventStore } from '#event-store';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { createDataSource, mayNameStatements, poolOf } from '../database/data-source.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../database/embedded-postgres.js';
import { keptConnectionsOf } from '../database/kept-connections.js';
import { EmbeddedVacuum } from '../database/embedded-vacuum.js';
import { IDEMPOTENCY_KEYS, IdempotencyKeyRegistry } from '../idempotency/idempotency-keys.js';

export interface PersistenceOptions {
  migrations: MixedList<Function | string>;
  entities: MixedList<Function | string | EntitySchema>;
  /**
   * No statement time limit (the CLI: a rebuild, a copy or a full verification runs as long as it
   * needs). Otherwise every statement is bounded by DB_STATEMENT_TIMEOUT_MS, so a caller of the API
   * gets a 503 instead of a hang when the database stops answering.
   */
  unboundedStatements?: boolean;
  /** A long-running service (API, projector): vacuums the embedded database every EMBEDDED_VACUUM_MINUTES. */
  maintainEmbedded?: boolean;
}

const EMBEDDED = Symbol('EMBEDDED_POSTGRES');

/** Stops the embedded database after everything that uses it has closed. */
class EmbeddedDatabaseLifecycle implements OnApplicationShutdown {
  constructor(private readonly embedded: EmbeddedPostgres | null) {}
  async onApplicationShutdown() {
    await this.embedded?.stop();
  }
}

/** Starts the embedded database's vacuum once the service is up, and waits for a pass in progress at shutdown. */
class EmbeddedVacuumLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(private readonly vacuum: EmbeddedVacuum | null) {}
  onApplicationBootstrap() {
    this.vacuum?.start();
  }
  async onApplicationShutdown() {
    await this.vacuum?.stop();
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
            const url = (opts as { url: string }).url;
            await migrate(url, config, options.migrations);
            const dataSource = createDataSource({
              url,
              poolSize: config.DATABASE_URL ? config.DB_POOL_SIZE : 1,
              soleUserOfSession: !config.DATABASE_URL,
              entities: options.entities,
              connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
              statementTimeoutMs: options.unboundedStatements ? 0 : config.DB_STATEMENT_TIMEOUT_MS,
            });
            await dataSource.initialize();
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
          useFactory: async (dataSource: DataSource): Promise<EventStore> =>
            config.EVENTSTORE_URL
              ? new (await import('#event-store/esdb')).EventStoreDbEventStore({ connectionString: config.EVENTSTORE_URL, streamPrefixes: [...STREAM_PREFIXES] })
              : // Names its statements where the token check does (see mayNameStatements).
                new PostgresEventStore(keptConnectionsOf(dataSource), { preparedStatements: await mayNameStatements(dataSource) }),
        },
        { provide: IDEMPOTENCY_KEYS, inject: [getDataSourceToken()], useFactory: (dataSource: DataSource) => new IdempotencyKeyRegistry(dataSource) },
        { provide: EventStoreLifecycle, inject: [EVENT_STORE], useFactory: (s: EventStore) => new EventStoreLifecycle(s) },
        {
          provide: EmbeddedVacuumLifecycle,
          inject: [EMBEDDED, getDataSourceToken()],
          useFactory: (embedded: EmbeddedPostgres | null, dataSource: DataSource) =>
            new EmbeddedVacuumLifecycle(embedded && options.maintainEmbedded ? new EmbeddedVacuum(poolOf(dataSource), config.EMBEDDED_VACUUM_MINUTES * 60_000) : null),
        },
      ],
      exports: [APP_CONFIG, EVENT_STORE, IDEMPOTENCY_KEYS, TypeOrmModule],
    };
  }
}

/** Migrations on a connection of their own without a statement limit: one may rewrite a large table. */
async function migrate(url: string, config: AppConfig, migrations: MixedList<Function | string>): Promise<void> {
  const dataSource = createDataSource({ url, poolSize: 1, migrations, connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}

// One embedded server per config object, however many providers ask for it.
const started = new WeakMap<AppConfig, Promise<EmbeddedPostgres | null>>();
function embeddedFor(config: AppConfig): Promise<EmbeddedPostgres | null> {
  if (config.DATABASE_URL) return Promise.resolve(null);
  let pending = started.get(config);
  if (!pending) {
    new Logger('Database').log(`no DATABASE_URL: embedded Postgres in ${config.DATA_DIR}`);
    pending = startEmbeddedPostgres(config.DATA_DIR);
    started.set(config, pending);
  }
  return pending;
}
