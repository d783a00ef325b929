import { canonicalJson, chainedHash, GENESIS_HASH } from '#application';
import { comparePositions, esdbAppendSize, ESDB_DEFAULT_MAX_APPEND_SIZE, WrongExpectedRevisionError, type EventStore, type EventToAppend, type ExpectedRevision, type Position, type RecordedEvent } from '#event-store';

/** What the copy reads from (the Postgres event store). */
export type CopySource = Pick<EventStore, 'readAll'>;
/** What it writes to (the EventStoreDB adapter): positions must be those of the target store. */
export type CopyTarget = Pick<EventStore, 'append' | 'readStream' | 'readAll' | 'headPosition'>;

export interface CopyProgress {
  /** Source events handled so far (copied + skipped). */
  events: number;
  copied: number;
  skipped: number;
  /** Source position of the last event handled. */
  position: Position | null;
  seconds: number;
}

export interface CopyOptions {
  /** Events per source read (default 1000). */
  pageSize?: number;
  /** Stop after this many source events (a copy in chunks; tests). Default: all. */
  maxEvents?: number;
  /** Upper bound on the size of one append in bytes, as EventStoreDB counts it (default 512 KiB; the server refuses appends over 1 MiB by default). */
  maxAppendBytes?: number;
  /** Called after every source page. */
  onProgress?: (progress: CopyProgress) => void;
}

export interface CopySummary extends CopyProgress {
  /** Distinct streams among the events handled. */
  streams: number;
  /** Appends sent to the target (runs of adjacent events of one stream). */
  appends: number;
  /** Runs found partly in the target (an earlier copy cut between two appends of a different split), completed. */
  resumedRuns: number;
}

/** The target holds, at a revision the source also has, a different event: not a copy of this source. */
export class CopyConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CopyConflictError';
  }
}

const DEFAULT_PAGE = 1000;
// Half the server's default leaves room for a server configured lower than the default.
const DEFAULT_MAX_APPEND_BYTES = ESDB_DEFAULT_MAX_APPEND_SIZE / 2;

/**
 * Copies every event of `source`, in global order, into `target` with its id, stream, revision, type,
 * data and metadata. Consecutive events of one stream (adjacent in global order) go in one append.
 * Each append names the exact revision before its first event (or no_stream), so a re-run is
 * de-duplicated by the target (EventStoreDB compares the ids at those revisions and answers with the
 * original position, writing nothing). An event counts as "skipped" when the position the target
 * answers is not past the target's head at the start: nothing was written for it.
 * A run the target holds only in part (an earlier copy split it differently) is completed from where
 * the target stands, after checking that the ids it already holds are the source's.
 */
export async function copyEvents(source: CopySource, target: CopyTarget, options: CopyOptions = {}): Promise<CopySummary> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE;
  const maxEvents = options.maxEvents ?? Number.POSITIVE_INFINITY;
  const maxAppendBytes = options.maxAppendBytes ?? DEFAULT_MAX_APPEND_BYTES;
  const started = Date.now();
  const targetHeadAtStart = await target.headPosition();
  const streams = new Set<string>();
  const summary: CopySummary = { events: 0, copied: 0, skipped: 0, position: null, seconds: 0, streams: 0, appends: 0, resumedRuns: 0 };

  while (summary.events < maxEvents) {
    const page = await source.readAll(summary.position, Math.min(pageSize, maxEvents - summary.events));
    if (page.length === 0) break;
    for (const run of runsOf(page, maxAppendBytes)) {
      const outcome = await copyRun(target, run, targetHeadAtStart);
      summary.copied += outcome.copied;
      summary.skipped += outcome.skipped;
      summary.appends += outcome.appends;
      if (outcome.resumed) summary.resumedRuns++;
      streams.add(run[0].stream);
    }
    summary.events += page.length;
    summary.position = page[page.length - 1].position;
    summary.seconds = (Date.now() - started) / 1000;
    options.onProgress?.({ events: summary.events, copied: summary.copied, skipped: summary.skipped, position: summary.position, seconds: summary.seconds });
  }
  summary.streams = streams.size;
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/**
 * Splits a page into runs: adjacent events of one stream with consecutive revisions, under the size
 * bound in bytes as the server counts them (UTF-8, not characters). An event over the bound alone
 * goes in a run of its own; the server then refuses it with AppendTooLargeError.
 */
export function runsOf(page: RecordedEvent[], maxAppendBytes = DEFAULT_MAX_APPEND_BYTES): RecordedEvent[][] {
  const runs: RecordedEvent[][] = [];
  let run: RecordedEvent[] = [];
  let bytes = 0;
  for (const event of page) {
    const size = esdbAppendSize(event);
    const last = run[run.length - 1];
    const continues = last !== undefined && last.stream === event.stream && last.revision + 1 === event.revision && bytes + size <= maxAppendBytes;
    if (!continues && run.length > 0) {
      runs.push(run);
      run = [];
      bytes = 0;
    }
    run.push(event);
    bytes += size;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

const toAppend = (e: RecordedEvent): EventToAppend => ({ id: e.id, type: e.type, data: e.data, metadata: e.metadata });

interface RunOutcome {
  copied: number;
  skipped: number;
  appends: number;
  resumed: boolean;
}

async function copyRun(target: CopyTarget, run: RecordedEvent[], targetHeadAtStart: Position | null): Promise<RunOutcome> {
  const stream = run[0].stream;
  try {
    const result = await target.append(stream, run.map(toAppend), expectedBefore(run[0].revision));
    const alreadyThere = targetHeadAtStart !== null && comparePositions(result.position, targetHeadAtStart) <= 0;
    return alreadyThere ? { copied: 0, skipped: run.length, appends: 1, resumed: false } : { copied: run.length, skipped: 0, appends: 1, resumed: false };
  } catch (error) {
    if (!(error instanceof WrongExpectedRevisionError)) throw error;
    return resumeRun(target, run);
  }
}

/** The target's stream is not at the revision before the run: it holds part of the run (or more), or lacks earlier events. */
async function resumeRun(target: CopyTarget, run: RecordedEvent[]): Promise<RunOutcome> {
  const stream = run[0].stream;
  const first = run[0].revision;
  const stored = await target.readStream(stream, Math.max(first - 1, 0));
  if (first > 0 && stored[0]?.revision !== first - 1) {
    const head = stored.length === 0 ? 'no events' : `revision ${stored[stored.length - 1].revision}`;
    throw new CopyConflictError(
      `${stream}: the source's next event is revision ${first} but the target's stream lacks revision ${first - 1} (it holds ${head}); ` +
        'was it written to by something other than this copy?',
    );
  }
  const held = stored.filter((e) => e.revision >= first).slice(0, run.length);
  held.forEach((event, i) => {
    if (event.id !== run[i].id) {
      throw new CopyConflictError(`${stream}@${event.revision}: the target holds event ${event.id}, the source ${run[i].id}; refusing to copy into a different history`);
    }
  });
  const rest = run.slice(held.length);
  if (rest.length > 0) await target.append(stream, rest.map(toAppend), expectedBefore(rest[0].revision));
  return { copied: rest.length, skipped: held.length, appends: 1 + (rest.length > 0 ? 1 : 0), resumed: true };
}

const expectedBefore = (revision: number): ExpectedRevision => (revision === 0 ? 'no_stream' : revision - 1);

export interface VerifyReport {
  ok: boolean;
  /** Source events compared with the target's. */
  eventsChecked: number;
  streamsChecked: number;
  /** The first differences found (at most 20). */
  failures: string[];
}

/**
 * Reads both logs side by side and checks that the target holds exactly the source's events in the
 * same order (id, stream, revision, type, data, metadata), and that every stream's hash chain
 * verifies on the target's copy: prevHash links to the previous event's hash and
 * hash recomputes under the event's chain version (hash-chain.ts).
 */
export async function verifyCopy(source: CopySource, target: CopyTarget, pageSize = DEFAULT_PAGE): Promise<VerifyReport> {
  const failures: string[] = [];
  const fail = (message: string) => failures.length < 20 && failures.push(message);
  const lastHash = new Map<string, string>();
  const sourceEvents = pages(source, pageSize);
  const targetEvents = pages(target, pageSize);
  let eventsChecked = 0;
  for (;;) {
    const [a, b] = await Promise.all([sourceEvents.next(), targetEvents.next()]);
    if (a.done && b.done) break;
    if (a.done) {
      fail(`the target holds more events than the source, from ${b.value!.stream}@${b.value!.revision}`);
      break;
    }
    if (b.done) {
      fail(`the target lacks the source's events from ${a.value.stream}@${a.value.revision} (source position ${a.value.position}) on`);
      break;
    }
    eventsChecked++;
    const s = a.value;
    const t = b.value;
    const where = `${s.stream}@${s.revision}`;
    if (s.id !== t.id || s.stream !== t.stream || s.revision !== t.revision) {
      fail(`event ${eventsChecked}: source ${where} (${s.id}), target ${t.stream}@${t.revision} (${t.id})`);
      break;
    }
    if (s.type !== t.type) fail(`${where}: type ${s.type} became ${t.type}`);
    if (canonicalJson(s.data) !== canonicalJson(t.data)) fail(`${where}: data differs`);
    if (canonicalJson(s.metadata) !== canonicalJson(t.metadata)) fail(`${where}: metadata differs`);
    const prevHash = lastHash.get(t.stream) ?? GENESIS_HASH;
    if (t.metadata.prevHash !== prevHash) fail(`${where}: prevHash does not link to the previous event's hash`);
    const hash = chainedHash(prevHash, t);
    if (t.metadata.hash !== hash) fail(`${where}: hash does not verify`);
    lastHash.set(t.stream, typeof t.metadata.hash === 'string' ? t.metadata.hash : hash);
  }
  return { ok: failures.length === 0, eventsChecked, streamsChecked: lastHash.size, failures };
}

async function* pages(store: Pick<EventStore, 'readAll'>, pageSize: number): AsyncGenerator<RecordedEvent, void, undefined> {
  let after: Position | null = null;
  for (;;) {
    const page: RecordedEvent[] = await store.readAll(after, pageSize);
    if (page.length === 0) return;
    yield* page;
    after = page[page.length - 1].position;
  }
}
