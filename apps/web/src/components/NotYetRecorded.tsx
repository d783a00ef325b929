import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { intlLocale } from '../format/intl-locale';

/** A record asked for as known before it was entered: when it was first recorded, and the way to see it then. */
export function NotYetRecorded({ firstRecordedAt }: { firstRecordedAt: string }) {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const then = new URLSearchParams(params);
  then.set('knownAt', firstRecordedAt);
  return (
    <>
      <Text size="sm">{t('error.notYetRecorded', { when: new Date(firstRecordedAt).toLocaleString(intlLocale(i18n.language)) })}</Text>
      <Anchor component={Link} to={`?${then}`} size="sm">
        {t('error.showFirstRecorded')}
      </Anchor>
    </>
  );
}
