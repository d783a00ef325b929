import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../api/writes';
import { useResetLink } from '../hooks/useResetLink';
import { ErrorNotice } from './ErrorNotice';

/** "Forgot your password?": the e-mail to send a reset link to; the answer is the same whether or not an account has it. */
export function ForgotPassword({ email: typed }: { email: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState(typed);
  const send = useResetLink();
  if (!open) {
    return (
      <Anchor
        component="button"
        type="button"
        size="sm"
        onClick={() => {
          setEmail(typed);
          setOpen(true);
        }}
      >
        {t('password.forgot')}
      </Anchor>
    );
  }
  if (send.isSuccess)
    return (
      <Alert variant="outline" color="green.9" role="status">
        {t('password.forgotSent')}
      </Alert>
    );
  return (
    <Stack gap="xs" component="section" aria-label={t('password.forgot')}>
      <Text size="sm">{t('password.forgotLead')}</Text>
      {send.error && !fieldErrors(send.error).email && <ErrorNotice error={send.error} />}
      <TextInput
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        error={fieldErrors(send.error).email}
      />
      <Button variant="default" loading={send.isPending} onClick={() => send.mutate(email)} style={{ alignSelf: 'flex-start' }}>
        {t('password.forgotSubmit')}
      </Button>
    </Stack>
  );
}
