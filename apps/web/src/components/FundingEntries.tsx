import { Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity, HistoryEntry } from '../api/views';
import { fundingEntriesOf } from '../format/funding-entries';
import { useAmount } from '../hooks/useAmount';
import { useOrganizationNames } from '../hooks/useOrganizations';
import { FundingReversal } from './FundingReversal';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Every commitment and disbursement as recorded, a reversed one marked with its reason; the secretariat may reverse one. */
export function FundingEntries({ activity, history, reverses }: { activity: Activity; history: readonly HistoryEntry[]; reverses: boolean }) {
  const { t } = useTranslation();
  const names = useOrganizationNames();
  const amount = useAmount();
  const entries = fundingEntriesOf(history);
  if (entries.length === 0) return null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('fundingEntries.title')}
      </Title>
      <Table.ScrollContainer minWidth={440}>
        <Table aria-label={t('fundingEntries.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('funding.on')}</Table.Th>
              <Table.Th>{t('activity.donor')}</Table.Th>
              <Table.Th>{t('fundingEntries.entry')}</Table.Th>
              <Table.Th>{t('funding.amount')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => {
              const label = `${t(`funding.${e.kind}`)} ${e.on} ${names(e.donorId)} ${amount(e.amount, e.currency)}`;
              return (
                <Table.Tr key={e.revision}>
                  <Table.Td style={NO_WRAP}>{e.on}</Table.Td>
                  <Table.Td>{names(e.donorId)}</Table.Td>
                  <Table.Td>
                    {t(`funding.${e.kind}`)}
                    {e.reference && (
                      <Text size="xs" c="gray.7">
                        {e.reference}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={NO_WRAP}>{e.reversal ? <s>{amount(e.amount, e.currency)}</s> : amount(e.amount, e.currency)}</Table.Td>
                  <Table.Td>
                    {e.reversal ? (
                      <>
                        <Badge variant="outline" color="red.9">
                          {t('fundingEntries.reversed')}
                        </Badge>
                        {e.reversal.reason && <Text size="xs">{e.reversal.reason}</Text>}
                      </>
                    ) : (
                      reverses && <FundingReversal activity={activity} entry={e} label={label} />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
