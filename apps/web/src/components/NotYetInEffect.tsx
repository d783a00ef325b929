import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

/** A record asked for at a business date before anything of it took effect: the date it first did, and the ways to see it then or as it stands. */
export function NotYetInEffect({ firstEffectiveOn }: { firstEffectiveOn: string }) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const then = new URLSearchParams(params);
  then.set('asOf', firstEffectiveOn);
  const today = new URLSearchParams(params);
  today.delete('asOf');
  return (
    <>
      <Text size="sm">{t('error.notYetInEffect', { date: params.get('asOf') ?? '', first: firstEffectiveOn })}</Text>
      <Group gap="md">
        <Anchor component={Link} to={`?${then}`} size="sm">
          {t('error.showFirstInEffect', { first: firstEffectiveOn })}
        </Anchor>
        <Anchor component={Link} to={`?${today}`} size="sm">
          {t('error.showAsItStands')}
        </Anchor>
      </Group>
    </>
  );
}
