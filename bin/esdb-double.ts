/**
 * Runs the EventStoreDB test double alone, for running the service against it by hand:
 *   npm run esdb:double -- --port 2113 [--host 127.0.0.1] [--no-batch-append]
 * then EVENTSTORE_URL=esdb://127.0.0.1:2113?tls=false. In memory: everything is gone when it stops.
 */
import { parseArgs } from 'node:util';
import { createEsdbDouble } from '../test/esdb-double/double.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '2113' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-batch-append': { type: 'boolean', default: false },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, got ${values.port}`);
  process.exit(2);
}

const double = await createEsdbDouble({ port, host: values.host, batchAppend: !values['no-batch-append'] });
console.log(`EventStoreDB test double listening: EVENTSTORE_URL=${double.url}${values['no-batch-append'] ? ' (BatchAppend off)' : ''}`);

const shutdown = async () => {
  await double.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
