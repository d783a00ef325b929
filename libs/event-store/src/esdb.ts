// The EventStoreDB adapter, apart from the library's index: its client and protocol definitions are
// loaded only by a process that uses EventStoreDB, not by every process on Postgres.
export { EventStoreDbEventStore, type EventStoreDbOptions } from './esdb/esdb-event-store.js';
