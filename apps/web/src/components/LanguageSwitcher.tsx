import { SegmentedControl } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { chooseLanguage, LANGUAGES, type Language } from '../i18n';

/** English, Russian or Tajik: the interface and the records' titles follow (reads send Accept-Language). */
export function LanguageSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  return (
    <SegmentedControl
      size="xs"
      fullWidth={fullWidth}
      aria-label={t('app.language')}
      value={i18n.language}
      data={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
      onChange={(value) => {
        chooseLanguage(value as Language);
        void queries.invalidateQueries();
      }}
    />
  );
}
