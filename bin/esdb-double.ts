/**
 * Runs the EventStoreDB test double alone, for running the service against it by hand:
 *   npm run esdb:double -- --port 2113 [--host 127.0.0.1] [--no-batch-append] [--max-append-size 1048576] [--nodes 3]
 * then EVENTSTORE_URL=esdb://127.0.0.1:2113?tls=false. With --nodes N, a cluster on ports port…port+N-1
 * over one log (node 0 leads) and a multi-host EVENTSTORE_URL. In memory: everything is gone when it stops.
 */
import { parseArgs } from 'node:util';
import { createEsdbDouble } from '../test/esdb-double/double.js';
import { createEsdbCluster } from '../test/esdb-double/cluster.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '2113' },
    host: { type: 'string', default: '127.0.0.1' },
    'no-batch-append': { type: 'boolean', default: false },
    'max-append-size': { type: 'string', default: String(1024 * 1024) },
    nodes: { type: 'string', default: '1' },
  },
});

const integer = (flag: string, value: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    console.error(`--${flag} must be an integer from ${min} to ${max}, got ${value}`);
    process.exit(2);
  }
  return n;
};
const port = integer('port', values.port, 0, 65535);
const maxAppendSize = integer('max-append-size', values['max-append-size'], 1, 2 ** 31 - 1);
const nodes = integer('nodes', values.nodes, 1, 7);
const options = { host: values.host, batchAppend: !values['no-batch-append'], maxAppendSize };

const running =
  nodes === 1
    ? await createEsdbDouble({ ...options, port })
    : await createEsdbCluster({ ...options, size: nodes, ...(port === 0 ? {} : { ports: Array.from({ length: nodes }, (_, i) => port + i) }) });
console.log(`EventStoreDB test double listening: EVENTSTORE_URL=${running.url}${values['no-batch-append'] ? ' (BatchAppend off)' : ''}`);

const shutdown = async () => {
  await running.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
