import { Alert, Button, Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useResetLink } from '../hooks/useResetLink';
import { ErrorNotice } from './ErrorNotice';

/** A new password goes through a link mailed to the account's own e-mail, as a forgotten one does: whoever holds the session alone cannot change it. */
export function PasswordChangeCard({ email }: { email: string }) {
  const { t } = useTranslation();
  const send = useResetLink();
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('account.password')}
      </Title>
      <Text size="sm" mb="sm">
        {t('account.passwordLead', { email })}
      </Text>
      {send.isSuccess && (
        <Alert variant="outline" color="green.9" role="status" mb="sm">
          {t('account.passwordSent', { email })}
        </Alert>
      )}
      {send.error && <ErrorNotice error={send.error} />}
      <Button variant="default" loading={send.isPending} onClick={() => send.mutate(email)} disabled={send.isSuccess}>
        {t('account.sendLink')}
      </Button>
    </Card>
  );
}
