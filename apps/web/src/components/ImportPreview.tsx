import { Button, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityImport } from '../api/views';

/** What the dry run found the file would record, row by row, and the button that records it. */
export function ImportPreview({ preview, recording, onRecord }: { preview: ActivityImport; recording: boolean; onRecord(): void }) {
  const { t } = useTranslation();
  const heading = t('import.willRecord', { count: preview.count });
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {heading}
      </Title>
      <Table.ScrollContainer minWidth={420}>
        <Table striped aria-label={heading}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('import.row')}</Table.Th>
              <Table.Th>{t('activities.code')}</Table.Th>
              <Table.Th>{t('activities.titleColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.activities.map((a) => (
              <Table.Tr key={a.row}>
                <Table.Td>{a.row}</Table.Td>
                <Table.Td>{a.code}</Table.Td>
                <Table.Td>{a.title}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Button onClick={onRecord} loading={recording} style={{ alignSelf: 'flex-start' }}>
        {t('import.record', { count: preview.count })}
      </Button>
    </Stack>
  );
}
