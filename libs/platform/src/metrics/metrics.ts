import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** One registry per process: what GET /metrics exposes. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency by method, route and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const eventsAppended = new Counter({
  name: 'events_appended_total',
  help: 'Events appended by commands, by event type',
  labelNames: ['type'] as const,
  registers: [metricsRegistry],
});

export const eventsProjected = new Counter({
  name: 'events_projected_total',
  help: 'Events applied to the read models',
  registers: [metricsRegistry],
});

export const projectionLag = new Gauge({
  name: 'projection_lag_seconds',
  help: 'Per projection: age of the oldest event not yet applied (0 when caught up)',
  labelNames: ['projection'] as const,
  registers: [metricsRegistry],
});

export const projectionDeadLetters = new Gauge({
  name: 'projection_dead_letters',
  help: 'Per projection: events parked as dead letters (npm run cli -- projections parked)',
  labelNames: ['projection'] as const,
  registers: [metricsRegistry],
});

export const tokenChecks = new Counter({
  name: 'token_checks_total',
  help: 'Bearer token checks, by how they were answered: kept (between requests, on a Postgres server) or read from the database',
  labelNames: ['answered'] as const,
  registers: [metricsRegistry],
});

export const tokenNoticesListening = new Gauge({
  name: 'token_notices_listening',
  help: '1 while the service listens for changes to tokens and their owners, keeping checked tokens between requests; 0 when every request reads its token',
  registers: [metricsRegistry],
});

export const databaseConnectionsOpened = new Counter({
  name: 'database_connections_opened_total',
  help: 'Connections the pool opened to Postgres: more than the pool size means connections replaced (broken, or idle ones closed and opened again)',
  registers: [metricsRegistry],
});
