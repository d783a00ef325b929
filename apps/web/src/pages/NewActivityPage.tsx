import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ActivityForm } from '../components/ActivityForm';

/** Plans a new activity under a plan's objective, then opens it. */
export default function NewActivityPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <Stack component="main" maw={900}>
      <Title order={1} size="h2">{t('activityForm.new')}</Title>
      <ActivityForm planId={params.get('planId')} onDone={({ id }) => navigate(`/activities/${id}`)} />
    </Stack>
  );
}
