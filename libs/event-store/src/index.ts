export * from './event-store.port.js';
export * from './errors.js';
export * from './position.js';
export { pollingSubscription } from './polling-subscription.js';
export { InMemoryEventStore } from './in-memory/in-memory-event-store.js';
export { PostgresEventStore } from './postgres/postgres-event-store.js';
export { CreateEvents1764000000000 } from './postgres/migrations/1764000000000-create-events.js';
export { esdbAppendSize, ESDB_DEFAULT_MAX_APPEND_SIZE } from './esdb/append-size.js';
