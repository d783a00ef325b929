import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The workbook to fill for the plan: its columns with a note on each, the plan's objectives and the registered organisations. */
export function ImportTemplateLink({ planId }: { planId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs">
      <Text size="sm">{t('import.templateHint')}</Text>
      <Button
        component="a"
        variant="default"
        href={`/plans/${planId}/activities/import-template?lang=${i18n.language}`}
        download
        style={{ alignSelf: 'flex-start' }}
      >
        {t('import.template')}
      </Button>
    </Stack>
  );
}
