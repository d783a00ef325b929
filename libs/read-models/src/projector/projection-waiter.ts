import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { comparePositions, type Position } from '#event-store';
import { allCheckpoints } from './checkpoints.js';
import type { Projection } from './projection.js';

const POLL_MS = 20;

interface Waiter {
  position: Position;
  names: string[];
  deadline: number;
  settle: (reached: boolean) => void;
  fail: (error: unknown) => void;
}

/**
 * Read-your-writes: waits until every projection has applied the event at `position`. However many
 * requests wait, one loop polls the checkpoints (one query per tick) and answers each waiter when its
 * position is reached or its deadline passes; the loop stops when nobody waits.
 */
@Injectable()
export class ProjectionWaiter {
  private readonly waiting = new Set<Waiter>();
  private polling = false;

  constructor(@InjectDataSource() private readonly db: Pick<DataSource, 'query'>) {}

  waitFor(position: Position, projections: readonly Pick<Projection, 'name'>[], timeoutMs: number): Promise<boolean> {
    return new Promise<boolean>((resolve, reject) => {
      this.waiting.add({ position, names: projections.map((p) => p.name), deadline: Date.now() + timeoutMs, settle: resolve, fail: reject });
      void this.poll();
    });
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      while (this.waiting.size > 0) {
        const served = [...this.waiting];
        let checkpoints: Map<string, Position | null>;
        try {
          checkpoints = await allCheckpoints(this.db);
        } catch (error) {
          // Those this poll was for learn why; waiters that came meanwhile get a fresh poll.
          for (const w of served) this.finish(w, () => w.fail(error));
          continue;
        }
        const now = Date.now();
        for (const w of served) {
          if (w.names.every((name) => comparePositions(checkpoints.get(name) ?? null, w.position) >= 0)) this.finish(w, () => w.settle(true));
          else if (now >= w.deadline) this.finish(w, () => w.settle(false));
        }
        if (this.waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } finally {
      this.polling = false;
    }
  }

  private finish(waiter: Waiter, answer: () => void) {
    this.waiting.delete(waiter);
    answer();
  }
}
