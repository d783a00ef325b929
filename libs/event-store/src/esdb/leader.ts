import { NotLeaderError } from '@eventstore/db-client';

/**
 * Every call asks for the cluster's leader (`requires-leader`). Without it a follower serves reads
 * that may lag behind the leader, which a service reading a stream before appending to it cannot
 * use, and the client stays on a former leader after an election. With it a follower answers
 * not-leader, and the client reconnects to the leader that answer names.
 */
export const ON_LEADER = { requiresLeader: true } as const;

const ATTEMPTS = 3;

/**
 * Runs `call` again after a not-leader answer: the follower did nothing, and the client has dropped
 * its channel to reconnect to the leader on the next call. The client resets the channel after the
 * rejection reaches us, hence the wait of one timer tick before the next attempt.
 */
export async function onLeader<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof NotLeaderError) || attempt >= ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}
