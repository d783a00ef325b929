import { Badge, Button, Group, Loader, Modal, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { Recommendation, RecommendationList } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { RecommendationActions } from '../components/RecommendationActions';
import { RecommendationCard } from '../components/RecommendationCard';
import { useSession } from '../session';
import { useOrganizationNames } from '../hooks/useOrganizations';

const COLUMNS = ['submitted', 'scheduled_for_review', 'accepted', 'deferred', 'rejected', 'implemented', 'withdrawn'] as const;

/** The recommendation pipeline as a board: one column per status, a card per recommendation. */
export default function RecommendationBoardPage() {
  const { t, i18n } = useTranslation();
  const names = useOrganizationNames();
  const records = useSession().can('admin', 'secretariat');
  const [moving, setMoving] = useState<Recommendation>();
  const recommendations = useQuery({
    queryKey: ['recommendations', i18n.language],
    queryFn: () => unwrap<RecommendationList>(api.GET('/recommendations', { params: { query: { pageSize: 200 } } })),
  });
  const items = recommendations.data?.items ?? [];
  return (
    <Stack component="main">
      <Group justify="space-between">
        <Title order={1} size="h2">{t('recommendations.title')}</Title>
        {records && <Button component={Link} to="/recommendations/new">{t('recommendationForm.title')}</Button>}
      </Group>
      {recommendations.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {recommendations.error && <ErrorNotice error={recommendations.error} />}
      <ScrollArea type="auto" offsetScrollbars>
        <Group align="flex-start" wrap="nowrap" gap="sm">
          {COLUMNS.map((status) => {
            const column = items.filter((r) => r.status === status);
            return (
              <Stack key={status} component="section" aria-label={t(`status.${status}`)} w={280} miw={260} gap="xs">
                <Group justify="space-between">
                  <Title order={2} size="h5">{t(`status.${status}`)}</Title>
                  <Badge variant="light">{column.length}</Badge>
                </Group>
                {column.map((r) => <RecommendationCard key={r.id} recommendation={r} names={names} onMove={records && ['submitted', 'scheduled_for_review', 'deferred'].includes(r.status) ? () => setMoving(r) : undefined} />)}
                {column.length === 0 && <Text size="xs" c="gray.7">{t('recommendations.empty')}</Text>}
              </Stack>
            );
          })}
        </Group>
      </ScrollArea>
      <Modal opened={!!moving} onClose={() => setMoving(undefined)} title={t('pipeline.title')} closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
        {moving && <RecommendationActions recommendation={moving} onDone={() => setMoving(undefined)} />}
      </Modal>
    </Stack>
  );
}
