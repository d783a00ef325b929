import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PlanForm } from '../components/PlanForm';

/** Drafts a new plan, then opens its record to add objectives and adopt it. */
export default function NewPlanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Stack component="main" maw={720}>
      <Title order={1} size="h2">{t('planForm.draft')}</Title>
      <PlanForm onDone={({ id }) => navigate(`/plans/${id}/edit`)} />
    </Stack>
  );
}
