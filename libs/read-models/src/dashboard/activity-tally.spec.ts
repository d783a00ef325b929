import { ActivityTally, TalliesBy } from './activity-tally.js';

const activity = (status: 'planned' | 'in_progress' | 'completed' | 'cancelled', percentComplete: number) => ({ status, percentComplete });

describe('ActivityTally', () => {
  it('counts activities, overdue ones and statuses, every status named even at zero', () => {
    const tally = new ActivityTally();
    tally.add(activity('in_progress', 40), true);
    tally.add(activity('completed', 100), false);
    expect(tally.tally()).toEqual({ activities: 2, overdue: 1, percentComplete: 70 });
    expect(tally.byStatus).toEqual({ planned: 0, in_progress: 1, completed: 1, suspended: 0, cancelled: 0 });
  });

  it('leaves cancelled activities out of the mean, rounded to one decimal, and has none without any counted', () => {
    const tally = new ActivityTally();
    tally.add(activity('cancelled', 90), false);
    expect(tally.percentComplete).toBeNull();
    for (const p of [10, 20, 3.33]) tally.add(activity('in_progress', p), false);
    expect(tally.percentComplete).toBe(11.1);
    expect(tally.activities).toBe(4);
  });
});

describe('TalliesBy', () => {
  it('counts an activity once in a group however many of its keys name it, groups in the order first met', () => {
    const by = new TalliesBy();
    by.add(['b', 'a', 'b'], activity('planned', 0), true);
    by.add(['a'], activity('completed', 100), false);
    expect([...by.groups.keys()]).toEqual(['b', 'a']);
    expect(by.groups.get('b')!.tally()).toEqual({ activities: 1, overdue: 1, percentComplete: 0 });
    expect(by.groups.get('a')!.tally()).toEqual({ activities: 2, overdue: 1, percentComplete: 50 });
  });

  it('makes no group for an activity without keys', () => {
    const by = new TalliesBy();
    by.add([], activity('planned', 0), false);
    expect(by.groups.size).toBe(0);
  });
});
