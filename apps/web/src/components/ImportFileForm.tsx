import { Button, FileInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { XLSX } from '../api/useActivityImport';

/** The spreadsheet to import, and the button that checks it: a dry run, nothing recorded yet. */
export function ImportFileForm(props: { file: File | null; checking: boolean; onChoose(file: File | null): void; onCheck(file: File): void }) {
  const { t } = useTranslation();
  const { file } = props;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (file) props.onCheck(file);
      }}
    >
      <Stack>
        <FileInput
          label={t('import.file')}
          placeholder={t('import.choose')}
          // Mantine's placeholder grey is under 4.5:1 on white (WCAG AA); the dimmed grey is not.
          styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
          accept={`.csv,.xlsx,text/csv,${XLSX}`}
          value={file}
          onChange={props.onChoose}
        />
        <Button type="submit" disabled={!file} loading={props.checking} style={{ alignSelf: 'flex-start' }}>
          {t('import.check')}
        </Button>
      </Stack>
    </form>
  );
}
