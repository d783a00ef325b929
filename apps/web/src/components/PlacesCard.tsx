import { Anchor, Card, Table, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Dashboard } from '../api/views';
import { usePlaceNames } from '../hooks/useGeography';
import { usePercent } from '../hooks/usePercent';

type Tally = { activities: number; percentComplete?: number | null };
type Area = Dashboard['byProvince'][number];

/**
 * Progress by country, its areas and their districts, named in the interface language; each a link
 * to the activities there when `list` gives one (the roles that may list activities).
 */
export function PlacesCard({ dashboard: d, list }: { dashboard: Dashboard; list(filter: string): string | undefined }) {
  const { t } = useTranslation();
  const percent = usePercent();
  const names = usePlaceNames();
  const row = (key: string, label: string, filter: Record<string, string | undefined>, tally: Tally, indent: number): ReactNode => {
    const to = list(new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => e[1] !== undefined)).toString());
    return (
      <Table.Tr key={key}>
        <Table.Td pl={indent === 0 ? undefined : indent === 1 ? 'lg' : 'xl'}>{to ? <Anchor component={Link} to={to}>{label}</Anchor> : label}</Table.Td>
        <Table.Td>{percent(tally.percentComplete)}</Table.Td>
        <Table.Td>{tally.activities}</Table.Td>
      </Table.Tr>
    );
  };
  const areaRows = (area: Area, indent: number) => {
    const place = { country: area.country, province: area.areaCode ?? area.province };
    return (
      <Fragment key={`${area.country}/${area.province}`}>
        {row(`${area.country}/${area.province}`, names.area(area), place, area, indent)}
        {d.byDistrict
          .filter((r) => r.country === area.country && r.province === area.province)
          .map((r) => row(`${area.country}/${r.province}/${r.district}`, names.district(r), { ...place, district: r.district }, r, indent + 1))}
      </Fragment>
    );
  };
  const countries = d.byCountry ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('dashboard.byProvince')}</Title>
      <Table>
        <Table.Tbody>
          {countries.map((c) => (
            <Fragment key={c.country}>
              {countries.length > 1 && row(c.country, names.country(c.country), { country: c.country }, c, 0)}
              {d.byProvince.filter((p) => p.country === c.country).map((p) => areaRows(p, countries.length > 1 ? 1 : 0))}
            </Fragment>
          ))}
          {/* Places recorded before locations had a country, until corrected. */}
          {d.byProvince.filter((p) => !p.country).map((p) => areaRows(p, 0))}
        </Table.Tbody>
      </Table>
    </Card>
  );
}
