import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useCommand } from '../api/useCommand';
import type { User } from '../api/views';
import { ErrorNotice } from './ErrorNotice';

/** Lifts the sign-in lock of a person's e-mail before its time (`POST /users/{id}/unlock`): they may sign in again at once. */
export function UserUnlockButton({ user }: { user: User }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const form = useForm({ initialValues: {} });
  const command = useCommand({
    form,
    send: (_values, headers) => api.POST('/users/{id}/unlock', { params: { path: { id: user.id } }, headers }),
    onDone: () => queries.invalidateQueries({ queryKey: ['users'] }),
  });
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        variant="default"
        loading={command.busy}
        onClick={() => void command.submit({})}
        aria-label={t('userAdmin.unlockOf', { name: user.displayName })}
      >
        {t('userAdmin.unlock')}
      </Button>
      {command.refusal !== undefined && <ErrorNotice error={command.refusal} />}
    </Stack>
  );
}
