import { BatchPacer } from './batch-pacing.js';

describe('BatchPacer', () => {
  let clock = 0;
  const pacer = () => new BatchPacer(50, () => clock);
  beforeEach(() => (clock = 1_000));

  it('lets the first batch after a quiet moment and the one right behind it go at once', () => {
    const p = pacer();
    expect(p.delay()).toBe(0);
    p.took(1, 100);
    expect(p.delay()).toBe(0);
  });

  it('holds the third batch in a row until the interval since the second has passed', () => {
    const p = pacer();
    p.took(1, 100);
    clock += 5;
    p.took(3, 100);
    clock += 20;
    expect(p.delay()).toBe(30);
    clock += 30;
    expect(p.delay()).toBe(0);
  });

  it('starts over after an idle moment', () => {
    const p = pacer();
    p.took(1, 100);
    p.took(1, 100);
    p.idle();
    expect(p.delay()).toBe(0);
    p.took(1, 100);
    expect(p.delay()).toBe(0);
  });

  it('never holds back behind a full batch, nor with no interval', () => {
    const full = pacer();
    full.took(100, 100);
    full.took(100, 100);
    expect(full.delay()).toBe(0);
    const none = new BatchPacer(0, () => clock);
    none.took(1, 100);
    none.took(1, 100);
    expect(none.delay()).toBe(0);
  });
});
