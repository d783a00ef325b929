import type { ActivityEvent } from '#domain';
import { evolveActivityView, type ActivityView } from './activity-view.js';

const indicatorId = '00000000-0000-4000-8000-000000000001';
const period = (quarter: number) => ({ periodStart: `2026-0${quarter * 3 - 2}-01`, periodEnd: `2026-0${quarter * 3}-28` });
const report = (quarter: number, percentComplete: number, value: number) => ({
  ...period(quarter),
  percentComplete,
  indicatorValues: [{ indicatorId, value }],
  evidence: [],
});

const events = {
  planned: {
    type: 'ActivityPlanned',
    data: {
      activityId: 'a',
      planId: 'p',
      objectiveId: 'o',
      code: '1.1',
      titles: { en: 'Fair' },
      leadAgencyId: 'l',
      partnerAgencyIds: [],
      plannedStart: '2026-01-01',
      plannedEnd: '2026-12-31',
      locations: [],
      tags: { sdg: [], gcm: [] },
    },
  },
  indicator: { type: 'IndicatorDefined', data: { indicatorId, name: 'Visitors', unit: 'persons', baseline: 0, target: 100 } },
  reported: (quarter: number, percent: number, value: number) => ({ type: 'ActivityProgressReported', data: report(quarter, percent, value) }),
  corrected: (quarter: number, percent: number, value: number) => ({
    type: 'ActivityProgressCorrected',
    data: {
      ...period(quarter),
      before: report(quarter, 0, 0),
      after: { percentComplete: percent, indicatorValues: [{ indicatorId, value }], evidence: [] },
      reason: 'typo',
    },
  }),
  withdrawn: (quarter: number) => ({
    type: 'ActivityProgressWithdrawn',
    data: { ...period(quarter), before: report(quarter, 0, 0), reason: 'wrong activity' },
  }),
};

/** Folds the events one by one, freezing every view before the next event: a fold that changed the view it was given throws. */
function fold(list: object[]): ActivityView {
  return list.reduce<ActivityView | null>((view, event, revision) => deepFreeze(evolveActivityView(view, event as ActivityEvent, revision)), null)!;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const figures = (view: ActivityView) => ({
  percentComplete: view.percentComplete,
  latestReportPeriodEnd: view.latestReportPeriodEnd,
  value: view.indicators[0].latestValue,
  periods: view.progressReports.map((r) => r.periodStart),
});

describe('activity view: progress reports, corrections and withdrawals', () => {
  it('a new period wins when it is the latest; a back-filled older one is kept without replacing the figures', () => {
    expect(figures(fold([events.planned, events.indicator, events.reported(2, 40, 20), events.reported(1, 10, 5)]))).toEqual({
      percentComplete: 40,
      latestReportPeriodEnd: period(2).periodEnd,
      value: 20,
      periods: [period(2).periodStart, period(1).periodStart],
    });
  });

  it('a report for a period in force and a correction replace it; the figures are those of the latest period still in force', () => {
    const base = [events.planned, events.indicator, events.reported(1, 10, 5), events.reported(2, 40, 20)];
    expect(figures(fold([...base, events.reported(2, 30, 15)]))).toMatchObject({
      percentComplete: 30,
      value: 15,
      periods: [period(1).periodStart, period(2).periodStart],
    });
    expect(figures(fold([...base, events.corrected(1, 12, 6)]))).toMatchObject({
      percentComplete: 40,
      value: 20,
      periods: [period(2).periodStart, period(1).periodStart],
    });
  });

  it('a withdrawal removes the period and falls back to the latest one left, or to nothing', () => {
    const base = [events.planned, events.indicator, events.reported(1, 10, 5), events.reported(2, 40, 20)];
    expect(figures(fold([...base, events.withdrawn(2)]))).toEqual({
      percentComplete: 10,
      latestReportPeriodEnd: period(1).periodEnd,
      value: 5,
      periods: [period(1).periodStart],
    });
    expect(figures(fold([...base, events.withdrawn(2), events.withdrawn(1)]))).toEqual({
      percentComplete: 0,
      latestReportPeriodEnd: null,
      value: null,
      periods: [],
    });
  });

  it('leaves the view it is given as it was (every view above was frozen before the next event)', () => {
    const before = fold([events.planned, events.indicator, events.reported(1, 10, 5)]);
    const copy = structuredClone(before);
    const after = evolveActivityView(before, events.reported(2, 40, 20) as unknown as ActivityEvent, 3)!;
    expect(before).toEqual(copy);
    expect(after).not.toBe(before);
    expect(after.percentComplete).toBe(40);
  });
});
