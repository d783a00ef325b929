import { Alert, Button, Code, CopyButton, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A new token's secret, shown once (the API keeps only its hash), with a button to copy it. */
export function TokenSecret({ secret, title }: { secret: string; title: string }) {
  const { t } = useTranslation();
  return (
    // Mantine's green.9 is under 4.5:1 against white for the title's small text (WCAG AA); this green is not.
    <Alert variant="outline" color="green.9" role="status" mt="sm" title={title} styles={{ title: { color: '#1b5e20' } }}>
      <Group gap="xs" wrap="nowrap">
        <Code style={{ wordBreak: 'break-all' }}>{secret}</Code>
        <CopyButton value={secret}>
          {({ copied, copy }) => (
            <Button size="xs" variant="default" onClick={copy}>
              {copied ? t('account.copied') : t('account.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Alert>
  );
}

/** A token's expiry as the API takes it (`expiresAt`, a moment) from the day a form asks for (`expiresOn`): the start of that day, UTC. */
export const expiresAtOf = (expiresOn: string): { expiresAt?: string } => (expiresOn ? { expiresAt: `${expiresOn}T00:00:00Z` } : {});

/** The API's refusal of `expiresAt` said beside the form's day field. */
export const expiryAsField = (errors: Record<string, string>): Record<string, string> => ({
  ...errors,
  ...(errors.expiresAt ? { expiresOn: errors.expiresAt } : {}),
});
