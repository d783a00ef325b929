import { Card, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { TokenList } from '../api/views';
import { newIdempotencyKey, writeHeaders } from '../api/writes';
import { ErrorNotice } from './ErrorNotice';
import { NewTokenForm } from './NewTokenForm';
import { TokenTable } from './TokenTable';

/** The signed-in person's own access tokens, for their scripts: listed (never a secret), made, revoked. */
export function OwnTokens() {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const tokens = useQuery({ queryKey: ['own-tokens'], queryFn: () => unwrap<TokenList>(api.GET('/auth/tokens')) });
  const revoke = async (id: string) => {
    await unwrap(api.POST('/auth/tokens/{id}/revoke', { params: { path: { id } }, headers: writeHeaders(newIdempotencyKey()) }));
    await queries.invalidateQueries({ queryKey: ['own-tokens'] });
  };
  const items = tokens.data?.items ?? [];
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('account.tokens')}
      </Title>
      <Text size="sm" mb="sm">
        {t('account.tokensLead')}
      </Text>
      {tokens.error && <ErrorNotice error={tokens.error} />}
      {items.length > 0 && <TokenTable tokens={items} onRevoke={revoke} />}
      {tokens.data && items.length === 0 && (
        <Text size="sm" c="gray.7">
          {t('account.noTokens')}
        </Text>
      )}
      <NewTokenForm />
    </Card>
  );
}
