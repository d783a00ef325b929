import { GAZETTEER } from './gazetteer.data.js';

/** A place's names: English and Russian always, and the country's own language (tg, ky). */
export interface PlaceNames {
  en: string;
  ru: string;
  tg?: string;
  ky?: string;
}
export interface GazetteerDistrict {
  names: PlaceNames;
  aliases?: string[];
}
/** A first-level administrative area (province, region, city of republican status): ISO 3166-2. */
export interface GazetteerArea {
  code: string;
  names: PlaceNames;
  aliases?: string[];
  districts: GazetteerDistrict[];
}
export interface GazetteerCountry {
  /** ISO 3166-1 alpha-2. */
  code: string;
  names: PlaceNames;
  areas: GazetteerArea[];
}

/** Case, accents, hyphens and spacing do not tell places apart: "Jalal-Abad" is "jalal abad". */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐–.]+/g, ' ')
    .trim();
}

const spellings = (place: { names: PlaceNames; aliases?: string[] }) => [...Object.values(place.names), ...(place.aliases ?? [])].map(placeKey);

export function gazetteerCountry(code: string): GazetteerCountry | undefined {
  return GAZETTEER.find((c) => c.code === code.toUpperCase());
}

/** The area of `country` named `given` in any of its languages or aliases, or by its ISO 3166-2 code. */
export function findArea(country: GazetteerCountry, given: string): GazetteerArea | undefined {
  const key = placeKey(given);
  return country.areas.find((a) => a.code === given.trim().toUpperCase() || spellings(a).includes(key));
}

/** Every area of the gazetteer that answers to `given`, with its country. */
export function areasAnswering(given: string): { country: GazetteerCountry; area: GazetteerArea }[] {
  return GAZETTEER.flatMap((country) => {
    const area = findArea(country, given);
    return area ? [{ country, area }] : [];
  });
}

export function findDistrict(area: GazetteerArea, given: string): GazetteerDistrict | undefined {
  const key = placeKey(given);
  return area.districts.find((d) => spellings(d).includes(key));
}

/** "TJ-DU Dushanbe, TJ-GB Gorno-Badakhshan, …": what a refusal lists as the valid areas. */
export function areaList(country: GazetteerCountry): string {
  return country.areas.map((a) => `${a.code} ${a.names.en}`).join(', ');
}

export const GAZETTEER_COUNTRIES = GAZETTEER.map((c) => c.code);
