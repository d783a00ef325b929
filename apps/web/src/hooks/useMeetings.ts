import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { allPages } from '../api/all-pages';
import type { MeetingKind, MeetingList } from '../api/views';

export interface MeetingFilters {
  q?: string;
  kind?: MeetingKind;
  organizerId?: string;
}

/** Meetings, latest first, searched by title or place; titles in the interface's language. */
export function useMeetingList(filters: MeetingFilters = {}) {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['meetings', filters, i18n.language],
    queryFn: () => allPages((page) => unwrap<MeetingList>(api.GET('/meetings', { params: { query: { ...filters, page, pageSize: 200 } } }))),
  });
}

export const MEETING_KINDS: readonly MeetingKind[] = ['technical_meeting', 'roundtable', 'workshop', 'evaluation', 'other'];
