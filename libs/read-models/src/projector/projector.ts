import type { DataSource, EntityManager } from 'typeorm';
import { comparePositions, type EventStore, type Position, type RecordedEvent, type Subscription } from '#event-store';
import { lockProjections, readCheckpoint, readCheckpoints, writeCheckpoints } from './checkpoints.js';
import { parkEvents, type ParkedEvent } from './dead-letters.js';
import { applyIsolated, wholeThenIsolated } from './isolated-apply.js';
import { projectionReads, type Projection } from './projection.js';
import { readBatch } from './read-batch.js';

export interface ProjectorOptions {
  onError?: (error: unknown) => void;
  onApplied?: (events: number, checkpoint: Position) => void;
  /** Told about each event a projection parked as a dead letter. */
  onParked?: (projection: string, parked: ParkedEvent) => void;
  maxBatch?: number;
  /** See SubscribeOptions.minBatchIntervalMs. */
  minBatchIntervalMs?: number;
  /** Tries per event, once a batch failed on an event's own account, before the event is parked. */
  attemptsBeforeParking?: number;
}

interface BatchOutcome {
  advanced: Map<string, Position | null>;
  rewound: boolean;
  parked: Map<string, ParkedEvent[]>;
}

/**
 * Feeds every projection from one subscription, starting at the oldest checkpoint. Each batch is
 * applied to all projections in one transaction: under each projection's advisory lock, its stored
 * checkpoint is re-read and only newer events are applied, then the checkpoint moves. A second
 * projector process, or a rebuild, therefore waits its turn and can never apply an event twice.
 * A checkpoint found behind the one this projector last saw was set back by a rebuild: the
 * subscription starts again from the stored checkpoints, so the new tables get every event.
 *
 * One event must not stop the log: a batch that fails on an event's own account (a value Postgres
 * refuses, see `isPoison`) is applied again with each projection isolated in a savepoint and, where
 * that fails too, event by event; an event that keeps failing is parked in `projection_dead_letters`
 * in the same transaction that moves the checkpoint past it. Any other failure (the database down, a
 * timeout) rolls the batch back, and the subscription retries it with backoff, parking nothing.
 */
export class Projector {
  private subscription?: Subscription;
  private readonly seen = new Map<string, Position | null>();
  private restarting?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectorOptions = {},
  ) {}

  async start(): Promise<void> {
    const checkpoints = await Promise.all(this.projections.map((p) => readCheckpoint(this.dataSource.manager, p.name)));
    this.projections.forEach((p, i) => this.seen.set(p.name, checkpoints[i]));
    const from = checkpoints.reduce((min, c) => (comparePositions(c, min) < 0 ? c : min), checkpoints[0] ?? null);
    this.subscription = this.store.subscribeAll(from, (events, checkpoint) => this.applyBatch(events, checkpoint), {
      onError: this.options.onError,
      maxBatch: this.options.maxBatch ?? 1000,
      minBatchIntervalMs: this.options.minBatchIntervalMs,
    });
  }

  async stop(): Promise<void> {
    await this.restarting;
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  async applyBatch(stored: RecordedEvent[], checkpoint: Position): Promise<void> {
    const { events, newer } = readBatch(stored);
    if (newer) {
      // Stop right before it: what precedes it is applied, it waits (never parked) until an upgrade.
      if (events.length > 0) await this.commit(events, events[events.length - 1].position);
      throw newer;
    }
    await this.commit(events, checkpoint);
  }

  private async commit(events: RecordedEvent[], checkpoint: Position): Promise<void> {
    const outcome = await wholeThenIsolated((isolated) => this.transaction(events, checkpoint, isolated));
    for (const [name, position] of outcome.advanced) this.seen.set(name, position);
    for (const [name, parked] of outcome.parked) for (const p of parked) this.options.onParked?.(name, p);
    if (outcome.rewound) this.restartFromCheckpoints();
    this.options.onApplied?.(events.length, checkpoint);
  }

  /** One transaction for the batch; `isolated`: each projection in a savepoint, event by event if need be. */
  private async transaction(events: RecordedEvent[], checkpoint: Position, isolated: boolean): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { advanced: new Map(), rewound: false, parked: new Map() };
    await this.dataSource.transaction(async (tx) => {
      // Locks, checkpoints read and checkpoints written: one statement each for all projections, not one per projection.
      const names = this.projections.map((p) => p.name);
      await lockProjections(tx, names);
      const checkpoints = await readCheckpoints(tx, names);
      const moved: string[] = [];
      for (const projection of this.projections) {
        const current = checkpoints.get(projection.name) ?? null;
        const last = this.seen.get(projection.name);
        if (last !== undefined && comparePositions(current, last) < 0) {
          outcome.rewound = true;
          continue;
        }
        if (comparePositions(checkpoint, current) <= 0) {
          outcome.advanced.set(projection.name, current);
          continue;
        }
        const fresh = events.filter((e) => comparePositions(e.position, current) > 0);
        if (fresh.length > 0) await this.applyTo(tx, projection, fresh, isolated, outcome);
        moved.push(projection.name);
        outcome.advanced.set(projection.name, checkpoint);
      }
      await writeCheckpoints(tx, moved, checkpoint);
    });
    return outcome;
  }

  private async applyTo(tx: EntityManager, projection: Projection, events: RecordedEvent[], isolated: boolean, outcome: BatchOutcome): Promise<void> {
    const reads = projectionReads(this.store, tx);
    if (!isolated) return projection.apply(tx, events, reads);
    const parked = await applyIsolated(tx, projection, events, { attempts: this.options.attemptsBeforeParking ?? 3, reads });
    await parkEvents(tx, projection.name, parked);
    if (parked.length > 0) outcome.parked.set(projection.name, parked);
  }

  /** After the current handler call returns: its subscription cannot be stopped from inside it. */
  private restartFromCheckpoints(): void {
    if (this.restarting || !this.subscription) return;
    const subscription = this.subscription;
    this.restarting = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => subscription.stop())
      .then(() => (this.subscription === subscription ? this.start() : undefined))
      .catch((error: unknown) => this.options.onError?.(error))
      .finally(() => (this.restarting = undefined));
  }
}
