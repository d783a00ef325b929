import { CallerSlots } from './caller-slots.js';

describe('CallerSlots', () => {
  it('gives each caller `limit` slots at a time; a released slot can be taken again', () => {
    const slots = new CallerSlots();
    const first = slots.tryAcquire('a', 2);
    const second = slots.tryAcquire('a', 2);
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(slots.tryAcquire('a', 2)).toBeUndefined();
    expect(slots.tryAcquire('b', 2)).toBeDefined();
    first!();
    expect(slots.inFlight('a')).toBe(1);
    expect(slots.tryAcquire('a', 2)).toBeDefined();
  });

  it('releasing twice frees one slot only, and a caller with nothing in flight is forgotten', () => {
    const slots = new CallerSlots();
    const release = slots.tryAcquire('a', 1)!;
    const other = slots.tryAcquire('a', 3)!;
    release();
    release();
    expect(slots.inFlight('a')).toBe(1);
    other();
    expect(slots.inFlight('a')).toBe(0);
    expect(slots.callers()).toBe(0);
  });
});
