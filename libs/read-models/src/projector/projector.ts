import type { DataSource } from 'typeorm';
import { upcastRecorded } from '#domain';
import { comparePositions, type EventStore, type Position, type RecordedEvent, type Subscription } from '#event-store';
import { lockProjection, readCheckpoint, writeCheckpoint } from './checkpoints.js';
import type { Projection } from './projection.js';

export interface ProjectorOptions {
  onError?: (error: unknown) => void;
  onApplied?: (events: number, checkpoint: Position) => void;
  maxBatch?: number;
}

/**
 * Feeds every projection from one subscription, starting at the oldest checkpoint. Each batch is
 * applied to all projections in one transaction: under each projection's advisory lock, its stored
 * checkpoint is re-read and only newer events are applied, then the checkpoint moves. A second
 * projector process, or a rebuild, therefore waits its turn and can never apply an event twice.
 * A checkpoint found behind the one this projector last saw was set back by a rebuild: the
 * subscription starts again from the stored checkpoints, so the new tables get every event.
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
    });
  }

  async stop(): Promise<void> {
    await this.restarting;
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  async applyBatch(stored: RecordedEvent[], checkpoint: Position): Promise<void> {
    const events = stored.map(upcastRecorded);
    const advanced = new Map<string, Position | null>();
    let rewound = false;
    await this.dataSource.transaction(async (tx) => {
      for (const projection of this.projections) {
        await lockProjection(tx, projection.name);
        const current = await readCheckpoint(tx, projection.name);
        const last = this.seen.get(projection.name);
        if (last !== undefined && comparePositions(current, last) < 0) {
          rewound = true;
          continue;
        }
        if (comparePositions(checkpoint, current) <= 0) {
          advanced.set(projection.name, current);
          continue;
        }
        const fresh = events.filter((e) => comparePositions(e.position, current) > 0);
        if (fresh.length > 0) await projection.apply(tx, fresh);
        await writeCheckpoint(tx, projection.name, checkpoint);
        advanced.set(projection.name, checkpoint);
      }
    });
    for (const [name, position] of advanced) this.seen.set(name, position);
    if (rewound) this.restartFromCheckpoints();
    this.options.onApplied?.(events.length, checkpoint);
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
