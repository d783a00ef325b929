import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, unwrap } from '../api/client';
import { importProblems, useActivityImport } from '../api/useActivityImport';
import { ErrorNotice } from '../components/ErrorNotice';
import { ImportDone } from '../components/ImportDone';
import { ImportFileForm } from '../components/ImportFileForm';
import { ImportPreview } from '../components/ImportPreview';
import { ImportProblems } from '../components/ImportProblems';
import { ImportTemplateLink } from '../components/ImportTemplateLink';
import { useSession } from '../session';
import { titleIn } from './PlansPage';
import { asListedPlan, type PlanDetails } from '../api/plan-details';

/**
 * A plan's activities from a spreadsheet, for the secretariat: the template to fill, the file checked
 * (a dry run: every problem by row and column, or the rows that would be recorded), then recorded.
 */
export default function ImportActivitiesPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const writes = useSession().can('admin', 'secretariat');
  const queries = useQueryClient();
  const plan = useQuery({
    queryKey: ['plan', id, i18n.language],
    enabled: writes,
    queryFn: () => unwrap<PlanDetails>(api.GET('/plans/{id}', { params: { path: { id } } })),
    select: asListedPlan,
  });
  const [file, setFile] = useState<File | null>(null);
  const imports = useActivityImport(id);
  const problems = importProblems(imports.refusal);
  const p = plan.data;
  return (
    <Stack component="main" maw={900}>
      <div>
        {p && (
          <Text size="sm" c="gray.7">
            {p.code} · {titleIn(p.title, i18n.language)}
          </Text>
        )}
        <Title order={1} size="h2">
          {t('import.title')}
        </Title>
      </div>
      {!writes ? (
        <Alert color="red.9" variant="outline" role="alert">
          {t('import.notForYou')}
        </Alert>
      ) : (
        <>
          {plan.isLoading && <Loader role="status" aria-label={t('loading')} />}
          {plan.error && <ErrorNotice error={plan.error} />}
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('import.templateTitle')}
            </Title>
            <ImportTemplateLink planId={id} />
          </Card>
          <Card withBorder>
            <Title order={2} size="h4" mb="xs">
              {t('import.fileTitle')}
            </Title>
            <ImportFileForm
              file={file}
              checking={imports.busy === 'checking'}
              onChoose={(chosen) => {
                setFile(chosen);
                imports.choose();
              }}
              onCheck={(chosen) => void imports.check(chosen)}
            />
          </Card>
          {problems ? <ImportProblems problems={problems} /> : imports.refusal !== undefined && <ErrorNotice error={imports.refusal} />}
          {imports.preview && file && (
            <ImportPreview
              preview={imports.preview}
              recording={imports.busy === 'recording'}
              onRecord={() =>
                void imports.record(file, async () => {
                  await queries.invalidateQueries({ queryKey: ['activities'] });
                  await queries.invalidateQueries({ queryKey: ['dashboard', id] });
                })
              }
            />
          )}
          {imports.recorded && <ImportDone result={imports.recorded} />}
        </>
      )}
    </Stack>
  );
}
