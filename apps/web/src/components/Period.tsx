import type { CSSProperties } from 'react';

const WHOLE: CSSProperties = { whiteSpace: 'nowrap' };

/**
 * A period of two dates that wraps between them, never inside one: in a narrow table cell on a phone
 * "2022-01-01 – 2022-12-31" otherwise breaks at every hyphen, over five lines.
 */
export function Period({ from, to, joiner = ' – ' }: { from: string; to: string; joiner?: string }) {
  return (
    <>
      <span style={WHOLE}>
        {from}
        {joiner.trimEnd()}
      </span>
      {joiner.endsWith(' ') ? ' ' : <wbr />}
      <span style={WHOLE}>{to}</span>
    </>
  );
}

/** A period as the API writes it, "2016-09-01..2017-06-30" (or a single date), shown as every other period is ("2016-09-01 – 2017-06-30"). */
export function PeriodText({ period }: { period: string }) {
  const [from, to] = period.split('..');
  return to === undefined ? <span style={WHOLE}>{from}</span> : <Period from={from} to={to} />;
}
