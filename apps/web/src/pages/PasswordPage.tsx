import { Alert, Anchor, Button, Center, Loader, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api, ApiError, unwrap } from '../api/client';
import type { PasswordLink } from '../api/views';
import { fieldErrors } from '../api/writes';
import { ErrorNotice } from '../components/ErrorNotice';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { useSession } from '../session';
import { intlLocale } from '../format/intl-locale';

/** The link's token was refused (404 unknown, 410 expired, used or replaced): a new one is the way on. */
const isUnusable = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 410);

/** A link that no longer works: what to do instead, and the way to the sign-in page. */
function UnusableLink() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert variant="outline" color="red.9" role="alert">
        {t('password.unusable')}
      </Alert>
      <Anchor component={Link} to="/">
        {t('password.toSignIn')}
      </Anchor>
    </Stack>
  );
}

/** The form of a usable link: the new password twice; set, the person is signed in with it. */
function NewPasswordForm({ token, link }: { token: string; link: PasswordLink }) {
  const { t, i18n } = useTranslation();
  const { signIn } = useSession();
  const navigate = useNavigate();
  const [refusal, setRefusal] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const form = useForm({
    initialValues: { password: '', repeated: '' },
    validate: { repeated: (value, values) => (value === values.password ? null : t('password.mismatch')) },
  });
  const submit = form.onSubmit(async ({ password }) => {
    setBusy(true);
    setRefusal(undefined);
    try {
      await unwrap(api.POST('/auth/password', { body: { token, password } }));
      if (link.email) {
        await signIn(link.email, password);
        void navigate('/', { replace: true });
      } else void navigate('/?passwordSet=1', { replace: true });
    } catch (error) {
      // A weak password is said in the reader's language beside the field; anything else above the form.
      if (error instanceof ApiError && error.problem.code === 'WEAK_PASSWORD') form.setErrors({ password: t('password.weak') });
      else {
        form.setErrors(fieldErrors(error));
        setRefusal(error);
      }
    } finally {
      setBusy(false);
    }
  });
  const invitation = link.purpose === 'invitation';
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={1} size="h3">
          {invitation ? t('password.inviteTitle', { name: link.displayName }) : t('password.resetTitle')}
        </Title>
        <LanguageSwitcher />
        <Text size="sm">{invitation ? t('password.inviteLead', { email: link.email ?? '' }) : t('password.resetLead', { email: link.email ?? '' })}</Text>
        {refusal !== undefined && !isUnusable(refusal) && <ErrorNotice error={refusal} />}
        {isUnusable(refusal) && <UnusableLink />}
        {/* Mantine marks a password field's error with data-invalid only: aria-invalid tells a screen reader too. */}
        <PasswordInput
          label={t('password.new')}
          description={t('password.hint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
          aria-invalid={Boolean(form.errors.password)}
        />
        <PasswordInput
          label={t('password.repeat')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeated')}
          aria-invalid={Boolean(form.errors.repeated)}
        />
        <Text size="xs" c="gray.7">
          {t('password.expiresAt', { when: new Date(link.expiresAt).toLocaleString(intlLocale(i18n.language)) })}
        </Text>
        <Button type="submit" loading={busy}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}

/** Where an invitation or a password-reset e-mail leads (/password?token=…): what the link is for, and choosing the password. */
export default function PasswordPage() {
  const { t } = useTranslation();
  const token = useSearchParams()[0].get('token') ?? '';
  const link = useQuery({
    queryKey: ['password-link', token],
    queryFn: () => unwrap<PasswordLink>(api.GET('/auth/password', { params: { query: { token } } })),
    retry: false,
  });
  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder p="xl" w={420} maw="100%">
        {!link.data && (
          <Title order={1} size="h3" mb="md">
            {t('password.linkTitle')}
          </Title>
        )}
        {link.isLoading && <Loader role="status" aria-label={t('loading')} />}
        {link.error && (isUnusable(link.error) ? <UnusableLink /> : <ErrorNotice error={link.error} />)}
        {link.data && <NewPasswordForm token={token} link={link.data} />}
      </Paper>
    </Center>
  );
}
