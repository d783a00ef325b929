import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { asListedPlan, type PlanDetails } from '../api/plan-details';
import { DisaggregationCatalogueCard } from '../components/DisaggregationCatalogueCard';
import { ErrorNotice } from '../components/ErrorNotice';
import { ObjectiveIndicatorsCard } from '../components/ObjectiveIndicatorsCard';
import { ResultsFrameworkHistory } from '../components/ResultsFrameworkHistory';

/**
 * A plan's results framework, for the secretariat: its disaggregation catalogue (dimensions added and
 * corrected) and its objectives' indicators (defined, and revised with a reason), with what was done to them.
 */
export default function ResultsFrameworkPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  // The plan record's own question: the two pages share the answer.
  // The objectives come as a tree; the cards list them all, sub-objectives included.
  const plan = useQuery({
    queryKey: ['plan', id, i18n.language],
    queryFn: () => unwrap<PlanDetails>(api.GET('/plans/{id}', { params: { path: { id } } })),
    select: asListedPlan,
  });
  const p = plan.data;
  return (
    <Stack component="main" maw={1100}>
      {plan.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {plan.error && <ErrorNotice error={plan.error} />}
      {p && (
        <>
          <div>
            <Text size="sm" c="gray.7">
              {p.code} · {p.periodStart} – {p.periodEnd}
            </Text>
            <Title order={1} size="h2">
              {t('resultsFramework.title')}
            </Title>
            <Text size="sm" mt="xs">
              {t('resultsFramework.intro')}
            </Text>
            <Group gap="md" mt="xs">
              <Anchor component={Link} to={`/plans/${p.id}/edit`} size="sm">
                {t('planForm.editTitle')}
              </Anchor>
              <Anchor component={Link} to={`/plans/${p.id}/indicators`} size="sm">
                {t('tracking.title')}
              </Anchor>
            </Group>
          </div>
          <DisaggregationCatalogueCard plan={p} />
          <ObjectiveIndicatorsCard plan={p} />
          <ResultsFrameworkHistory planId={p.id} />
        </>
      )}
    </Stack>
  );
}
