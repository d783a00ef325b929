import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../api/views';

/** One kind of tag: its label and the tags as badges, or "none". */
function TagLine({ label, prefix, tags }: { label: string; prefix: string; tags: string[] }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      <Text size="sm">{label}:</Text>
      {tags.length === 0 && <Text size="sm">{t('activity.noTags')}</Text>}
      {tags.map((tag) => (
        <Badge key={tag} size="sm" variant="outline" color="gray.8" tt="none">
          {prefix} {tag}
        </Badge>
      ))}
    </Group>
  );
}

/** The SDG targets and Global Compact for Migration objectives the activity serves. */
export function AlignmentTags({ tags }: { tags: Activity['tags'] }) {
  const { t } = useTranslation();
  return (
    <>
      <TagLine label={t('activity.sdg')} prefix="SDG" tags={tags.sdg} />
      <TagLine label={t('activity.gcm')} prefix="GCM" tags={tags.gcm} />
    </>
  );
}
