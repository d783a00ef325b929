import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { fieldErrors } from '../api/writes';
import { ErrorNotice } from './ErrorNotice';

/** "Forgot your password?": the e-mail to send a reset link to; the answer is the same whether or not an account has it. */
export function ForgotPassword({ email: typed }: { email: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState(typed);
  const [sent, setSent] = useState(false);
  const [refusal, setRefusal] = useState<unknown>();
  const [busy, setBusy] = useState(false);
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
  if (sent)
    return (
      <Alert variant="outline" color="green.9" role="status">
        {t('password.forgotSent')}
      </Alert>
    );
  const send = async () => {
    setBusy(true);
    setRefusal(undefined);
    try {
      await unwrap(api.POST('/auth/password-reset', { body: { email } }));
      setSent(true);
    } catch (error) {
      setRefusal(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" component="section" aria-label={t('password.forgot')}>
      <Text size="sm">{t('password.forgotLead')}</Text>
      {refusal !== undefined && !fieldErrors(refusal).email && <ErrorNotice error={refusal} />}
      <TextInput
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        value={email}
        onChange={(e) => setEmail(e.currentTarget.value)}
        error={fieldErrors(refusal).email}
      />
      <Button variant="default" loading={busy} onClick={() => void send()} style={{ alignSelf: 'flex-start' }}>
        {t('password.forgotSubmit')}
      </Button>
    </Stack>
  );
}
