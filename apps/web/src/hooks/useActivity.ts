import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { Activity } from '../api/views';

/** One activity in the interface's language; its page and its report form share the cached answer. */
export function useActivity(id: string) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: ['activity', id, i18n.language], queryFn: () => unwrap<Activity>(api.GET('/activities/{id}', { params: { path: { id } } })) });
}
