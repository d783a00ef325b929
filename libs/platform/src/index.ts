export * from './config/app-config.js';
export * from './database/embedded-postgres.js';
export * from './database/data-dir-lock.js';
export * from './database/data-source.js';
export * from './nest/persistence.module.js';
export * from './auth/index.js';
export * from './metrics/metrics.js';
export * from './mail/index.js';
