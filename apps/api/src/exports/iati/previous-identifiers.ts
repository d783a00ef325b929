import type { FormerCode } from '#read-models';

/** A code and the moments it was in force between, [from, until); null: open on that side. */
interface CodeSpan {
  code: string;
  from: string | null;
  until: string | null;
}

/** Each code a record was known by, in turn: the former ones until they were replaced, then the current one. */
function spansOf(code: string, formerCodes: readonly FormerCode[] = [], since: string | null = null): CodeSpan[] {
  const all = [...formerCodes, { code, until: null }];
  return all.map((c, i) => ({ code: c.code, from: i === 0 ? since : all[i - 1].until, until: c.until }));
}

const moment = (at: string | null, open: number) => (at === null ? open : Date.parse(at));
const start = (a: CodeSpan, b: CodeSpan) => Math.max(moment(a.from, -Infinity), moment(b.from, -Infinity));
const overlap = (a: CodeSpan, b: CodeSpan) => start(a, b) < Math.min(moment(a.until, Infinity), moment(b.until, Infinity));

/**
 * The identifiers (`prefix-plan-activity`) an activity had before its code or its plan's was corrected:
 * each pair of a plan code and an activity code in force at the same time, but the current one, oldest
 * first. A plan code corrected before the activity was recorded (`since`) was never part of its identifier.
 */
export function previousIdentifiers(
  prefix: string,
  plan: { code: string; formerCodes?: FormerCode[] },
  activity: { code: string; formerCodes?: FormerCode[]; since: string | null },
): string[] {
  const pairs = spansOf(activity.code, activity.formerCodes, activity.since).flatMap((a) =>
    spansOf(plan.code, plan.formerCodes)
      .filter((p) => overlap(a, p))
      .map((p) => ({ identifier: `${prefix}-${p.code}-${a.code}`, from: start(a, p) })),
  );
  const current = `${prefix}-${plan.code}-${activity.code}`;
  // A code corrected back to an earlier one gives an identifier seen before: it is named once, or not at all when current.
  const identifiers = pairs.sort((x, y) => x.from - y.from).map((p) => p.identifier);
  return [...new Set(identifiers)].filter((identifier) => identifier !== current);
}
