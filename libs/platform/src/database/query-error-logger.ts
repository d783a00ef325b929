import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

const MAX_SQL = 300;

/**
 * TypeORM's own error logging prints the failed SQL with its parameters, which carry request data
 * (and, in the token check, credential hashes). The failure itself reaches the caller's error
 * handling; here only the statement's shape is kept, at debug level, for whoever is tracing.
 */
export class QueryErrorLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('Database');

  logQueryError(error: string | Error, query: string, _parameters?: unknown[]): void {
    const message = typeof error === 'string' ? error : error.message;
    const sql = query.replace(/\s+/g, ' ').trim();
    this.logger.debug(`query failed: ${message} — ${sql.length > MAX_SQL ? `${sql.slice(0, MAX_SQL)}…` : sql}`);
  }

  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }
}
