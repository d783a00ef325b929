import type { ActivityLocation } from '#domain';

/** A row of the dashboard's geography: an area within its country, or a district within its area. */
export interface PlaceRow {
  country?: string;
  areaCode?: string;
  province: string;
  district?: string;
}

/** The same place read back from SQL, where a missing part is null. */
export function placeRow(country: string | null, areaCode: string | null, province: string, district?: string | null): PlaceRow {
  return {
    ...(country === null ? {} : { country }),
    ...(areaCode === null ? {} : { areaCode }),
    province,
    ...(district === null || district === undefined ? {} : { district }),
  };
}

/** Group keys: an area is named within its country, a district within its area ("Osh" of Kyrgyzstan is not a Tajik "Osh"). */
export const areaKey = (l: ActivityLocation) => JSON.stringify([l.country ?? null, l.areaCode ?? null, l.province]);
export const districtKey = (l: ActivityLocation) => JSON.stringify([l.country ?? null, l.areaCode ?? null, l.province, l.district]);

export function fromKey(key: string): PlaceRow {
  const [country, areaCode, province, district] = JSON.parse(key) as [string | null, string | null, string, string | undefined];
  return placeRow(country, areaCode, province, district);
}

/** Country, then area, then district; places without a country (recorded before countries) first. */
export function comparePlaces(a: PlaceRow, b: PlaceRow): number {
  return (a.country ?? '').localeCompare(b.country ?? '') || a.province.localeCompare(b.province) || (a.district ?? '').localeCompare(b.district ?? '');
}
