import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorNotice } from '../components/ErrorNotice';
import { ForgotPassword } from '../components/ForgotPassword';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useSession } from '../session';

/** E-mail and password; the API's refusal (wrong password, locked account, too many tries) shown as it says it; a reset link for a forgotten password. */
export function SignInPage() {
  const { t } = useTranslation();
  const { signIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // Back from a link whose person the page could not sign in itself (no e-mail on it).
  const passwordSet = useSearchParams()[0].has('passwordSet');
  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder p="xl" w={380} maw="100%">
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            try {
              await signIn(email, password);
            } catch (failure) {
              setError(failure);
            } finally {
              setBusy(false);
            }
          }}
        >
          <Stack>
            <Title order={1} size="h3">{t('signIn.title')}</Title>
            <LanguageSwitcher />
            {passwordSet && <Alert variant="outline" color="green.9" role="status">{t('password.done')}</Alert>}
            {error !== null && <ErrorNotice error={error} />}
            <TextInput label={t('signIn.email')} type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <PasswordInput label={t('signIn.password')} autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.currentTarget.value)} />
            <Button type="submit" loading={busy}>{t('signIn.submit')}</Button>
          </Stack>
        </form>
        <Stack mt="md">
          <ForgotPassword email={email} />
        </Stack>
      </Paper>
    </Center>
  );
}
