import { MultiSelect } from '@mantine/core';
import { useState, type ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import type { RecommendationList } from '../api/views';
import { useSearchedItems } from '../hooks/useSearchedItems';
import { searchedByTheApi, withMoreMatches } from './searched-options';

type Props = Omit<ComponentProps<typeof MultiSelect>, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'>;

/** Several recommendations, searched by their text or their meeting's title as it is typed. */
export function RecommendationsPicker(props: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const found = useSearchedItems('recommendations', typed, (q, pageSize) => unwrap<RecommendationList>(api.GET('/recommendations', { params: { query: { q, pageSize } } })));
  const items = found.data?.items ?? [];
  const more = (found.data?.total ?? 0) - items.length;
  const data = withMoreMatches(items.map((r) => ({ value: r.id, label: r.text })), more, t('picker.moreRecommendations', { count: more }));
  return <MultiSelect searchable searchValue={typed} onSearchChange={setTyped} filter={searchedByTheApi} data={data} {...props} />;
}
