import type { ActivityLocation } from '../activity/activity.events.js';
import type { UpcastStep } from '../shared/upcasting.js';
import { definedOnly } from '../shared/text.js';
import { findArea, gazetteerCountry } from './gazetteer.js';
import { inArea } from './place-location.js';

type Data = Record<string, unknown>;
type LegacyLocation = { province: string; district?: string };

const TAJIKISTAN = gazetteerCountry('TJ')!;

/**
 * Before version 8 a location was a bare province of the plan's country, Tajikistan. An area the
 * Tajik gazetteer answers to becomes that area; any other ("Osh", typed before locations had a
 * country) is kept as written, without a country and unchecked, for a person to correct.
 */
export function legacyLocation({ province, district }: LegacyLocation): ActivityLocation {
  const area = findArea(TAJIKISTAN, province);
  return area ? inArea(TAJIKISTAN, area, district) : definedOnly({ province, district, checked: false });
}

const placed = (locations: unknown) => (Array.isArray(locations) ? (locations as LegacyLocation[]).map(legacyLocation) : locations);

/** An amendment's `before` and `after` name locations only when they changed. */
const inDetails = (details: unknown) => {
  const d = details as Data | undefined;
  return d && 'locations' in d ? { ...d, locations: placed(d.locations) } : d;
};

/** Keyed on "stored before version 8". */
export const LOCATION_UPCAST_STEPS: readonly UpcastStep[] = [
  { type: 'ActivityPlanned', from: 7, upcast: (data) => ({ data: { ...data, locations: placed(data.locations) } }) },
  { type: 'ActivityAmended', from: 7, upcast: (data) => ({ data: { ...data, before: inDetails(data.before), after: inDetails(data.after) } }) },
];
