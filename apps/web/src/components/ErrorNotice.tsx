import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError, type ApiProblem } from '../api/client';
import { refusalText } from '../i18n/refusal';
import { CodeHolderLink, type CodeHolder } from './CodeHolderLink';
import { NotYetInEffect } from './NotYetInEffect';
import { NotYetRecorded } from './NotYetRecorded';

/** What was refused, in the reader's language where the refusal's code is translated, with the API's own words beside. */
function Refusal({ problem }: { problem: ApiProblem }) {
  const { text, details } = refusalText(problem);
  return (
    <>
      <Text size="sm">{text}</Text>
      {details && <Text size="xs" c="gray.7">{details}</Text>}
    </>
  );
}

/** The API's message (and the fields at fault) when it refused; never a blank page. */
export function ErrorNotice({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const problem = error instanceof ApiError ? error.problem : { message: String(error) };
  // Time travel to before the record was entered: said in the reader's words, with the first moment to ask for.
  const firstRecordedAt = (problem as { code?: string; firstRecordedAt?: string }).code === 'NOT_YET_RECORDED' ? (problem as { firstRecordedAt?: string }).firstRecordedAt : undefined;
  // Asked at a business date before anything of the record took effect (a plan before its drafting): the date it first did.
  const firstEffectiveOn = problem.code === 'NOT_YET_IN_EFFECT' ? (problem as { firstEffectiveOn?: string }).firstEffectiveOn : undefined;
  const holder = problem.code === 'DUPLICATE_CODE' ? (problem as { holder?: CodeHolder }).holder : undefined;
  return (
    <Alert variant="outline" color="red.9" role="alert">
      <Text fw={700} c="#8b0000">{t('error.title')}</Text>
      {firstRecordedAt ? (
        <NotYetRecorded firstRecordedAt={firstRecordedAt} />
      ) : firstEffectiveOn ? (
        <NotYetInEffect firstEffectiveOn={firstEffectiveOn} />
      ) : (
        <Refusal problem={problem} />
      )}
      {holder && <CodeHolderLink holder={holder} />}
      {problem.fields && (
        <List size="sm">
          {problem.fields.map((f) => <List.Item key={f.field}>{f.field}: {f.messages.join('; ')}</List.Item>)}
        </List>
      )}
    </Alert>
  );
}
