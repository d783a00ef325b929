import { ReadReq } from './pb.js';
import type { StoredEvent } from './log.js';

type ReadOptions = InstanceType<typeof ReadReq.Options>;
const { FilterCase, WindowCase } = ReadReq.Options.FilterOptions;

/** Streams a real server never shows in $all reads or subscriptions (spec §7.5). */
export function hiddenFromAll(stream: string): boolean {
  return stream === '$epoch-information' || /^\$persistentsubscription-\$all::.*-(checkpoint|parked)$/.test(stream);
}

export interface AllFilter {
  matches(event: StoredEvent): boolean;
  /** A checkpoint is due after this many considered events (spec §5.5). */
  checkpointInterval: number;
}

/** The server-side filter of a $all read, or null for `no_filter`. */
export function allFilterOf(options: ReadOptions): AllFilter | null {
  if (options.getFilterOptionCase() !== ReadReq.Options.FilterOptionCase.FILTER) return null;
  const filter = options.getFilter()!;
  const onStream = filter.getFilterCase() === FilterCase.STREAM_IDENTIFIER;
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const regex = expression?.getRegex() ? new RegExp(expression.getRegex()) : undefined;
  const prefixes = expression?.getPrefixList() ?? [];
  const window = filter.getWindowCase() === WindowCase.MAX ? filter.getMax() : 32;
  return {
    // A non-empty regex wins (an unanchored search, like .NET Regex.Match); otherwise any prefix.
    matches(event) {
      const subject = onStream ? event.stream : event.type;
      return regex ? regex.test(subject) : prefixes.some((p) => subject.startsWith(p));
    },
    checkpointInterval: Math.max(1, filter.getCheckpointintervalmultiplier()) * window,
  };
}
