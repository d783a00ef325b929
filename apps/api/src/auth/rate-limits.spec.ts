import { FixedWindowCounter } from './rate-limits.js';

describe('FixedWindowCounter', () => {
  it('allows `limit` hits per window, refuses the next until the window ends, then starts over', () => {
    let now = 1_000_000;
    const counter = new FixedWindowCounter(() => now);
    expect([1, 2, 3].map(() => counter.hit('k', 3, 60_000))).toEqual([0, 0, 0]);
    expect(counter.hit('k', 3, 60_000)).toBe(60);
    now += 59_000;
    expect(counter.hit('k', 3, 60_000)).toBe(1);
    expect(counter.hit('other', 3, 60_000)).toBe(0);
    now += 1_000;
    expect(counter.hit('k', 3, 60_000)).toBe(0);
  });
});
