import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { activityQuery } from '../api/first-queries';

/** One activity in the interface's language; its page and its report form share the cached answer. */
export function useActivity(id: string) {
  const { i18n } = useTranslation();
  return useQuery(activityQuery(id, i18n.language));
}
