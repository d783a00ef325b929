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
 */
export class Projector {
  private subscription?: Subscription;

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectorOptions = {},
  ) {}

  async start(): Promise<void> {
    const checkpoints = await Promise.all(this.projections.map((p) => readCheckpoint(this.dataSource.manager, p.name)));
    const from = checkpoints.reduce((min, c) => (comparePositions(c, min) < 0 ? c : min), checkpoints[0] ?? null);
    this.subscription = this.store.subscribeAll(from, (events, checkpoint) => this.applyBatch(events, checkpoint), {
      onError: this.options.onError,
      maxBatch: this.options.maxBatch ?? 1000,
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  async applyBatch(stored: RecordedEvent[], checkpoint: Position): Promise<void> {
    const events = stored.map(upcastRecorded);
    await this.dataSource.transaction(async (tx) => {
      for (const projection of this.projections) {
        await lockProjection(tx, projection.name);
        const stored = await readCheckpoint(tx, projection.name);
        if (comparePositions(checkpoint, stored) <= 0) continue;
        const fresh = events.filter((e) => comparePositions(e.position, stored) > 0);
        if (fresh.length > 0) await projection.apply(tx, fresh);
        await writeCheckpoint(tx, projection.name, checkpoint);
      }
    });
    this.options.onApplied?.(events.length, checkpoint);
  }
}
