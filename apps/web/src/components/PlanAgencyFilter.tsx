import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { plansQuery } from '../api/first-queries';
import { useOrganizationList } from '../hooks/useOrganizations';
import { useSession } from '../session';

/**
 * The plan and agency filters of the activity list. An agency (lead or partner) narrows to what it works on;
 * a focal point finds their own organisation first.
 */
export function PlanAgencyFilter({
  planId,
  agencyId,
  onChange,
}: {
  planId?: string;
  agencyId?: string;
  onChange(key: 'planId' | 'agencyId', value: string | null): void;
}) {
  const { t } = useTranslation();
  const { me } = useSession();
  const plans = useQuery(plansQuery());
  const own = me?.organizationId;
  const organizations = useOrganizationList()
    .map((o) => ({ value: o.id, label: o.id === own ? `${o.acronym} · ${t('activities.mine')}` : o.acronym }))
    .sort((a, b) => Number(b.value === own) - Number(a.value === own) || a.label.localeCompare(b.label));
  const planOptions = (plans.data?.items ?? []).map((p) => ({ value: p.id, label: p.code }));
  return (
    <>
      <Select
        label={t('activities.plan')}
        clearable
        placeholder={t('activities.any')}
        data={planOptions}
        value={planOptions.length ? (planId ?? null) : null}
        onChange={(value) => onChange('planId', value)}
      />
      <Select
        label={t('activities.agency')}
        clearable
        searchable
        placeholder={t('activities.any')}
        data={organizations}
        value={organizations.length ? (agencyId ?? null) : null}
        onChange={(value) => onChange('agencyId', value)}
      />
    </>
  );
}
