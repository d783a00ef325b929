import { Card, List, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { History } from '../api/views';
import { useEventName } from '../i18n/event-name';
import { ErrorNotice } from './ErrorNotice';
import { intlLocale } from '../format/intl-locale';

/** The plan's events that make or correct its results framework. */
const FRAMEWORK_EVENTS = new Set(['DisaggregationDefined', 'DisaggregationAmended', 'ObjectiveIndicatorDefined', 'ObjectiveIndicatorRevised']);

/** What was done to the plan's results framework, newest first: when, by whom, and why a correction was made. */
export function ResultsFrameworkHistory({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  const eventName = useEventName();
  const history = useQuery({
    queryKey: ['plan-history', planId, i18n.language],
    queryFn: () => unwrap<History>(api.GET('/plans/{id}/history', { params: { path: { id: planId } } })),
  });
  const entries = (history.data?.items ?? []).filter((e) => FRAMEWORK_EVENTS.has(e.type)).reverse();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('resultsFramework.history')}
      </Title>
      {history.error && <ErrorNotice error={history.error} />}
      {history.data && entries.length === 0 && <Text size="sm">{t('resultsFramework.noHistory')}</Text>}
      <List spacing="xs" aria-label={t('resultsFramework.history')}>
        {entries.map((e) => (
          <List.Item key={e.revision}>
            <Text size="sm">
              {eventName(e.type)} · {new Date(e.recordedAt).toLocaleString(intlLocale(i18n.language))} · {t('activity.by')} {e.actor.name ?? e.actor.id}
            </Text>
            {e.reason && (
              <Text size="sm">
                {t('activity.reason')}: {e.reason}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
