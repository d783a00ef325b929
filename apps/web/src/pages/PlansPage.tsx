import { Anchor, Badge, Button, Card, Group, Loader, SimpleGrid, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { plansQuery } from '../api/first-queries';
import type { Titles } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { ReportsOwedNotice } from '../components/ReportsOwedNotice';
import { useSession } from '../session';

export function titleIn(titles: Titles, language: string): string {
  return titles[language as keyof Titles] ?? titles.en ?? titles.ru ?? titles.tg ?? '';
}

/** The plans to choose a dashboard from (every role, donors included); the secretariat drafts new ones; an agency is told what it owes. */
export default function PlansPage() {
  const { t, i18n } = useTranslation();
  const { me, can } = useSession();
  const plans = useQuery(plansQuery());
  return (
    <main>
      <Group justify="space-between" mb="md">
        <Title order={1} size="h2">{t('plans.title')}</Title>
        {can('admin', 'secretariat') && <Button component={Link} to="/plans/new">{t('planForm.draft')}</Button>}
      </Group>
      {can('agency') && me?.organizationId && <ReportsOwedNotice agencyId={me.organizationId} />}
      {plans.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {plans.error && <ErrorNotice error={plans.error} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {plans.data?.items.map((plan) => (
          <Card key={plan.id} withBorder>
            <Text size="sm" c="gray.7">{plan.code}</Text>
            <Anchor component={Link} to={`/plans/${plan.id}`} fw={600}>{titleIn(plan.title, i18n.language)}</Anchor>
            <Text size="sm">{t('plans.period')}: {plan.periodStart} – {plan.periodEnd}</Text>
            <Badge mt="xs" variant="light">{t(`status.${plan.status}`, plan.status)}</Badge>
          </Card>
        ))}
      </SimpleGrid>
    </main>
  );
}
