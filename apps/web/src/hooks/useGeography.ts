import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { Geography } from '../api/views';

export type GazetteerCountry = Geography['countries'][number];
export type GazetteerArea = GazetteerCountry['areas'][number];
type Names = GazetteerCountry['names'];

/** A place's name in the interface language; Kyrgyz places have no Tajik name, so Russian stands in. */
export const nameIn = (names: Names, language: string) => (language === 'tg' ? (names.tg ?? names.ru) : language === 'ru' ? names.ru : names.en);

/** The gazetteer of `GET /geography`: reference data, fetched once per session. */
export function useGazetteer(): GazetteerCountry[] {
  const gazetteer = useQuery({ queryKey: ['geography'], staleTime: Infinity, queryFn: () => unwrap<Geography>(api.GET('/geography')) });
  return gazetteer.data?.countries ?? [];
}

/** Names places as the gazetteer does in the interface language, else as stored. */
export function usePlaceNames() {
  const { i18n } = useTranslation();
  const countries = useGazetteer();
  const country = (code?: string) => countries.find((c) => c.code === code);
  const area = (code?: string) => countries.flatMap((c) => c.areas).find((a) => a.code === code);
  return {
    country: (code: string) => (country(code) ? nameIn(country(code)!.names, i18n.language) : code),
    area: (place: { areaCode?: string; province: string }) => (area(place.areaCode) ? nameIn(area(place.areaCode)!.names, i18n.language) : place.province),
    district: (place: { areaCode?: string; district?: string }) => {
      const known = area(place.areaCode)?.districts.find((d) => d.names.en === place.district);
      return known ? nameIn(known.names, i18n.language) : (place.district ?? '');
    },
  };
}

/** "Kulob, Khatlon (TJ)" in the interface language. */
export function usePlaceLabel() {
  const names = usePlaceNames();
  return (l: { country?: string; areaCode?: string; province: string; district?: string }) =>
    `${l.district ? `${names.district(l)}, ` : ''}${names.area(l)}${l.country ? ` (${l.country})` : ''}`;
}
