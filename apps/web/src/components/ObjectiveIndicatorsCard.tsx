import { Button, Card, Modal, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../api/views';
import { ObjectiveIndicatorForm, type ObjectiveIndicator } from './ObjectiveIndicatorForm';
import { ObjectiveIndicatorTable } from './ObjectiveIndicatorTable';

type Objective = Plan['objectives'][number];

/**
 * Per objective of the plan, the indicators it is measured by, each revised with a reason, and a new one
 * defined (not on a closed plan: its framework stays as it was, but for corrections).
 */
export function ObjectiveIndicatorsCard({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const [defining, setDefining] = useState<Objective>();
  const [revising, setRevising] = useState<{ objective: Objective; indicator: ObjectiveIndicator }>();
  const indicators = plan.objectiveIndicators ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('resultsFramework.objectives')}
      </Title>
      <Text size="sm" c="gray.7" mb="sm">
        {t('resultsFramework.objectivesHint')}
      </Text>
      <Stack gap="lg">
        {plan.objectives.map((o) => {
          const own = indicators.filter((i) => i.objectiveId === o.objectiveId);
          return (
            <section key={o.objectiveId} aria-label={`${t('tracking.objective')} ${o.code}`}>
              <Title order={3} size="h5" mb={4}>
                {o.code} {o.title}
              </Title>
              {own.length > 0 ? (
                <ObjectiveIndicatorTable plan={plan} indicators={own} onRevise={(indicator) => setRevising({ objective: o, indicator })} />
              ) : (
                <Text size="sm">{t('resultsFramework.noIndicators')}</Text>
              )}
              {plan.status !== 'closed' && (
                <Button size="xs" variant="default" mt="xs" onClick={() => setDefining(o)} aria-label={t('resultsFramework.defineFor', { code: o.code })}>
                  {t('indicatorForm.define')}
                </Button>
              )}
            </section>
          );
        })}
      </Stack>
      {plan.objectives.length === 0 && <Text size="sm">{t('resultsFramework.noObjectives')}</Text>}
      <Modal
        opened={!!defining}
        onClose={() => setDefining(undefined)}
        size="lg"
        title={defining ? t('resultsFramework.defineFor', { code: defining.code }) : ''}
        closeButtonProps={{ 'aria-label': t('conflict.keep') }}
      >
        {defining && <ObjectiveIndicatorForm plan={plan} objective={defining} onDone={() => setDefining(undefined)} />}
      </Modal>
      <Modal
        opened={!!revising}
        onClose={() => setRevising(undefined)}
        size="lg"
        title={revising ? `${t('indicatorForm.revise')} ${revising.indicator.name}` : ''}
        closeButtonProps={{ 'aria-label': t('conflict.keep') }}
      >
        {revising && <ObjectiveIndicatorForm plan={plan} objective={revising.objective} indicator={revising.indicator} onDone={() => setRevising(undefined)} />}
      </Modal>
    </Card>
  );
}
