import { setTimeout as sleep } from 'node:timers/promises';
import { WakeablePause } from './wakeable-pause.js';

describe('WakeablePause', () => {
  it('ends the latest pause on wake, and a pause left behind does not end it when its own time is up', async () => {
    const pauses = new WakeablePause();
    void pauses.for(5); // as a pause raced against the append signal and abandoned
    let ended = false;
    const latest = pauses.for(60_000).then(() => (ended = true));
    await sleep(50);
    expect(ended).toBe(false);
    pauses.wake();
    await latest;
    expect(ended).toBe(true);
  });
});
