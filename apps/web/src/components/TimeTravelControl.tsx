import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { changedParams } from '../format/search-params';

/**
 * The two clocks of time travel: the business date (asOf) and "as the system showed it at" (knownAt).
 * Both live in the URL, so a view can be shared and quoted in minutes.
 */
export function TimeTravelControl() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [asOf, setAsOf] = useState(params.get('asOf') ?? '');
  const [knownAt, setKnownAt] = useState(params.get('knownAt') ?? '');
  const apply = () => setParams(changedParams(params, { asOf, knownAt: knownAt ? new Date(knownAt).toISOString() : '' }));
  return (
    <Group align="end" gap="sm" component="form" onSubmit={(e) => { e.preventDefault(); apply(); }} aria-label={t('timeTravel.title')}>
      <TextInput type="date" label={t('timeTravel.asOf')} value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} />
      <TextInput type="datetime-local" label={t('timeTravel.knownAt')} value={knownAt.slice(0, 16)} onChange={(e) => setKnownAt(e.currentTarget.value)} />
      <Button type="submit">{t('timeTravel.apply')}</Button>
      <Button variant="default" onClick={() => { setAsOf(''); setKnownAt(''); setParams(new URLSearchParams()); }}>{t('timeTravel.reset')}</Button>
    </Group>
  );
}
