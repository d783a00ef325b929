import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useOrganizationById } from '../hooks/useOrganizations';

/** An organisation as "Name (ACRONYM)", or its shortened id when the list does not know it. */
function useAgencyLabel(): (id: string) => string {
  const organization = useOrganizationById();
  return (id) => {
    const o = organization(id);
    return o ? `${o.name} (${o.acronym})` : id.slice(0, 8);
  };
}

/** The agency that leads the activity. */
export function LeadAgency({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useAgencyLabel();
  return (
    <Text size="sm">
      {t('activity.lead')}: {label(id)}
    </Text>
  );
}

/** The agencies working on the activity beside its lead. */
export function PartnerAgencies({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  const label = useAgencyLabel();
  return (
    <Text size="sm">
      {t('activity.partners')}: {ids.length > 0 ? ids.map(label).join('; ') : t('activity.noPartners')}
    </Text>
  );
}
