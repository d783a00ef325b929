import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { nameIn, useGazetteer } from '../hooks/useGeography';

/** Country and area filters of the activity list, from the gazetteer; an area narrows to its country's. */
export function PlaceFilter({ country, province, onChange }: { country?: string; province?: string; onChange(key: 'country' | 'province', value: string | null): void }) {
  const { t, i18n } = useTranslation();
  const countries = useGazetteer();
  const areas = countries.filter((c) => !country || c.code === country).flatMap((c) => c.areas);
  const known = (value: string | undefined, options: { value: string }[]) => (value && !options.some((o) => o.value === value) ? [{ value, label: value }] : []);
  const countryOptions = countries.map((c) => ({ value: c.code, label: nameIn(c.names, i18n.language) }));
  const areaOptions = areas.map((a) => ({ value: a.code, label: nameIn(a.names, i18n.language) }));
  return (
    <>
      <Select label={t('places.country')} clearable placeholder={t('activities.any')} data={[...countryOptions, ...known(country, countryOptions)]} value={country ?? null} onChange={(value) => onChange('country', value)} />
      <Select label={t('dashboard.province')} clearable searchable placeholder={t('activities.any')} data={[...areaOptions, ...known(province, areaOptions)]} value={province ?? null} onChange={(value) => onChange('province', value)} />
    </>
  );
}
