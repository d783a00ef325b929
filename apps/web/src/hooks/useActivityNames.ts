import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { activityQuery } from '../api/first-queries';
import type { Activity } from '../api/views';

/** The activities of these ids, each asked for alone (a handful, where the list may hold thousands), by id once they answer. */
export function useActivityNames(ids: readonly string[]): Map<string, Activity> {
  const { i18n } = useTranslation();
  const answers = useQueries({ queries: ids.map((id) => activityQuery(id, i18n.language)) });
  return new Map(answers.flatMap((a) => (a.data ? [[a.data.id, a.data] as const] : [])));
}
