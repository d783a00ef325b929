import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { EVENT_STORE, type EventStore } from '#event-store';
import { ALL_PROJECTIONS } from '../read-models.js';
import { allCheckpoints } from './checkpoints.js';
import { countDeadLetters } from './dead-letters.js';

export interface ProjectionLag {
  projection: string;
  checkpoint: string | null;
  /** Age of the oldest event it has not applied yet; 0 when caught up. */
  lagSeconds: number;
  /** Events it parked as dead letters (`npm run cli -- projections parked`). */
  parkedEvents: number;
}

/** How far each projection is behind the event log, measured in time (works on every adapter), and what it parked. */
@Injectable()
export class ProjectionLagProbe {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  async measure(now = new Date()): Promise<ProjectionLag[]> {
    const checkpoints = await allCheckpoints(this.db);
    const parked = await countDeadLetters(this.db);
    const oldestPending = new Map<string | null, number>();
    const out: ProjectionLag[] = [];
    for (const projection of ALL_PROJECTIONS) {
      const checkpoint = checkpoints.get(projection.name) ?? null;
      if (!oldestPending.has(checkpoint)) {
        const [next] = await this.events.readAll(checkpoint, 1);
        const recordedAt = (next?.metadata as { recordedAt?: string } | undefined)?.recordedAt;
        oldestPending.set(checkpoint, next ? Math.max(0, (now.getTime() - new Date(recordedAt ?? now).getTime()) / 1000) : 0);
      }
      out.push({ projection: projection.name, checkpoint, lagSeconds: oldestPending.get(checkpoint)!, parkedEvents: parked.get(projection.name) ?? 0 });
    }
    return out;
  }
}
