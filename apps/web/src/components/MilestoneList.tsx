import { Fragment } from 'react';
import type { Plan } from '../api/views';
import { Period } from './Period';

type Milestone = NonNullable<Plan['objectiveIndicators']>[number]['targets'][number];

const startOf = (target: Milestone) => (typeof target.year === 'number' ? `${target.year}-01-01` : (target.periodStart ?? ''));

/** An indicator's milestones in order, "2016: 100 · 2018: 400", or per period "2016-01-01 – 2016-06-30: 100"; a dash when it has none. */
export function MilestoneList({ targets }: { targets: readonly Milestone[] }) {
  if (targets.length === 0) return <>–</>;
  return (
    <>
      {[...targets]
        .sort((a, b) => startOf(a).localeCompare(startOf(b)))
        .map((target, i) => (
          <Fragment key={startOf(target)}>
            {i > 0 && ' · '}
            {typeof target.year !== 'number' ? (
              <span>
                <Period from={target.periodStart ?? ''} to={target.periodEnd ?? ''} />: {target.value}
              </span>
            ) : (
              <span style={{ whiteSpace: 'nowrap' }}>
                {target.year}: {target.value}
              </span>
            )}
          </Fragment>
        ))}
    </>
  );
}
