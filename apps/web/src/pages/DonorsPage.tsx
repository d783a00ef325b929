import { Anchor, List, Loader, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import type { OrganizationList } from '../api/views';
import { ErrorNotice } from '../components/ErrorNotice';
import { useSession } from '../session';

/** The kinds of organisation that fund activities in the worked example (the EU; IOM, UNICEF… through their funds). */
const FUNDERS: string[] = ['donor', 'international_organization'];

/** A donor goes straight to its own portfolio; everyone else picks a donor. */
export default function DonorsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const isDonor = me?.role === 'donor';
  const donors = useQuery({
    queryKey: ['donors'],
    enabled: !isDonor,
    queryFn: () => allPages((page) => unwrap<OrganizationList>(api.GET('/organizations', { params: { query: { page, pageSize: 200 } } }))),
  });
  if (isDonor && me?.organizationId) return <Navigate to={`/donors/${me.organizationId}`} replace />;
  return (
    <Stack component="main">
      <Title order={1} size="h2">{t('portfolio.donors')}</Title>
      {donors.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {donors.error && <ErrorNotice error={donors.error} />}
      <List>
        {(donors.data?.items ?? []).filter((o) => FUNDERS.includes(o.kind)).map((o) => <List.Item key={o.id}><Anchor component={Link} to={`/donors/${o.id}`}>{o.name} ({o.acronym})</Anchor></List.Item>)}
      </List>
    </Stack>
  );
}
