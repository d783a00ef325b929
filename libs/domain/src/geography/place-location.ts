import isoCountries from 'i18n-iso-countries';
import { rejectValue } from '../shared/invalid-value.js';
import { definedOnly } from '../shared/text.js';
import type { ActivityLocation } from '../activity/activity.events.js';
import { areaList, areasAnswering, findArea, findDistrict, gazetteerCountry, GAZETTEER_COUNTRIES, type GazetteerArea, type GazetteerCountry } from './gazetteer.js';

/** A location as a person gives it: the area by name (any language) or ISO 3166-2 code; the country may be left to the gazetteer. */
export interface LocationInput {
  country?: string;
  province: string;
  district?: string;
}

/** A gazetteer area, with its district named as the gazetteer names it when it knows it. */
export function inArea(country: GazetteerCountry, area: GazetteerArea, district?: string): ActivityLocation {
  const known = district === undefined ? undefined : findDistrict(area, district);
  return definedOnly({
    country: country.code,
    province: area.names.en,
    areaCode: area.code,
    district: known?.names.en ?? district?.trim(),
    checked: district === undefined || known !== undefined,
  });
}

/** An ISO 3166-1 alpha-2 code, in capitals, of a country that exists (XX and ZZ have the shape and name none). */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && isoCountries.isValid(code);
}

/**
 * Places a location: in a gazetteer country the area must be one of its areas (a 400 listing them);
 * elsewhere any named area of a valid ISO 3166-1 country, flagged as not checked. Without a country,
 * the area must answer to exactly one area of the gazetteer. `field` is the request path, e.g. `locations[0]`.
 */
export function placeLocation(input: LocationInput, field: string): ActivityLocation {
  const province = input.province.trim();
  const district = input.district?.trim() || undefined;
  if (input.country === undefined) {
    const found = areasAnswering(province);
    if (found.length === 1) return inArea(found[0].country, found[0].area, district);
    const why = found.length === 0 ? 'is no area of a country in the gazetteer' : `is an area of ${found.map((f) => f.country.code).join(' and ')}`;
    return rejectValue(found.length === 0 ? 'UNKNOWN_AREA' : 'AMBIGUOUS_AREA', `"${province}" ${why} (${GAZETTEER_COUNTRIES.join(', ')}): name its country (ISO 3166-1)`, `${field}.country`);
  }
  const country = input.country.trim().toUpperCase();
  if (!isCountryCode(country)) {
    rejectValue('UNKNOWN_COUNTRY', `"${input.country}" is not an ISO 3166-1 alpha-2 country code`, `${field}.country`);
  }
  const listed = gazetteerCountry(country);
  if (!listed) return definedOnly({ country, province, district, checked: false });
  const area = findArea(listed, province);
  if (!area) rejectValue('UNKNOWN_AREA', `"${province}" is not an area of ${listed.names.en}: one of ${areaList(listed)}`, `${field}.province`);
  return inArea(listed, area, district);
}

export function placeLocations(inputs: readonly LocationInput[], field = 'locations'): ActivityLocation[] {
  return inputs.map((input, i) => placeLocation(input, `${field}[${i}]`));
}
