import isoCountries from 'i18n-iso-countries';
import type { ActivityLocation } from '../activity/activity.events.js';
import { rejectValue } from '../shared/invalid-value.js';
import { definedOnly } from '../shared/text.js';
import { areaList, areasAnswering, findArea, findDistrict, gazetteerCountry, type GazetteerArea } from './gazetteer.js';

/** Where to look, as a list or dashboard filter names it: a country, an area, a district. */
export interface PlaceQuery {
  country?: string;
  province?: string;
  district?: string;
}

/** The same, resolved against the gazetteer: a gazetteer area by its ISO 3166-2 code, other places by name as stored. */
export interface PlaceFilter {
  country?: string;
  areaCode?: string;
  province?: string;
  district?: string;
}

/**
 * Resolves a place query the way a location is placed: an area by any of its names or its code; an
 * area that is not one of a gazetteer country's is a 400 listing them, as when recording. Names the
 * gazetteer does not know are compared as stored (locations of other countries, old unmatched ones).
 */
export function placeFilter({ country, province, district }: PlaceQuery): PlaceFilter | undefined {
  if (country === undefined && province === undefined && district === undefined) return undefined;
  const code = country?.trim().toUpperCase();
  if (code !== undefined && (!/^[A-Z]{2}$/.test(code) || !isoCountries.isValid(code))) rejectValue('UNKNOWN_COUNTRY', `"${country}" is not an ISO 3166-1 alpha-2 country code`, 'country');
  let area: GazetteerArea | undefined;
  if (province !== undefined) {
    const listed = code === undefined ? undefined : gazetteerCountry(code);
    if (listed) {
      area = findArea(listed, province);
      if (!area) rejectValue('UNKNOWN_AREA', `"${province}" is not an area of ${listed.names.en}: one of ${areaList(listed)}`, 'province');
    } else if (code === undefined) {
      const answering = areasAnswering(province);
      area = answering.length === 1 ? answering[0].area : undefined;
    }
  }
  const knownDistrict = area && district !== undefined ? findDistrict(area, district) : undefined;
  return definedOnly({
    country: code,
    areaCode: area?.code,
    province: area ? undefined : province?.trim(),
    district: knownDistrict?.names.en ?? district?.trim(),
  });
}

export function locationMatches(location: ActivityLocation, filter: PlaceFilter): boolean {
  return (
    (filter.country === undefined || location.country === filter.country) &&
    (filter.areaCode === undefined || location.areaCode === filter.areaCode) &&
    (filter.province === undefined || location.province === filter.province) &&
    (filter.district === undefined || location.district === filter.district)
  );
}
