import { DomainError } from '../shared/domain-error.js';
import { fold } from '../shared/decider.js';
import type { ActivityEvent } from './activity.events.js';
import { activityDecider } from './activity.decider.js';
import { ACTIVITY_ID, anActivityProgressReported, aReportActivityProgress, inProgress } from './activity.fixtures.js';
import type { ExistingActivity } from './activity.guards.js';
import type { ActivityState, ProgressReport } from './activity.state.js';

/** Eight monthly periods the fixtures' activity can report (started in 2015, today 2016-03-01). */
const MONTHS = ['07-31', '08-31', '09-30', '10-31', '11-30', '12-31']
  .map((end) => ({ periodStart: `2015-${end.slice(0, 2)}-01`, periodEnd: `2015-${end}` }))
  .concat([
    { periodStart: '2016-01-01', periodEnd: '2016-01-31' },
    { periodStart: '2016-02-01', periodEnd: '2016-02-29' },
  ]);

const existing = (state: ActivityState): ExistingActivity => {
  if (state.status === 'none') throw new Error('no activity');
  return state;
};

/** The tip read from every report in force, as the rule would without it. */
const tipOf = (progress: readonly ProgressReport[]) =>
  progress.length === 0
    ? undefined
    : {
        lastEnd: progress
          .map((p) => p.periodEnd)
          .sort()
          .at(-1),
        highest: Math.max(...progress.map((p) => p.percentComplete)),
      };

/** A tip no period comes after: the decider then reads every report in force, as it did before the tip. */
const readingEveryReport = (state: ExistingActivity): ExistingActivity => ({ ...state, progressTip: { lastEnd: '9999-12-31', highest: Infinity } });

const outcomeOf = (decide: () => ActivityEvent[]) => {
  try {
    return decide();
  } catch (error) {
    if (error instanceof DomainError) return `${error.code} ${error.field ?? ''}`;
    throw error;
  }
};

describe('activity decider: the reports in force and their tip', () => {
  it('decides every report and withdrawal as a reading of every report would, and keeps the tip equal to one', () => {
    // A fixed pseudo-random walk: reports in and out of order, lower and higher, corrections, withdrawals.
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 8) % n;
    let state = existing(fold(activityDecider, inProgress()));
    const decided = { reports: 0, corrections: 0, withdrawals: 0, refusals: 0 };
    for (let step = 0; step < 600; step++) {
      const period = MONTHS[next(MONTHS.length)];
      const command =
        next(6) === 0
          ? { type: 'WithdrawProgressReport' as const, data: { activityId: ACTIVITY_ID, ...period, reason: 'reported on the wrong activity' } }
          : aReportActivityProgress({ ...period, percentComplete: next(11) * 10, ...(next(2) === 0 ? { reason: 'recounted' } : {}) });
      const outcome = outcomeOf(() => activityDecider.decide(command, state));
      expect(outcome).toEqual(outcomeOf(() => activityDecider.decide(command, readingEveryReport(state))));
      if (typeof outcome === 'string') {
        decided.refusals++;
        continue;
      }
      for (const event of outcome) {
        decided[event.type === 'ActivityProgressReported' ? 'reports' : event.type === 'ActivityProgressCorrected' ? 'corrections' : 'withdrawals']++;
        state = existing(activityDecider.evolve(state, event));
      }
      expect(state.progressTip).toEqual(tipOf(state.progress));
    }
    // Every path was taken, more than once.
    expect(Object.values(decided).every((count) => count > 10)).toBe(true);
  });

  it('checks and folds a report for a period after all of them without reading any report in force', () => {
    const state = existing(fold(activityDecider, [...inProgress(), anActivityProgressReported({ ...MONTHS[0], percentComplete: 40 })]));
    const unreadable = new Proxy({} as ProgressReport, {
      get: () => {
        throw new Error('a report in force was read');
      },
    });
    const long = { ...state, progress: Array.from({ length: 2_000 }, () => unreadable), progressTip: { lastEnd: MONTHS[0].periodEnd, highest: 40 } };

    const [reported] = activityDecider.decide(aReportActivityProgress({ ...MONTHS[1], percentComplete: 50 }), long);
    const after = existing(activityDecider.evolve(long, reported));
    expect(after.progress).toHaveLength(2_001);
    expect(after.progressTip).toEqual({ lastEnd: MONTHS[1].periodEnd, highest: 50 });
    // Lower than the highest: refused without a reason, from the tip alone.
    expect(outcomeOf(() => activityDecider.decide(aReportActivityProgress({ ...MONTHS[1], percentComplete: 30 }), long))).toBe(
      'PROGRESS_DECREASE_WITHOUT_REASON percentComplete',
    );
  });
});
