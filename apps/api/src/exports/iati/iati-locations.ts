import { findArea, findDistrict, gazetteerCountry, TITLE_LANGUAGES, type ActivityLocation, type PlaceNames, type Titles } from '#domain';
import { narratives } from './narratives.js';

// IATI 2.03 codelists: GeographicVocabulary (A4: ISO 3166-1 alpha-2), GeographicLocationClass (1:
// administrative region), GeographicExactness (2: approximate), and GeoNames' feature codes.
const ISO_COUNTRY = 'A4';
const ADMINISTRATIVE_REGION = '1';
const APPROXIMATE = '2';

/** A location's name in each language the gazetteer names it in: "Kulob, Khatlon, Tajikistan". */
function placeNames(l: ActivityLocation): Titles {
  const country = l.country ? gazetteerCountry(l.country) : undefined;
  const area = country ? findArea(country, l.areaCode ?? l.province) : undefined;
  const district = area && l.district ? findDistrict(area, l.district) : undefined;
  const inLanguage = (names: PlaceNames | undefined, language: keyof PlaceNames, fallback: string | undefined) => names?.[language] ?? fallback;
  return Object.fromEntries(
    TITLE_LANGUAGES.flatMap((language) => {
      if (language !== 'en' && !country) return [];
      const parts = [
        l.district === undefined ? undefined : inLanguage(district?.names, language, l.district),
        inLanguage(area?.names, language, l.province),
        inLanguage(country?.names, language, l.country),
      ];
      // A place of Kyrgyzstan has no Tajik name in the gazetteer: only the languages it is named in.
      if (language !== 'en' && (area?.names[language] === undefined || (district !== undefined && district.names[language] === undefined))) return [];
      return [[language, parts.filter(Boolean).join(', ')]];
    }),
  ) as Titles;
}

/**
 * An IATI `location` per location: its names, its country by ISO code (IATI has no vocabulary for
 * ISO 3166-2 areas, so the area's code goes in the description), an administrative region of the
 * first or second level.
 */
export function iatiLocation(l: ActivityLocation) {
  return {
    name: narratives(placeNames(l)),
    ...(l.areaCode ? { description: { narrative: [{ '#text': `ISO 3166-2: ${l.areaCode}` }] } } : {}),
    ...(l.country ? { administrative: { '@_vocabulary': ISO_COUNTRY, '@_level': '0', '@_code': l.country } } : {}),
    exactness: { '@_code': APPROXIMATE },
    'location-class': { '@_code': ADMINISTRATIVE_REGION },
    'feature-designation': { '@_code': l.district ? 'ADM2' : 'ADM1' },
  };
}

/**
 * The countries an activity's locations name, sharing 100 % equally (the last absorbs the rounding),
 * since what is spent where is not recorded. Without any located country, `fallback`.
 */
export function recipientCountries(locations: readonly ActivityLocation[], fallback: { code: string; percentage: number }[]) {
  const codes = [...new Set(locations.flatMap((l) => (l.country ? [l.country] : [])))].sort();
  if (codes.length === 0) return fallback;
  const share = Math.floor(10000 / codes.length) / 100;
  return codes.map((code, i) => ({ code, percentage: i === codes.length - 1 ? Math.round((100 - share * (codes.length - 1)) * 100) / 100 : share }));
}
