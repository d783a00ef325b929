import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Said when a correction was refused because someone else changed the record meanwhile (412). */
export function ConflictDialog({ opened, onReload, onClose }: { opened: boolean; onReload(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('conflict.title')} centered closeButtonProps={{ 'aria-label': t('conflict.keep') }}>
      <Text size="sm">{t('conflict.body')}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>{t('conflict.keep')}</Button>
        <Button onClick={onReload}>{t('conflict.reload')}</Button>
      </Group>
    </Modal>
  );
}
