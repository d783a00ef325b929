import type { DataSource } from 'typeorm';
import { comparePositions, type EventStore, type Position, type RecordedEvent, type Subscription } from '#event-store';
import { lockProjection, readCheckpoint, writeCheckpoint } from './checkpoints.js';
import type { Projection } from './projection.js';

export interface ProjectorOptions {
  onError?: (projection: string, error: unknown) => void;
  onApplied?: (projection: string, events: number, checkpoint: Position) => void;
}

/**
 * Runs each projection on its own subscription from its stored checkpoint. A batch is applied under
 * the projection's advisory lock after re-reading the checkpoint inside the transaction, so a second
 * projector process (or a rebuild) can never apply an event twice; it simply waits its turn.
 */
export class Projector {
  private subscriptions: Subscription[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    private readonly projections: readonly Projection[],
    private readonly options: ProjectorOptions = {},
  ) {}

  async start(): Promise<void> {
    for (const projection of this.projections) {
      const from = await readCheckpoint(this.dataSource.manager, projection.name);
      const subscription = this.store.subscribeAll(from, (events, checkpoint) => this.applyBatch(projection, events, checkpoint), {
        onError: (error) => this.options.onError?.(projection.name, error),
      });
      this.subscriptions.push(subscription);
    }
  }

  async stop(): Promise<void> {
    const subscriptions = this.subscriptions;
    this.subscriptions = [];
    await Promise.all(subscriptions.map((s) => s.stop()));
  }

  async applyBatch(projection: Projection, events: RecordedEvent[], checkpoint: Position): Promise<void> {
    let applied = 0;
    await this.dataSource.transaction(async (tx) => {
      await lockProjection(tx, projection.name);
      const stored = await readCheckpoint(tx, projection.name);
      if (comparePositions(checkpoint, stored) <= 0) return;
      const fresh = events.filter((e) => comparePositions(e.position, stored) > 0);
      if (fresh.length > 0) await projection.apply(tx, fresh);
      await writeCheckpoint(tx, projection.name, checkpoint);
      applied = fresh.length;
    });
    this.options.onApplied?.(projection.name, applied, checkpoint);
  }
}
