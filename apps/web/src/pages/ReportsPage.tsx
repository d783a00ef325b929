import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ReportsOwedCard } from '../components/ReportsOwedCard';
import { ReportsUnderwayCard } from '../components/ReportsUnderwayCard';
import { useSession } from '../session';

/**
 * The reporting work in one place: for the secretariat, the reports awaiting its approval and every report
 * owed; for an agency, its drafts and returns and the reports it owes on the activities it leads or partners.
 */
export default function ReportsPage() {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const agency = can('agency') ? (me?.organizationId ?? undefined) : undefined;
  return (
    <Stack component="main">
      <Title order={1} size="h2">
        {t('reports.title')}
      </Title>
      <Text size="sm" c="gray.7">
        {agency ? t('reports.hintAgency') : t('reports.hint')}
      </Text>
      <ReportsUnderwayCard agencyId={agency} />
      <ReportsOwedCard agencyId={agency} mayReport={can('admin', 'secretariat', 'agency')} />
    </Stack>
  );
}
