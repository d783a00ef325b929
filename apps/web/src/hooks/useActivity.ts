import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { activityQuery } from '../api/first-queries';
import type { Clocks } from '../format/clocks';

/** One activity in the interface's language (today, unless clocks are given); its page and its report form share the cached answer. */
export function useActivity(id: string, clocks: Clocks = {}) {
  const { i18n } = useTranslation();
  return useQuery(activityQuery(id, i18n.language, clocks));
}
