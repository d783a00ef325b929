import { Alert, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { importProblems } from '../api/useActivityImport';

/** The headers of the import's columns as the template writes them, by the names the API's fields give them (`rows[5].planned_end`). */
const HEADERS: Record<string, string> = {
  objective: 'Objective',
  code: 'Code',
  title_en: 'Title (en)',
  title_ru: 'Title (ru)',
  title_tg: 'Title (tg)',
  description: 'Description',
  lead_agency: 'Lead agency',
  partner_agencies: 'Partner agencies',
  planned_start: 'Planned start',
  planned_end: 'Planned end',
  locations: 'Locations',
  sdg_targets: 'SDG targets',
  gcm_objectives: 'GCM objectives',
  sector: 'Sector',
  budget: 'Budget',
  currency: 'Currency',
};

/** A column as the sheet heads it; a column the API names that this page does not know yet, by its name. */
export const columnHeader = (column: string | undefined): string => (column === undefined ? '–' : (HEADERS[column] ?? column.replace(/_/g, ' ')));

/** Why the file cannot be imported: the API's summary and the problems of the whole file, then each problem by row and column. */
export function ImportProblems({ problems }: { problems: NonNullable<ReturnType<typeof importProblems>> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Alert variant="outline" color="red.9" role="alert">
        <Text fw={700} c="#8b0000">
          {t('import.problems')}
        </Text>
        {problems.message && <Text size="sm">{problems.message}</Text>}
        {problems.file.length > 0 && (
          <List size="sm">
            {problems.file.map((message) => (
              <List.Item key={message}>{message}</List.Item>
            ))}
          </List>
        )}
      </Alert>
      {problems.rows.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label={t('import.problems')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('import.row')}</Table.Th>
                <Table.Th>{t('import.column')}</Table.Th>
                <Table.Th>{t('import.problem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {problems.rows.map((p) => (
                <Table.Tr key={`${p.row}.${p.column ?? ''}`}>
                  <Table.Td>{p.row}</Table.Td>
                  <Table.Td>{columnHeader(p.column)}</Table.Td>
                  <Table.Td>{p.messages.join('; ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
