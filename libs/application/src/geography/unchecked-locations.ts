import { activityDecider, parseStreamName, upcastRecorded, type ActivityLocation, type ActivityState } from '#domain';
import type { EventStore } from '#event-store';

const PAGE = 1000;

/** A location the gazetteer could not check, on the activity that names it now. */
export interface UncheckedLocation {
  activityId: string;
  planId: string;
  code: string;
  location: ActivityLocation;
  /** `no-country`: recorded before locations had a country and no Tajik area; a person must correct it. */
  why: 'no-country' | 'country-not-in-gazetteer' | 'district-not-in-gazetteer';
}

const whyUnchecked = (l: ActivityLocation): UncheckedLocation['why'] =>
  l.country === undefined ? 'no-country' : l.areaCode === undefined ? 'country-not-in-gazetteer' : 'district-not-in-gazetteer';

/**
 * Every location not checked against the gazetteer, read from the log (old events upcast), so the
 * answer holds whatever the read models say. Activities are folded with their own decider, so an
 * amendment that corrected a location clears it.
 */
export async function uncheckedLocations(events: EventStore): Promise<UncheckedLocation[]> {
  const states = new Map<string, ActivityState>();
  for (let page = await events.readAll(null, PAGE); page.length > 0; page = await events.readAll(page[page.length - 1].position, PAGE)) {
    for (const recorded of page) {
      if (parseStreamName(recorded.stream)?.aggregate !== 'activity') continue;
      const { type, data } = upcastRecorded(recorded);
      const state = states.get(recorded.stream) ?? activityDecider.initialState();
      states.set(recorded.stream, activityDecider.evolve(state, { type, data } as Parameters<typeof activityDecider.evolve>[1]));
    }
  }
  return [...states.values()].flatMap((state) =>
    state.status === 'none'
      ? []
      : state.locations.filter((l) => !l.checked).map((location) => ({ activityId: state.activityId, planId: state.planId, code: state.code, location, why: whyUnchecked(location) })),
  );
}
