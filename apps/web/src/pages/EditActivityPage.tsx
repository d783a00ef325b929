import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../api/client';
import { ActivityForm } from '../components/ActivityForm';
import { ActivityLifecycle } from '../components/ActivityLifecycle';
import { ErrorNotice } from '../components/ErrorNotice';
import { RecodeForm } from '../components/RecodeForm';
import { useActivity } from '../hooks/useActivity';

/** The secretariat's corrections of an activity: its details and its code (with a reason) and its course (start, complete, suspend, resume, cancel, reschedule). */
export default function EditActivityPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const activity = useActivity(id);
  const refresh = async () => {
    await queries.invalidateQueries({ queryKey: ['activity', id] });
    await queries.invalidateQueries({ queryKey: ['activities'] });
  };
  const a = activity.data;
  return (
    <Stack component="main" maw={900}>
      {activity.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {activity.error && <ErrorNotice error={activity.error} />}
      {a && (
        <>
          <div>
            <Text size="sm" c="gray.7">{a.code} · {a.title}</Text>
            <Title order={1} size="h2">{t('activityForm.edit')}</Title>
          </div>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('activityForm.course')}</Title>
            <ActivityLifecycle activity={a} />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('activityForm.details')}</Title>
            <ActivityForm activity={a} onDone={() => navigate(`/activities/${a.id}`)} />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">{t('recode.title')}</Title>
            <RecodeForm
              code={a.code}
              revision={a.revision}
              hint={t('recode.activityHint')}
              recode={(body, headers) => api.POST('/activities/{id}/recode', { params: { path: { id: a.id } }, body, headers })}
              refresh={refresh}
            />
          </Card>
        </>
      )}
    </Stack>
  );
}
