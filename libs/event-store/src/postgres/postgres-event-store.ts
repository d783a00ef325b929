import pg, { type Pool } from 'pg';
import { EventStoreUnavailableError, ForeignPositionError, StreamMovedError, WrongExpectedRevisionError } from '../errors.js';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  LogInDatabase,
  Position,
  RecordedEvent,
  SqlQuery,
  StoredEvent,
  StreamRead,
  SubscribeOptions,
  Subscription,
  SubscriptionHandler,
} from '../event-store.port.js';
import { byStream } from '../by-stream.js';
import { matchIdempotentRetry } from '../idempotency.js';
import { expectationHolds } from '../expectation.js';
import { AppendSignal, pollingSubscription } from '../polling-subscription.js';

type Queryable = Pick<Pool, 'query'>;

interface EventRow {
  event_id: string;
  stream: string;
  revision: string;
  transaction_id: string;
  seq: string;
  type: string;
  data: unknown;
  metadata: Record<string, unknown>;
}

interface AppendRow {
  head: string;
  revision: string | null;
  transaction_id: string | null;
  seq: string | null;
  moved_stream: string | null;
  moved_read: string | null;
  moved_actual: string | null;
}

interface StoredRow extends Omit<EventRow, 'data' | 'metadata'> {
  data: string;
  metadata: string;
  recorded_at: string;
}

// The text alias of transaction_id must not shadow the column in ORDER BY: order by `e.` columns.
const COLUMNS = 'e.event_id, e.stream, e.revision, e.transaction_id::text AS transaction_id, e.seq, e.type, e.data, e.metadata';

/**
 * One statement per append: the stream head, the expected-revision check and the insert run together,
 * so an append costs one round trip. (stream, revision) is unique, so two racing writers cannot both
 * win; event_id is unique, so a retried command cannot be stored twice. $8/$9: other streams and the
 * revisions the command read them at (appendIfUnchanged); one that moved stops the insert.
 */
const APPEND = `
WITH head AS (SELECT coalesce(max(revision), -1) AS rev FROM events WHERE stream = $1),
other AS (
  SELECT o.stream, o.revision AS read, coalesce((SELECT max(revision) FROM events WHERE stream = o.stream), -1) AS actual
  FROM unnest($8::text[], $9::bigint[]) AS o(stream, revision)
),
moved AS (SELECT * FROM other WHERE actual <> read LIMIT 1),
ins AS (
  INSERT INTO events (event_id, stream, revision, type, data, metadata, recorded_at)
  SELECT e.id, $1, head.rev + e.ord, e.type, e.data, e.metadata, coalesce(e.recorded_at, clock_timestamp())
  FROM head, unnest($2::uuid[], $3::text[], $4::jsonb[], $5::jsonb[], $7::timestamptz[]) WITH ORDINALITY AS e(id, type, data, metadata, recorded_at, ord)
  WHERE CASE $6::text
    WHEN 'any' THEN true
    WHEN 'no_stream' THEN head.rev = -1
    WHEN 'stream_exists' THEN head.rev >= 0
    ELSE head.rev = $6::bigint END
    AND NOT EXISTS (SELECT 1 FROM moved)
  RETURNING revision, transaction_id, seq
)
SELECT head.rev AS head, last.revision, last.transaction_id::text AS transaction_id, last.seq,
       moved.stream AS moved_stream, moved.read AS moved_read, moved.actual AS moved_actual
FROM head LEFT JOIN (SELECT * FROM ins ORDER BY revision DESC LIMIT 1) last ON true LEFT JOIN moved ON true`;

/**
 * Readers see an event only once every transaction that could still commit an earlier one has
 * finished: order is (transaction id, sequence) and only transactions older than the snapshot's
 * xmin are read. A late commit therefore can never land behind a reader's checkpoint.
 */
const READ_ALL = `
SELECT ${COLUMNS} FROM events e
WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
  AND (e.transaction_id, e.seq) > ($1::xid8, $2::bigint)
ORDER BY e.transaction_id, e.seq
LIMIT $3`;

/** Every command reads its streams' newest events with this: planned once per connection where statements are named. */
const READ_STREAM = `SELECT ${COLUMNS} FROM events e WHERE e.stream = $1 AND e.revision >= $2 ORDER BY e.revision`;
/** One index range per stream, whatever the planner guesses of `= ANY` (a prepared plan chose a scan of the whole log). */
const READ_STREAMS = `SELECT ${COLUMNS} FROM unnest($1::text[]) AS s(stream) CROSS JOIN LATERAL (SELECT * FROM events e WHERE e.stream = s.stream ORDER BY e.revision) e`;

/** READ_ALL with the recorded time to the microsecond (data and metadata come back as jsonb text, see JSONB_AS_TEXT). */
const READ_ALL_STORED = READ_ALL.replace(
  `SELECT ${COLUMNS}`,
  `SELECT ${COLUMNS}, to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS recorded_at`,
);

/** READ_ALL's last event: every one before it is settled (see READ_ALL). */
const HEAD_SETTLED = `
SELECT e.transaction_id::text AS transaction_id, e.seq FROM events e
WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
ORDER BY e.transaction_id DESC, e.seq DESC LIMIT 1`;

/** The log up to a position in READ_ALL's order, numbered; in order of the index, so no sort. */
const EVENTS_UP_TO = (xid: number, seq: number) => `(
  SELECT e.transaction_id::text || ':' || e.seq AS position, row_number() OVER (ORDER BY e.transaction_id, e.seq) AS log_index,
         e.event_id, e.stream, e.revision, e.type, e.data, e.metadata
  FROM events e WHERE (e.transaction_id, e.seq) <= ($${xid}::xid8, $${seq}::bigint))`;

const JSONB_OID = 3802;
/** Leaves jsonb as the text Postgres sends, numbers exactly as stored (JSON.parse would round them). */
const JSONB_AS_TEXT = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') => (oid === JSONB_OID ? (text: string) => text : pg.types.getTypeParser(oid, format ?? 'text')),
};

const UNIQUE_VIOLATION = '23505';

export class PostgresEventStore implements EventStore {
  private readonly appended = new AppendSignal();

  private prepared?: Promise<boolean>;

  /**
   * `preparedStatements`: name the hot statements so each server connection plans them once. By
   * default on, except on PGlite, whose connections all share one backend session: a replacement
   * connection there would find the name already taken. The service passes mayNameStatements' answer,
   * which allows it for the embedded default's one connection (soleUserOfSession).
   */
  constructor(
    private readonly db: Queryable,
    private readonly options: { preparedStatements?: boolean } = {},
  ) {}

  /**
   * SQL for the head revision of the stream `streamSql` names (NULL: no events), for a query on the same
   * database that wants it in its own round trip (the token check reads the owner's head with the token).
   */
  static headRevisionSql(streamSql: string): string {
    return `(SELECT max(revision)::int FROM events WHERE stream = ${streamSql})`;
  }

  readonly logInDatabase: LogInDatabase = {
    head: async (query) => {
      const rows = (await query(HEAD_SETTLED, [])) as { transaction_id: string; seq: string }[];
      return rows.length ? `${rows[0].transaction_id}:${rows[0].seq}` : null;
    },
    eventsUpTo: (upTo, first) => ({ sql: EVENTS_UP_TO(first, first + 1), values: parsePosition(upTo) }),
  };

  private async named(name: string, text: string, values: unknown[]) {
    this.prepared ??=
      this.options.preparedStatements !== undefined
        ? Promise.resolve(this.options.preparedStatements)
        : this.db.query('SELECT version() AS v').then((r) => !String(r.rows[0].v).includes('PGlite'));
    return (await this.prepared) ? { name, text, values } : { text, values };
  }

  append(stream: string, events: EventToAppend[], expected: ExpectedRevision): Promise<AppendResult> {
    return this.appendIfUnchanged(stream, events, expected, []);
  }

  /** With no events, as append: nothing is written, so nothing is checked. */
  async appendIfUnchanged(stream: string, events: EventToAppend[], expected: ExpectedRevision, unchanged: readonly StreamRead[]): Promise<AppendResult> {
    if (events.length === 0) return this.appendNothing(stream, expected);
    for (;;) {
      try {
        const { rows } = await this.db.query(await this.named('apm_append', APPEND, [
          stream,
          events.map((e) => e.id),
          events.map((e) => e.type),
          events.map((e) => JSON.stringify(e.data)),
          events.map((e) => JSON.stringify(e.metadata)),
          String(expected),
          events.map((e) => e.recordedAt ?? null),
          unchanged.map((u) => u.stream),
          unchanged.map((u) => u.revision),
        ]));
        const row = rows[0] as AppendRow;
        if (row.revision !== null) {
          this.appended.notify();
          return { revision: Number(row.revision), position: `${row.transaction_id}:${row.seq}` };
        }
        if (row.moved_stream !== null) throw new StreamMovedError(row.moved_stream, Number(row.moved_read), Number(row.moved_actual));
        const outcome = await this.retryOrConflict(stream, events, expected, Number(row.head));
        if (outcome) return outcome;
      } catch (error) {
        if (!isUniqueViolation(error)) throw toStoreError(error);
        // A racing writer took the revision, or these ids are stored already.
        const head = await this.head(stream);
        const outcome = await this.retryOrConflict(stream, events, expected, head, false);
        if (outcome) return outcome;
      }
    }
  }

  async readStream(stream: string, fromRevision = 0): Promise<RecordedEvent[]> {
    const { rows } = await this.query(await this.named('apm_read_stream', READ_STREAM, [stream, fromRevision]));
    return rows.map(toRecorded);
  }

  async readStreams(streams: readonly string[]): Promise<Map<string, RecordedEvent[]>> {
    const { rows } = await this.query(await this.named('apm_read_streams', READ_STREAMS, [[...new Set(streams)]]));
    return byStream(rows.map(toRecorded));
  }

  async readStreamThrough(query: SqlQuery, stream: string): Promise<RecordedEvent[]> {
    return ((await query(READ_STREAM, [stream, 0])) as EventRow[]).map(toRecorded);
  }

  async readAll(after: Position | null, limit: number): Promise<RecordedEvent[]> {
    const [xid, seq] = after === null ? ['0', '0'] : parsePosition(after);
    const { rows } = await this.query(await this.named('apm_read_all', READ_ALL, [xid, seq, limit]));
    return rows.map(toRecorded);
  }

  async readAllStored(after: Position | null, limit: number): Promise<StoredEvent[]> {
    const [xid, seq] = after === null ? ['0', '0'] : parsePosition(after);
    const { rows } = await this.query({ ...(await this.named('apm_read_all_stored', READ_ALL_STORED, [xid, seq, limit])), types: JSONB_AS_TEXT });
    return (rows as StoredRow[]).map((row) => ({
      ...toRecorded({ ...row, data: JSON.parse(row.data), metadata: JSON.parse(row.metadata) }),
      recordedAt: row.recorded_at,
      storedJson: { data: row.data, metadata: row.metadata },
    }));
  }

  subscribeAll(after: Position | null, handler: SubscriptionHandler, options?: SubscribeOptions): Subscription {
    if (after !== null) parsePosition(after);
    return pollingSubscription({ readAll: (from, limit) => this.readAll(from, limit), signal: this.appended }, after, handler, options);
  }

  async headPosition(): Promise<Position | null> {
    const { rows } = await this.query(
      'SELECT e.transaction_id::text AS transaction_id, e.seq FROM events e ORDER BY e.transaction_id DESC, e.seq DESC LIMIT 1',
      [],
    );
    return rows.length ? `${rows[0].transaction_id}:${rows[0].seq}` : null;
  }

  async ping(): Promise<void> {
    await this.query('SELECT 1', []);
  }

  async close(): Promise<void> {
    this.appended.close();
  }

  private async appendNothing(stream: string, expected: ExpectedRevision): Promise<AppendResult> {
    const { rows } = await this.query(
      `SELECT e.revision, e.transaction_id::text AS transaction_id, e.seq FROM events e WHERE e.stream = $1 ORDER BY e.revision DESC LIMIT 1`,
      [stream],
    );
    const head = rows.length ? Number(rows[0].revision) : -1;
    if (!expectationHolds(expected, head)) throw new WrongExpectedRevisionError(stream, expected, head < 0 ? 'no_stream' : head);
    return { revision: head, position: rows.length ? `${rows[0].transaction_id}:${rows[0].seq}` : '0:0' };
  }

  /**
   * The write did not happen. Either it is a retry of events already stored (answer as the first time),
   * or a genuine conflict. With `retryOnRace` false a race under 'any'/'stream_exists' returns
   * undefined so that the caller tries again.
   */
  private async retryOrConflict(
    stream: string,
    events: EventToAppend[],
    expected: ExpectedRevision,
    head: number,
    expectationFailed = true,
  ): Promise<AppendResult | undefined> {
    const { rows } = await this.query(
      `SELECT event_id, stream, revision, transaction_id::text AS transaction_id, seq FROM events WHERE event_id = ANY($1::uuid[])`,
      [events.map((e) => e.id)],
    );
    const stored = rows.map((r) => ({
      id: r.event_id as string,
      stream: r.stream as string,
      revision: Number(r.revision),
      position: `${r.transaction_id}:${r.seq}`,
    }));
    const retry = matchIdempotentRetry(
      events.map((e) => e.id),
      stored,
      stream,
      expected,
    );
    if (retry !== undefined && retry !== 'conflict') return retry;
    if (retry === undefined && !expectationFailed && (expected === 'any' || expected === 'stream_exists')) {
      return undefined;
    }
    throw new WrongExpectedRevisionError(stream, expected, head < 0 ? 'no_stream' : head);
  }

  private async head(stream: string): Promise<number> {
    const { rows } = await this.query('SELECT coalesce(max(revision), -1) AS head FROM events WHERE stream = $1', [stream]);
    return Number(rows[0].head);
  }

  private async query(text: string | { name?: string; text: string; values: unknown[]; types?: typeof JSONB_AS_TEXT }, values?: unknown[]) {
    try {
      return await (typeof text === 'string' ? this.db.query(text, values) : this.db.query(text));
    } catch (error) {
      throw toStoreError(error);
    }
  }
}

function toRecorded(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    stream: row.stream,
    revision: Number(row.revision),
    position: `${row.transaction_id}:${row.seq}`,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === UNIQUE_VIOLATION;
}

const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P03', '08006', '08001']);

function toStoreError(error: unknown): unknown {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message ?? '';
  if ((code && CONNECTION_ERRORS.has(code)) || /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(message)) {
    return new EventStoreUnavailableError('the Postgres event store cannot be reached', { cause: error });
  }
  return error;
}

/** "transaction id:sequence"; anything else was issued by another store. */
function parsePosition(position: Position): [string, string] {
  const match = /^(\d{1,20}):(\d{1,20})$/.exec(position);
  if (!match) throw new ForeignPositionError(position, 'Postgres');
  return [match[1], match[2]];
}
