import { Alert, Button, Card, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { AuditDigest } from '../api/views';
import { fieldErrors } from '../api/writes';
import { DigestCode } from './DigestCode';
import { ErrorNotice } from './ErrorNotice';

interface MinutesLine {
  digest: string;
  at: string;
}

/** Checks the digest written into earlier minutes against the log as it was at that position. */
export function DigestCheck() {
  const { t } = useTranslation();
  const form = useForm<MinutesLine>({ initialValues: { digest: '', at: '' } });
  const check = useMutation({
    mutationFn: (line: MinutesLine) => unwrap<AuditDigest>(api.GET('/audit/digest', { params: { query: { digest: line.digest.trim(), at: line.at.trim() } } })),
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  const result = check.data;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">{t('audit.checkTitle')}</Title>
      <form onSubmit={form.onSubmit((line) => check.mutate(line))} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label={t('audit.digest')} required {...form.getInputProps('digest')} />
            <TextInput label={t('audit.position')} required {...form.getInputProps('at')} />
          </SimpleGrid>
          <Button type="submit" variant="default" loading={check.isPending} style={{ alignSelf: 'flex-start' }}>{t('audit.check')}</Button>
        </Stack>
      </form>
      {check.error && !Object.keys(fieldErrors(check.error)).length && <ErrorNotice error={check.error} />}
      {result && (
        <Alert mt="sm" variant="outline" color={result.matches ? 'green.9' : 'red.9'} role="status">
          <Text fw={700} c={result.matches ? '#1b5e20' : '#8b0000'}>{result.matches ? t('audit.matches') : t('audit.differs')}</Text>
          <Text size="sm">{t('audit.atPosition', { position: result.position ?? '–', events: result.events, streams: result.streams })}</Text>
          <Text size="sm">{t('audit.digestNow')}: <DigestCode>{result.digest}</DigestCode></Text>
        </Alert>
      )}
    </Card>
  );
}
