import { Badge, Button, Group, Loader, Modal, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { Recommendation, RecommendationList } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { RecommendationActions } from '../components/RecommendationActions';
import { RecommendationCard } from '../components/RecommendationCard';
import { RecommendationChanges } from '../components/RecommendationChanges';
import { useSession } from '../session';
import { useOrganizationNames } from '../hooks/useOrganizations';

const COLUMNS = ['submitted', 'scheduled_for_review', 'accepted', 'deferred', 'rejected', 'implemented', 'withdrawn'] as const;
const SHOWN = 100;

/** The recommendation pipeline as a board: one column per status (asked of the API one by one, so each counts them all), a card per recommendation; the columns wrap rather than hide beside each other. */
export default function RecommendationBoardPage() {
  const { t, i18n } = useTranslation();
  const names = useOrganizationNames();
  const records = useSession().can('admin', 'secretariat');
  const [moving, setMoving] = useState<Recommendation>();
  const [changing, setChanging] = useState<Recommendation>();
  const columns = useQueries({
    queries: COLUMNS.map((status) => ({
      queryKey: ['recommendations', i18n.language, status],
      queryFn: () => unwrap<RecommendationList>(api.GET('/recommendations', { params: { query: { status, pageSize: SHOWN } } })),
    })),
  });
  const failed = columns.find((c) => c.error)?.error;
  return (
    <Stack component="main">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('recommendations.title')}</Title>
        {records && <Button component={Link} to="/recommendations/new">{t('recommendationForm.title')}</Button>}
      </Group>
      {columns.some((c) => c.isLoading) && <Loader role="status" aria-label={t('loading')} />}
      {failed && <ErrorNotice error={failed} />}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3, lg: 4 }} spacing="sm" verticalSpacing="lg">
        {COLUMNS.map((status, i) => {
          const column = columns[i].data;
          const items = column?.items ?? [];
          return (
            <Stack key={status} component="section" aria-label={t(`status.${status}`)} gap="xs">
              <Group justify="space-between">
                <Title order={2} size="h5">{t(`status.${status}`)}</Title>
                <Badge variant="light">{column?.total ?? 0}</Badge>
              </Group>
              {items.map((r) => <RecommendationCard key={r.id} recommendation={r} names={names} onMove={records && ['submitted', 'scheduled_for_review', 'deferred'].includes(r.status) ? () => setMoving(r) : undefined} onChange={records ? () => setChanging(r) : undefined} />)}
              {column && items.length === 0 && <Text size="xs" c="gray.7">{t('recommendations.empty')}</Text>}
              {column && column.total > items.length && <Text size="xs" c="gray.7">{t('recommendations.more', { shown: items.length, total: column.total })}</Text>}
            </Stack>
          );
        })}
      </SimpleGrid>
      <Modal opened={!!moving} onClose={() => setMoving(undefined)} title={t('pipeline.title')} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        {moving && <RecommendationActions recommendation={moving} onDone={() => setMoving(undefined)} />}
      </Modal>
      <Modal opened={!!changing} onClose={() => setChanging(undefined)} title={t('recommendationCourse.title')} size="lg" closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        {changing && <RecommendationChanges key={`${changing.id}-${changing.revision}`} recommendation={changing} onDone={() => setChanging(undefined)} />}
      </Modal>
    </Stack>
  );
}
