import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { Pool } from 'pg';

export interface DataSourceSettings {
  url: string;
  poolSize: number;
  entities?: MixedList<Function | string | EntitySchema>;
  migrations?: MixedList<Function | string>;
}

/** TypeORM over `pg`; schema changes only through migrations, never `synchronize`. */
export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource({
    type: 'postgres',
    url: settings.url,
    entities: settings.entities ?? [],
    migrations: settings.migrations ?? [],
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize: settings.poolSize,
    extra: { max: settings.poolSize, connectionTimeoutMillis: 10_000 },
    logging: ['error'],
  });
}

/** The `pg` pool behind a TypeORM data source, shared so embedded mode keeps to one connection. */
export function poolOf(dataSource: DataSource): Pool {
  return (dataSource.driver as unknown as { master: Pool }).master;
}
