import { ActionIcon, Autocomplete, Group } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { nameIn, useGazetteer, type GazetteerArea } from '../hooks/useGeography';

export interface LocationValues {
  country: string;
  province: string;
  district: string;
}

type InputProps = (path: string) => GetInputPropsReturnType;

/**
 * One location of an activity: country (ISO code; may be left to the gazetteer), area and district,
 * suggested from the gazetteer in the interface language. Any other spelling the API knows is accepted.
 */
export function LocationFields({ index, value, inputProps, onRemove }: { index: number; value: LocationValues; inputProps: InputProps; onRemove(): void }) {
  const { t, i18n } = useTranslation();
  const countries = useGazetteer();
  const inCountry = countries.filter((c) => !value.country || c.code === value.country.toUpperCase());
  const areas = inCountry.flatMap((c) => c.areas);
  const typed = value.province.trim().toLowerCase();
  const area: GazetteerArea | undefined = areas.find((a) => a.code.toLowerCase() === typed || Object.values(a.names).some((n) => n?.toLowerCase() === typed));
  const unique = (names: string[]) => [...new Set(names)];
  return (
    <Group align="end" wrap="wrap">
      <Autocomplete w={110} label={t('places.country')} description={t('places.countryHint')} data={countries.map((c) => c.code)} {...inputProps(`locations.${index}.country`)} />
      <Autocomplete label={t('dashboard.province')} required data={unique(areas.map((a) => nameIn(a.names, i18n.language)))} {...inputProps(`locations.${index}.province`)} />
      <Autocomplete label={t('activityForm.district')} data={unique((area?.districts ?? []).map((d) => nameIn(d.names, i18n.language)))} {...inputProps(`locations.${index}.district`)} />
      <ActionIcon variant="default" size="lg" aria-label={t('activityForm.removePlace')} onClick={onRemove}>×</ActionIcon>
    </Group>
  );
}

/** What the API takes: the country only when given, the district only when named. */
export const locationBody = (l: LocationValues) => ({ ...(l.country.trim() ? { country: l.country.trim().toUpperCase() } : {}), province: l.province, ...(l.district ? { district: l.district } : {}) });
