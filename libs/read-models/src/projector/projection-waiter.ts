import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { comparePositions, type Position } from '#event-store';
import { allCheckpoints } from './checkpoints.js';
import type { Projection } from './projection.js';

/** Read-your-writes: waits until every projection has applied the event at `position`. */
@Injectable()
export class ProjectionWaiter {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async waitFor(position: Position, projections: readonly Pick<Projection, 'name'>[], timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const checkpoints = await allCheckpoints(this.db);
      if (projections.every((p) => comparePositions(checkpoints.get(p.name) ?? null, position) >= 0)) return true;
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}
