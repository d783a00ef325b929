import { Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import type { Decision } from '../api/views';
import { DecisionCourse } from '../components/DecisionCourse';
import { DecisionForm } from '../components/DecisionForm';
import { DecisionNumberForm } from '../components/DecisionNumberForm';
import { ErrorNotice } from '../components/ErrorNotice';

/** The secretariat's part in a decision after it was recorded: carried out or revoked, what it says corrected, its number corrected. */
export default function EditDecisionPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const decision = useQuery({
    queryKey: ['decisions', 'one', id, i18n.language],
    queryFn: () => unwrap<Decision>(api.GET('/decisions/{id}', { params: { path: { id } } })),
  });
  const d = decision.data;
  const backToTracker = () => navigate(`/decisions?view=all&focus=${id}`);
  return (
    <Stack component="main" maw={900}>
      {decision.isLoading && <Loader role="status" aria-label={t('loading')} />}
      {decision.error && <ErrorNotice error={decision.error} />}
      {d && (
        <>
          <div>
            <Text size="sm" c="gray.7">
              {d.number} · {d.title}
            </Text>
            <Title order={1} size="h2">
              {t('decisionEdit.title')}
            </Title>
          </div>
          {d.status === 'open' && (
            <Card withBorder>
              <Title order={2} size="h4" mb="xs">
                {t('decisionEdit.course')}
              </Title>
              <DecisionCourse decision={d} onDone={backToTracker} />
            </Card>
          )}
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('decisionEdit.details')}
            </Title>
            <DecisionForm decision={d} onDone={backToTracker} />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('decisions.number')}
            </Title>
            <DecisionNumberForm decision={d} onDone={backToTracker} />
          </Card>
        </>
      )}
    </Stack>
  );
}
