import 'reflect-metadata';
import { appendBenchmark } from './append.bench.js';
import { auditBenchmark } from './audit.bench.js';
import { datasetBenchmark } from './dataset.bench.js';
import { embeddedBenchmark } from './embedded.bench.js';
import { httpCommandsBenchmark } from './http-commands.bench.js';
import { peerBenchmark } from './peer.bench.js';
import { projectionBenchmark } from './projection.bench.js';
import { timeTravelBenchmark } from './time-travel.bench.js';
import { webBundleBenchmark } from './web-bundle.bench.js';

/** `npm run bench`: one JSON line per figure, measured on the server Postgres (BENCH_DATABASE_URL). */
const only = process.argv[2];
// peer runs last: Emmett's database layer changes pg's type parsers for the process (it puts them back).
const benchmarks: Record<string, () => Promise<void>> = { append: appendBenchmark, projection: projectionBenchmark, dataset: datasetBenchmark, audit: auditBenchmark, 'time-travel': timeTravelBenchmark, 'http-commands': httpCommandsBenchmark, 'web-bundle': webBundleBenchmark, embedded: embeddedBenchmark, peer: peerBenchmark };
for (const [name, run] of Object.entries(benchmarks)) {
  if (!only || only === name) await run();
}
