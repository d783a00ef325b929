import { Button, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TokenList } from '../api/views';
import { ErrorNotice } from './ErrorNotice';

/** Access tokens as a table: what each is for (and with which role), when made, until when or since when revoked; a live one revocable. */
export function TokenTable({ tokens, withRole = false, onRevoke }: { tokens: TokenList['items']; withRole?: boolean; onRevoke(id: string): Promise<void> }) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<unknown>();
  const revoke = async (id: string) => {
    setRefusal(undefined);
    try {
      await onRevoke(id);
    } catch (error) {
      setRefusal(error);
    }
  };
  const headings = [t('admin.name'), ...(withRole ? [t('admin.role')] : []), t('admin.created'), t('admin.expires')];
  return (
    <>
      {refusal !== undefined && <ErrorNotice error={refusal} />}
      <Table.ScrollContainer minWidth={withRole ? 560 : 480}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              {headings.map((heading) => (
                <Table.Th key={heading}>{heading}</Table.Th>
              ))}
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>{token.displayName}</Table.Td>
                {withRole && <Table.Td>{t(`roles.${token.role}`)}</Table.Td>}
                <Table.Td>{token.createdAt.slice(0, 10)}</Table.Td>
                <Table.Td>{token.revokedAt ? `${t('admin.revoked')} ${token.revokedAt.slice(0, 10)}` : (token.expiresAt?.slice(0, 10) ?? '–')}</Table.Td>
                <Table.Td>
                  {!token.revokedAt && (
                    <Button size="xs" variant="default" onClick={() => void revoke(token.id)} aria-label={`${t('admin.revoke')} ${token.displayName}`}>
                      {t('admin.revoke')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
